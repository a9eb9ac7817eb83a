#include "server_options.h"

namespace shapeguard::cli {

http::ServerOptions ServerOptionsFor(const ListenArgs& listen, int workers) {
  http::ServerOptions options;
  options.host = listen.host;
  options.port = listen.port;
  options.limits.max_body_bytes = listen.max_body;
  options.workers = workers;
  return options;
}

}  // namespace shapeguard::cli
