// `shapeguard list [SERVICE] [--json] [--operations]`: the services known, or the operations
// of one service.
#ifndef SHAPEGUARD_CLI_LIST_COMMAND_H_
#define SHAPEGUARD_CLI_LIST_COMMAND_H_

#include <iosfwd>
#include <string>

#include "shapeguard/catalog.h"

namespace shapeguard::cli {

struct ListArgs {
  std::string service;      // list this service's operations
  bool json = false;        // one JSON document instead of lines of text
  bool operations = false;  // every service's operations (inflates every model)
};

// Without a service: one line per service (name, API version, protocol, operation count,
// other names), read from the manifest without inflating any model. With one, or with
// --operations: one "service.Operation" per line. --json writes the same as one JSON value.
int RunList(const Catalog& catalog, const ListArgs& args, std::ostream& out, std::ostream& err);

}  // namespace shapeguard::cli

#endif  // SHAPEGUARD_CLI_LIST_COMMAND_H_
