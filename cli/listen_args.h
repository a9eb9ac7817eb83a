// The options of the commands that run an HTTP server (`serve`, `proxy`): where to listen
// and the largest body taken.
#ifndef SHAPEGUARD_CLI_LISTEN_ARGS_H_
#define SHAPEGUARD_CLI_LISTEN_ARGS_H_

#include <CLI/CLI.hpp>
#include <cstddef>
#include <string>

namespace shapeguard::cli {

struct ListenArgs {
  std::string host = "127.0.0.1";
  int port = -1;                    // -1: not given; 0 picks a free port
  std::size_t max_body = 64 << 20;  // larger bodies are refused with 413, unread
};

// Adds --host, --port and --max-body ("64MiB", "512k", a byte count) to the command.
void AddListenOptions(CLI::App& command, ListenArgs& args);

}  // namespace shapeguard::cli

#endif  // SHAPEGUARD_CLI_LISTEN_ARGS_H_
