#include "list_command.h"

#include <algorithm>
#include <ostream>

#include "exit_status.h"
#include "json_line.h"

namespace shapeguard::cli {

namespace {

nlohmann::ordered_json SummaryJson(const ServiceSummary& summary) {
  return {{"service", summary.name},      {"api_version", summary.api_version},
          {"protocol", summary.protocol}, {"operation_count", summary.operations},
          {"aliases", summary.aliases},   {"seeded", summary.seeded},
          {"origin", summary.origin}};
}

// Column widths of the text listing.
struct Widths {
  std::size_t name = 0, protocol = 0;
};

// "apigatewayv2  2018-11-29  rest-json  103 operations  (ApiGatewayV2, apigateway)", padded
// so the columns line up.
void WriteSummaryLine(const ServiceSummary& summary, Widths widths, std::ostream& out) {
  out << summary.name << std::string(widths.name - summary.name.size() + 2, ' ')
      << summary.api_version << "  " << summary.protocol
      << std::string(widths.protocol - summary.protocol.size() + 2, ' ') << summary.operations
      << " operations";
  if (!summary.aliases.empty()) {
    out << "  (";
    for (std::size_t i = 0; i < summary.aliases.size(); ++i) {
      out << (i ? ", " : "") << summary.aliases[i];
    }
    out << ")";
  }
  out << "\n";
}

int ListServices(const Catalog& catalog, bool json, std::ostream& out, std::ostream& err) {
  std::vector<ServiceSummary> summaries;
  for (const std::string& name : catalog.Services()) {
    auto summary = catalog.Summary(name);
    if (!summary.ok()) {
      err << "shapeguard: " << summary.error() << "\n";
      return kExitUsage;
    }
    summaries.push_back(std::move(summary).value());
  }
  if (json) {
    nlohmann::ordered_json all = nlohmann::ordered_json::array();
    for (const ServiceSummary& summary : summaries) all.push_back(SummaryJson(summary));
    out << ToJsonLine(all) << "\n";
    return kExitOk;
  }
  Widths widths;
  for (const ServiceSummary& summary : summaries) {
    widths.name = std::max(widths.name, summary.name.size());
    widths.protocol = std::max(widths.protocol, summary.protocol.size());
  }
  for (const ServiceSummary& summary : summaries) WriteSummaryLine(summary, widths, out);
  return kExitOk;
}

int ListOperations(const Catalog& catalog, const std::vector<std::string>& services, bool json,
                   std::ostream& out, std::ostream& err) {
  nlohmann::ordered_json all = nlohmann::ordered_json::array();
  for (const std::string& name : services) {
    auto operations = catalog.Operations(name);
    auto summary = catalog.Summary(name);
    if (!operations.ok() || !summary.ok()) {
      err << "shapeguard: " << (operations.ok() ? summary.error() : operations.error()) << "\n";
      return kExitUsage;
    }
    if (json) {
      nlohmann::ordered_json service = SummaryJson(summary.value());
      service["operations"] = operations.value();
      all.push_back(std::move(service));
      continue;
    }
    for (const std::string& op : operations.value()) out << name << "." << op << "\n";
  }
  if (json) out << ToJsonLine(services.size() == 1 ? all[0] : all) << "\n";
  return kExitOk;
}

}  // namespace

int RunList(const Catalog& catalog, const ListArgs& args, std::ostream& out, std::ostream& err) {
  if (args.service.empty() && !args.operations) return ListServices(catalog, args.json, out, err);
  std::vector<std::string> services = catalog.Services();
  if (!args.service.empty()) {
    auto resolved = catalog.ResolveService(args.service);  // an alias lists the real name
    if (!resolved.ok()) {
      err << "shapeguard: " << resolved.error() << "\n";
      return kExitUsage;
    }
    services = {resolved.value()};
  }
  return ListOperations(catalog, services, args.json, out, err);
}

}  // namespace shapeguard::cli
