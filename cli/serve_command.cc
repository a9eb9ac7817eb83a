#include "serve_command.h"

#include <pthread.h>
#include <signal.h>

#include <ostream>
#include <thread>

#include "emulator/emulator.h"
#include "emulator/faults.h"
#include "emulator/server.h"
#include "exit_status.h"

namespace shapeguard::cli {
namespace {

sigset_t StopSignals() {
  sigset_t signals;
  sigemptyset(&signals);
  sigaddset(&signals, SIGINT);
  sigaddset(&signals, SIGTERM);
  return signals;
}

// Blocks the stop signals in every thread (the server's workers inherit the mask) and
// waits for them on one thread, which stops the server: a signal handler could not call
// Stop safely.
class SignalWatcher {
 public:
  explicit SignalWatcher(emulator::EmulatorServer& server) : signals_(StopSignals()) {
    pthread_sigmask(SIG_BLOCK, &signals_, nullptr);
    thread_ = std::thread([this, &server] {
      int received = 0;
      sigwait(&signals_, &received);
      server.Stop();
    });
  }
  // Ends the waiting thread if no signal came (the server stopped by itself).
  ~SignalWatcher() {
    pthread_kill(thread_.native_handle(), SIGTERM);
    thread_.join();
  }

 private:
  sigset_t signals_;
  std::thread thread_;
};

int ListFaults(std::ostream& out) {
  for (const emulator::FaultInfo& info : emulator::AllFaults()) out << info.name << "\n";
  return kExitOk;
}

}  // namespace

int RunServe(const Catalog& catalog, const ServeArgs& args, std::ostream& out, std::ostream& err) {
  if (args.list_faults) return ListFaults(out);
  if (args.port < 0 || args.port > 65535) {
    err << "shapeguard serve: --port N is required (0 picks a free port)\n";
    return kExitUsage;
  }
  emulator::EmulatorOptions options;
  options.connections = args.connections;
  options.seed = args.seed;
  for (const std::string& name : args.faults) {
    auto fault = emulator::FaultFromName(name);
    if (!fault) {
      err << "shapeguard serve: unknown fault \"" << name << "\" (see --list-faults)\n";
      return kExitUsage;
    }
    options.faults.Add(*fault);
  }
  auto created = emulator::Emulator::Create(catalog, std::move(options));
  if (!created.ok()) {
    err << "shapeguard serve: " << created.error() << "\n";
    return kExitUsage;
  }
  auto server = emulator::EmulatorServer::Bind(*created.value(), args.host, args.port);
  if (!server.ok()) {
    err << "shapeguard serve: " << server.error() << "\n";
    return kExitUsage;
  }
  SignalWatcher watcher(*server.value());
  out << "listening on http://" << args.host << ":" << server.value()->port() << std::endl;
  return server.value()->Run() ? kExitOk : kExitFindings;
}

}  // namespace shapeguard::cli
