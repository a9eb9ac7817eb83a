// `shapeguard serve`: the reference emulator on a loopback port, until SIGINT or SIGTERM.
#ifndef SHAPEGUARD_CLI_SERVE_COMMAND_H_
#define SHAPEGUARD_CLI_SERVE_COMMAND_H_

#include <cstdint>
#include <iosfwd>
#include <string>
#include <vector>

#include "shapeguard/catalog.h"

namespace shapeguard::cli {

struct ServeArgs {
  std::string host = "127.0.0.1";
  int port = -1;                         // required unless list_faults; 0 picks a free port
  std::vector<std::string> faults;       // --fault NAME, repeatable
  std::vector<std::string> connections;  // --connection ID: live WebSocket connections
  std::uint32_t seed = 1;                // ids are generated from it
  bool list_faults = false;
};

// With list_faults, prints the fault names one per line and returns 0. Otherwise starts the
// emulator, prints "listening on http://HOST:PORT" (flushed, so scripts can wait for it),
// serves until SIGINT or SIGTERM and returns 0; returns 2 for an unknown fault, a missing
// port or an address it cannot bind.
int RunServe(const Catalog& catalog, const ServeArgs& args, std::ostream& out, std::ostream& err);

}  // namespace shapeguard::cli

#endif  // SHAPEGUARD_CLI_SERVE_COMMAND_H_
