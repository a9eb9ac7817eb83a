// The options of `shapeguard conform`: parsed by every shapeguard binary, run by
// shapeguard-network (conform_command.h), which links the HTTP client.
#ifndef SHAPEGUARD_CLI_CONFORM_ARGS_H_
#define SHAPEGUARD_CLI_CONFORM_ARGS_H_

#include <CLI/CLI.hpp>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace shapeguard::cli {

struct ConformArgs {
  std::string endpoint;
  std::vector<std::string> operations;  // "service.Operation"; empty: the seeded ones
  std::uint64_t seed = 1;
  std::optional<std::uint64_t> budget;  // requests; default 1000 unless --time is given
  std::string time;                     // "90", "90s", "2m"
  std::string report, junit, html;      // output files; "" for none
  bool progress = true;                 // a progress line when stderr is a terminal
};

// Adds the `conform` subcommand and its options to the app.
CLI::App* AddConformCommand(CLI::App& app, ConformArgs& args);

}  // namespace shapeguard::cli

#endif  // SHAPEGUARD_CLI_CONFORM_ARGS_H_
