// `shapeguard conform --endpoint URL [--operations LIST] [--seed S] [--budget N|--time T]
//  [--report FILE.json] [--junit FILE.xml] [--html FILE.html]`: drives an AWS emulator
// through the conformance scenarios and reports every deviation from the contract.
#ifndef SHAPEGUARD_CLI_CONFORM_COMMAND_H_
#define SHAPEGUARD_CLI_CONFORM_COMMAND_H_

#include <cstdint>
#include <iosfwd>
#include <optional>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "shapeguard/catalog.h"

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

// Runs the suite, prints each finding and a summary on `out`, writes the report files.
// Exit 0 no finding, 1 findings, 2 bad arguments or an unreachable endpoint.
int RunConform(const Catalog& catalog, const ConformArgs& args, std::ostream& out,
               std::ostream& err);

}  // namespace shapeguard::cli

#endif  // SHAPEGUARD_CLI_CONFORM_COMMAND_H_
