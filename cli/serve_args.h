// The options of `shapeguard serve`: parsed by every shapeguard binary, run by
// shapeguard-network (serve_command.h), which links the HTTP server.
#ifndef SHAPEGUARD_CLI_SERVE_ARGS_H_
#define SHAPEGUARD_CLI_SERVE_ARGS_H_

#include <CLI/CLI.hpp>
#include <cstdint>
#include <string>
#include <vector>

#include "listen_args.h"

namespace shapeguard::cli {

struct ServeArgs {
  ListenArgs listen;                     // --port is required unless list_faults
  std::vector<std::string> faults;       // --fault NAME, repeatable
  std::vector<std::string> connections;  // --connection ID: live WebSocket connections
  std::uint32_t seed = 1;                // ids are generated from it
  bool list_faults = false;
};

// Adds the `serve` subcommand and its options to the app.
CLI::App* AddServeCommand(CLI::App& app, ServeArgs& args);

}  // namespace shapeguard::cli

#endif  // SHAPEGUARD_CLI_SERVE_ARGS_H_
