#include "list_command.h"

#include <ostream>

namespace shapeguard::cli {

int RunList(const Catalog& catalog, const std::string& service, std::ostream& out,
            std::ostream& err) {
  std::vector<std::string> services =
      service.empty() ? catalog.Services() : std::vector<std::string>{service};
  int status = 0;
  for (const std::string& name : services) {
    auto operations = catalog.Operations(name);
    if (!operations.ok()) {
      err << "shapeguard: " << operations.error() << "\n";
      status = 2;
      continue;
    }
    for (const std::string& op : operations.value()) out << name << "." << op << "\n";
  }
  return status;
}

}  // namespace shapeguard::cli
