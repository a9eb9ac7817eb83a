// The shapeguard command line: argument parsing and dispatch only; the work is in the
// *_command.cc files and the library. Two binaries share it: `shapeguard`, which runs every
// command but hands `conform`, `serve` and `proxy` to `shapeguard-network`, and
// `shapeguard-network`, which runs them. Keeping the HTTP client and server (libcurl, OpenSSL and
// the ~30 shared libraries they load) out of `shapeguard` keeps its start-up short: tools run
// `shapeguard validate` once per request.
#ifndef SHAPEGUARD_CLI_COMMAND_LINE_H_
#define SHAPEGUARD_CLI_COMMAND_LINE_H_

#include <iosfwd>

#include "conform_args.h"
#include "proxy_args.h"
#include "serve_args.h"
#include "shapeguard/catalog.h"

namespace shapeguard::cli {

// How `conform`, `serve` and `proxy` run: by these functions, or, where they are null, by handing
// the whole command line to shapeguard-network (see network_handoff.h).
struct NetworkCommands {
  int (*conform)(const Catalog&, const ConformArgs&, std::ostream&, std::ostream&) = nullptr;
  int (*serve)(const Catalog&, const ServeArgs&, std::ostream&, std::ostream&) = nullptr;
  int (*proxy)(const Catalog&, const ProxyArgs&, std::ostream&, std::ostream&) = nullptr;
};

// Parses argv and runs the command; returns the exit status.
int RunCommandLine(int argc, char** argv, const NetworkCommands& network);

}  // namespace shapeguard::cli

#endif  // SHAPEGUARD_CLI_COMMAND_LINE_H_
