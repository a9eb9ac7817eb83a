#include "conform_command.h"

#include <unistd.h>

#include <cstdio>
#include <iomanip>
#include <iostream>
#include <map>

#include "conform/reports/reports.h"
#include "conform/runner.h"
#include "exit_status.h"
#include "report_file.h"

namespace shapeguard::cli {
namespace {

using conformance::RunResult;

// "90", "90s", "2m", "1h" -> milliseconds; nullopt when malformed.
std::optional<std::chrono::milliseconds> ParseDuration(const std::string& text) {
  if (text.empty()) return std::nullopt;
  std::size_t used = 0;
  double value = 0;
  try {
    value = std::stod(text, &used);
  } catch (const std::exception&) {
    return std::nullopt;
  }
  std::string unit = text.substr(used);
  double scale = unit.empty() || unit == "s" ? 1 : unit == "m" ? 60 : unit == "h" ? 3600 : -1;
  if (scale < 0 || value <= 0) return std::nullopt;
  return std::chrono::milliseconds(static_cast<long long>(value * scale * 1000));
}

// Which rules the run's invalid requests broke: a count, and the ones not reached per target
// (a larger --budget reaches more).
void PrintViolationCoverage(const RunResult& result, std::ostream& out) {
  std::size_t unsent = 0;
  for (const auto& [op, rules] : result.violations_unsent) unsent += rules.size();
  out << "one-violation rules: " << result.violations_sent << " of "
      << result.violations_sent + unsent << " broken at least once";
  if (unsent == 0) {
    out << "\n";
    return;
  }
  out << "; not reached:";
  const char* sep = " ";
  for (const auto& [op, rules] : result.violations_unsent) {
    if (rules.empty()) continue;
    out << sep << op << " (";
    for (std::size_t i = 0; i < rules.size(); ++i) out << (i ? ", " : "") << rules[i];
    out << ")";
    sep = "; ";
  }
  out << "\n";
}

void PrintSummary(const RunResult& result, std::ostream& out) {
  for (const auto& f : result.findings) {
    out << f.operation << "  " << f.oracle << "  " << f.rule << "  ["
        << f.response.value("status", 0) << "]\n";
  }
  for (const auto& [op, why] : result.unreached) out << op << "  unreached: " << why << "\n";
  PrintViolationCoverage(result, out);
  std::map<std::string, int> by_oracle;
  for (const auto& f : result.findings) ++by_oracle[f.oracle];
  double rate = result.seconds > 0 ? result.requests / result.seconds : 0;
  out << result.requests << " requests in " << std::fixed << std::setprecision(1) << result.seconds
      << " s (" << std::setprecision(0) << rate << " requests/s), " << result.checked.size()
      << " operations, " << result.findings.size() << " findings";
  const char* sep = ": ";
  for (const auto& [oracle, count] : by_oracle) {
    out << sep << oracle << " " << count;
    sep = ", ";
  }
  out << "\n";
}

}  // namespace

int RunConform(const Catalog& catalog, const ConformArgs& args, std::ostream& out,
               std::ostream& err) {
  conformance::RunOptions options;
  options.endpoint = args.endpoint;
  options.operations = args.operations;
  options.seed = args.seed;
  if (!args.time.empty()) {
    auto time = ParseDuration(args.time);
    if (!time) {
      err << "shapeguard: --time: not a duration: " << args.time << "\n";
      return kExitUsage;
    }
    options.time = *time;
    options.budget = args.budget.value_or(UINT64_MAX);
  } else {
    options.budget = args.budget.value_or(1000);
  }
  bool tty = args.progress && isatty(STDERR_FILENO);
  if (tty) {
    options.on_progress = [&err](const conformance::Progress& p) {
      if (p.requests % 10 != 0) return;  // a terminal need not redraw on every request
      err << "\r\033[K" << p.requests << " requests, " << p.findings << " findings  " << p.operation
          << std::flush;
    };
  }
  auto result = conformance::RunConformance(catalog, options);
  if (tty) err << "\r\033[K" << std::flush;
  if (!result.ok()) {
    err << "shapeguard: " << result.error() << "\n";
    return kExitUsage;
  }
  PrintSummary(result.value(), out);
  auto dump = [](const nlohmann::ordered_json& j) {
    return j.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) + "\n";
  };
  bool written =
      (args.report.empty() ||
       WriteReportFile(args.report, dump(JsonReport(result.value())), err)) &&
      (args.junit.empty() || WriteReportFile(args.junit, JunitReport(result.value()), err)) &&
      (args.html.empty() || WriteReportFile(args.html, HtmlReport(result.value()), err));
  if (!written) return kExitUsage;
  return result->findings.empty() ? kExitOk : kExitFindings;
}

}  // namespace shapeguard::cli
