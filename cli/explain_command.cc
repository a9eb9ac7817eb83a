#include "explain_command.h"

#include <ostream>

#include "exit_status.h"
#include "shapeguard/explain.h"

namespace shapeguard::cli {

int RunExplain(const Catalog& catalog, const std::string& operation, bool output, std::ostream& out,
               std::ostream& err) {
  auto schema = catalog.GetSchema(operation, output ? Direction::kOutput : Direction::kInput);
  if (!schema.ok()) {
    err << "shapeguard: " << schema.error() << "\n";
    return kExitUsage;
  }
  out << Explain(*schema.value());
  return kExitOk;
}

}  // namespace shapeguard::cli
