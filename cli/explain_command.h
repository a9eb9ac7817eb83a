// `shapeguard explain SERVICE.Operation [--output]`
#ifndef SHAPEGUARD_CLI_EXPLAIN_COMMAND_H_
#define SHAPEGUARD_CLI_EXPLAIN_COMMAND_H_

#include <iosfwd>
#include <string>

#include "shapeguard/catalog.h"

namespace shapeguard::cli {

// Prints every rule of the operation's shape tree with its source; exit 0, or 2 for an
// unknown operation.
int RunExplain(const Catalog& catalog, const std::string& operation, bool output, std::ostream& out,
               std::ostream& err);

}  // namespace shapeguard::cli

#endif  // SHAPEGUARD_CLI_EXPLAIN_COMMAND_H_
