// `shapeguard generate SERVICE.Operation [--output] (--valid|--invalid) [--count N]
//  [--seed S] [--kind KIND]`: NDJSON documents from the generators.
#ifndef SHAPEGUARD_CLI_GENERATE_COMMAND_H_
#define SHAPEGUARD_CLI_GENERATE_COMMAND_H_

#include <cstdint>
#include <iosfwd>
#include <optional>
#include <string>

#include "shapeguard/catalog.h"

namespace shapeguard::cli {

struct GenerateArgs {
  std::string operation;
  bool output = false;
  bool invalid = false;  // one-violation instances instead of valid ones
  std::uint64_t count = 10;
  std::uint64_t seed = 1;
  std::optional<std::string> kind;  // the violation code's name, for --invalid
};

// Writes `count` lines: a valid document per line, or (--invalid)
// {"document": ..., "violation": {"path", "code", "description"}}. Same seed, same output.
// Exit 0, or 2 for an unknown operation or kind, or a schema the generators cannot serve.
int RunGenerate(const Catalog& catalog, const GenerateArgs& args, std::ostream& out,
                std::ostream& err);

}  // namespace shapeguard::cli

#endif  // SHAPEGUARD_CLI_GENERATE_COMMAND_H_
