#include "proxy_command.h"

#include <signal.h>

#include <atomic>
#include <chrono>
#include <ostream>
#include <thread>

#include "child_process.h"
#include "exit_status.h"
#include "http/http_server.h"
#include "proxy/proxy.h"
#include "proxy/proxy_reports.h"
#include "report_file.h"
#include "server_options.h"
#include "signal_watcher.h"

namespace shapeguard::cli {
namespace {

bool WriteReports(const ProxyArgs& args, const proxy::ProxySummary& summary, std::ostream& err) {
  auto dump = [](const nlohmann::ordered_json& value) {
    return value.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
  };
  bool ok = true;
  if (!args.report.empty()) ok &= WriteReportFile(args.report, dump(ProxyJsonReport(summary)), err);
  if (!args.junit.empty()) ok &= WriteReportFile(args.junit, ProxyJunitReport(summary), err);
  if (!args.html.empty()) ok &= WriteReportFile(args.html, ProxyHtmlReport(summary), err);
  return ok;
}

void PrintSummary(const proxy::ProxySummary& summary, std::ostream& err) {
  for (const proxy::RecordedViolation& recorded : summary.violations) {
    err << recorded.operation << "  " << proxy::SideName(recorded.violation.side) << "  "
        << recorded.violation.check << "  " << recorded.violation.rule << "  x" << recorded.count
        << "\n";
  }
  std::uint64_t unrecognised = 0;
  for (const auto& [request, count] : summary.unrecognised) unrecognised += count;
  err << "shapeguard proxy: " << summary.exchanges << " exchanges, " << summary.violating_exchanges
      << " with violations (" << summary.violations.size() << " kinds), " << unrecognised
      << " unrecognised, " << summary.not_validated.size() << " operations not validated yet, "
      << summary.upstream_failures << " upstream failures\n";
}

// The command's process, for the signal watcher: a stop signal goes to it. A signal that
// comes before the process exists is remembered and passed on once it does.
struct RunningCommand {
  std::atomic<pid_t> pid{0};
  std::atomic<bool> stop_requested{false};

  // From the signal watcher's thread.
  void RequestStop() {
    stop_requested = true;
    if (pid_t running = pid.load(); running > 0) kill(running, SIGTERM);
  }
  // Once the process exists. Whichever of this and RequestStop runs second sees the other's
  // write, so the signal is passed on at least once.
  void Started(pid_t started) {
    pid = started;
    if (stop_requested.load()) kill(started, SIGTERM);
  }
};

// Runs the command against the proxy at `url` while `server` serves; its status.
int RunCommand(const ProxyArgs& args, const std::string& url, http::HttpServer& server,
               RunningCommand& command, std::ostream& err) {
  std::thread serving([&server] { server.Run(); });
  auto started = StartChild(args.command, {{"AWS_ENDPOINT_URL", url}});
  int status = kExitUsage;
  if (started.ok()) {
    command.Started(started.value());
    status = WaitForChild(started.value());
    command.pid = 0;
  } else {
    err << "shapeguard proxy: " << started.error() << "\n";
  }
  server.Stop();
  serving.join();
  return status;
}

}  // namespace

int RunProxy(const Catalog& catalog, const ProxyArgs& args, std::ostream& out, std::ostream& err) {
  if (args.listen.port < 0 || args.listen.port > 65535) {
    err << "shapeguard proxy: --port must be 0 to 65535\n";
    return kExitUsage;
  }
  proxy::ProxyRecord record(args.upstream, args.mode);
  if (!args.log.empty() && !record.OpenLog(args.log)) {
    err << "shapeguard proxy: cannot write --log " << args.log << "\n";
    return kExitUsage;
  }
  proxy::ProxyOptions options;
  options.upstream = args.upstream;
  options.mode = args.mode == "enforce" ? proxy::Mode::kEnforce : proxy::Mode::kObserve;
  options.client.total_timeout =
      std::chrono::milliseconds(static_cast<long long>(args.upstream_timeout * 1000));
  // Answers are read whole to be judged: the body limit holds for them too.
  options.client.max_response_bytes = args.listen.max_body;
  auto created = proxy::Proxy::Create(catalog, options, record);
  if (!created.ok()) {
    err << "shapeguard proxy: " << created.error() << "\n";
    return kExitUsage;
  }
  proxy::Proxy& handler = *created.value();
  auto bound = http::HttpServer::Bind(
      ServerOptionsFor(args.listen, args.workers),
      [&handler](const conformance::HttpRequest& request) { return handler.Handle(request); });
  if (!bound.ok()) {
    err << "shapeguard proxy: " << bound.error() << "\n";
    return kExitUsage;
  }
  http::HttpServer& server = *bound.value();
  RunningCommand command;
  // A stop signal goes to the command when there is one (it stops, then the proxy does),
  // else it stops the proxy.
  bool with_command = !args.command.empty();
  SignalWatcher watcher([&] {
    if (with_command) {
      command.RequestStop();
    } else {
      server.Stop();
    }
  });
  std::string url = "http://" + args.listen.host + ":" + std::to_string(server.port());
  out << "listening on " << url << std::endl;

  int status = kExitOk;
  if (with_command) {
    status = RunCommand(args, url, server, command, err);
  } else if (!server.Run()) {
    status = kExitUsage;
  }
  proxy::ProxySummary summary = record.Summary();
  PrintSummary(summary, err);
  if (!WriteReports(args, summary, err)) return kExitUsage;
  if (status != kExitOk) return status;
  return summary.violating_exchanges > 0 ? kExitFindings : kExitOk;
}

}  // namespace shapeguard::cli
