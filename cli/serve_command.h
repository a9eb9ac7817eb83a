// `shapeguard serve`: the reference emulator on a loopback port, until SIGINT or SIGTERM.
#ifndef SHAPEGUARD_CLI_SERVE_COMMAND_H_
#define SHAPEGUARD_CLI_SERVE_COMMAND_H_

#include <iosfwd>

#include "serve_args.h"
#include "shapeguard/catalog.h"

namespace shapeguard::cli {

// With list_faults, prints the fault names one per line and returns 0. Otherwise starts the
// emulator, prints "listening on http://HOST:PORT" (flushed, so scripts can wait for it),
// serves until SIGINT or SIGTERM and returns 0; returns 2 for an unknown fault, a missing
// port or an address it cannot bind.
int RunServe(const Catalog& catalog, const ServeArgs& args, std::ostream& out, std::ostream& err);

}  // namespace shapeguard::cli

#endif  // SHAPEGUARD_CLI_SERVE_COMMAND_H_
