#include "serve_command.h"

#include <ostream>

#include "emulator/emulator.h"
#include "emulator/faults.h"
#include "exit_status.h"
#include "http/http_server.h"
#include "server_options.h"
#include "signal_watcher.h"

namespace shapeguard::cli {
namespace {

int ListFaults(std::ostream& out) {
  for (const emulator::FaultInfo& info : emulator::AllFaults()) out << info.name << "\n";
  return kExitOk;
}

}  // namespace

int RunServe(const Catalog& catalog, const ServeArgs& args, std::ostream& out, std::ostream& err) {
  if (args.list_faults) return ListFaults(out);
  if (args.listen.port < 0 || args.listen.port > 65535) {
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
  emulator::Emulator& emulator = *created.value();
  http::ServerOptions server_options;
  server_options.host = args.listen.host;
  server_options.port = args.listen.port;
  server_options.limits.max_body_bytes = args.listen.max_body;
  // The emulator answers one request at a time (it holds a lock): a few workers keep the
  // event loop fed without threads waiting on each other.
  server_options.workers = 2;
  auto server = http::HttpServer::Bind(
      server_options,
      [&emulator](const conformance::HttpRequest& request) { return emulator.Handle(request); });
  if (!server.ok()) {
    err << "shapeguard serve: " << server.error() << "\n";
    return kExitUsage;
  }
  http::HttpServer& running = *server.value();
  SignalWatcher watcher([&running] { running.Stop(); });
  out << "listening on http://" << args.listen.host << ":" << running.port() << std::endl;
  return running.Run() ? kExitOk : kExitFindings;
}

}  // namespace shapeguard::cli
