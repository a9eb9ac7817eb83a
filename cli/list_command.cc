#include "list_command.h"

#include <ostream>

#include "exit_status.h"

namespace shapeguard::cli {

int RunList(const Catalog& catalog, const std::string& service, std::ostream& out,
            std::ostream& err) {
  std::vector<std::string> services = catalog.Services();
  if (!service.empty()) {
    auto resolved = catalog.ResolveService(service);  // an alias lists under the real name
    if (!resolved.ok()) {
      err << "shapeguard: " << resolved.error() << "\n";
      return kExitUsage;
    }
    services = {resolved.value()};
  }
  int status = kExitOk;
  for (const std::string& name : services) {
    auto operations = catalog.Operations(name);
    if (!operations.ok()) {
      err << "shapeguard: " << operations.error() << "\n";
      status = kExitUsage;
      continue;
    }
    for (const std::string& op : operations.value()) out << name << "." << op << "\n";
  }
  return status;
}

}  // namespace shapeguard::cli
