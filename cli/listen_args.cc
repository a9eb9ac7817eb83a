#include "listen_args.h"

namespace shapeguard::cli {

void AddListenOptions(CLI::App& command, ListenArgs& args) {
  command.add_option("--host", args.host, "Address to listen on (default 127.0.0.1)");
  command.add_option("--port", args.port, "Port to listen on; 0 picks a free one");
  command
      .add_option("--max-body", args.max_body,
                  "Largest request body taken (default 64MiB); larger ones get 413 unread")
      ->transform(CLI::AsSizeValue(false))
      ->check(CLI::PositiveNumber)
      ->type_name("SIZE");
}

}  // namespace shapeguard::cli
