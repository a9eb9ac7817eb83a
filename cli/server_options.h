// The HTTP server's options from a command's --host, --port and --max-body (serve, proxy).
#ifndef SHAPEGUARD_CLI_SERVER_OPTIONS_H_
#define SHAPEGUARD_CLI_SERVER_OPTIONS_H_

#include "http/http_server.h"
#include "listen_args.h"

namespace shapeguard::cli {

// Where to listen and the body limit from `listen`, with `workers` handler threads.
http::ServerOptions ServerOptionsFor(const ListenArgs& listen, int workers);

}  // namespace shapeguard::cli

#endif  // SHAPEGUARD_CLI_SERVER_OPTIONS_H_
