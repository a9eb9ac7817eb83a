// `shapeguard list [SERVICE]`: one "service.Operation" per line.
#ifndef SHAPEGUARD_CLI_LIST_COMMAND_H_
#define SHAPEGUARD_CLI_LIST_COMMAND_H_

#include <iosfwd>
#include <string>

#include "shapeguard/catalog.h"

namespace shapeguard::cli {

// Lists the operations of one service, or of every service when `service` is empty.
int RunList(const Catalog& catalog, const std::string& service, std::ostream& out,
            std::ostream& err);

}  // namespace shapeguard::cli

#endif  // SHAPEGUARD_CLI_LIST_COMMAND_H_
