// `shapeguard proxy`: the contract enforced between an SDK and an emulator, until SIGINT or
// SIGTERM, or for the length of one command.
#ifndef SHAPEGUARD_CLI_PROXY_COMMAND_H_
#define SHAPEGUARD_CLI_PROXY_COMMAND_H_

#include <iosfwd>

#include "proxy_args.h"
#include "shapeguard/catalog.h"

namespace shapeguard::cli {

// Starts the proxy, prints "listening on http://HOST:PORT" (flushed) and serves. Without a
// command: until SIGINT or SIGTERM. With one: runs it with AWS_ENDPOINT_URL pointing at the
// proxy and stops when it ends (a stop signal is passed on to it). Then writes the reports
// and a summary on `err`. Returns the command's status when it failed, else 1 when any
// exchange broke the contract, else 0; 2 for bad options, an address it cannot bind or a
// report it cannot write.
int RunProxy(const Catalog& catalog, const ProxyArgs& args, std::ostream& out, std::ostream& err);

}  // namespace shapeguard::cli

#endif  // SHAPEGUARD_CLI_PROXY_COMMAND_H_
