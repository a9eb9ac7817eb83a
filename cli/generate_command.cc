#include "generate_command.h"

#include <rapidcheck.h>

#include <algorithm>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>

#include "exit_status.h"
#include "instance_generator.h"
#include "json_line.h"
#include "shapeguard/diagnostic.h"

namespace shapeguard::cli {
namespace {

// RapidCheck grows its size parameter from 0 to 100 over a run; generate the same way so a
// batch holds small documents and larger ones.
constexpr int kMaxSize = 100;

// The violation kind a --kind argument names: a code the generators can break, looked up
// once through the table of codes.
std::optional<Code> ViolationKindFromName(std::string_view name) {
  std::optional<Code> code = CodeFromName(name);
  const auto& kinds = properties::ViolationKinds();
  if (!code || std::find(kinds.begin(), kinds.end(), *code) == kinds.end()) return std::nullopt;
  return code;
}

// "required, type, ...": the kinds --kind accepts, for its error message.
std::string ViolationKindNames() {
  std::string known;
  for (Code kind : properties::ViolationKinds()) {
    known += (known.empty() ? "" : ", ") + std::string(CodeName(kind));
  }
  return known;
}

// The i-th document of a batch, from the batch's random stream.
template <typename T>
T Draw(const rc::Gen<T>& gen, rc::Random& stream, std::uint64_t i) {
  return gen(stream.split(), static_cast<int>(i % (kMaxSize + 1))).value();
}

}  // namespace

int RunGenerate(const Catalog& catalog, const GenerateArgs& args, std::ostream& out,
                std::ostream& err) {
  auto schema =
      catalog.GetSchema(args.operation, args.output ? Direction::kOutput : Direction::kInput);
  if (!schema.ok()) {
    err << "shapeguard: " << schema.error() << "\n";
    return kExitUsage;
  }
  std::optional<Code> kind;
  if (args.kind) {
    kind = ViolationKindFromName(*args.kind);
    if (!kind) {
      err << "shapeguard: unknown kind \"" << *args.kind << "\" (one of " << ViolationKindNames()
          << ")\n";
      return kExitUsage;
    }
  }
  auto valid = properties::ValidInstance(schema.value());
  auto invalid = properties::OneViolation(schema.value(), kind);
  rc::Random stream(args.seed);
  for (std::uint64_t i = 0; i < args.count; ++i) {
    try {
      if (!args.invalid) {
        out << Draw(valid, stream, i).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace)
            << "\n";
        continue;
      }
      properties::Violation v = Draw(invalid, stream, i);
      nlohmann::ordered_json line = {{"document", v.document},
                                     {"violation",
                                      {{"path", v.pointer},
                                       {"code", std::string(CodeName(v.code))},
                                       {"description", v.description}}}};
      out << ToJsonLine(line) << "\n";
    } catch (const rc::GenerationFailure& failure) {
      err << "shapeguard: cannot generate for " << schema.value()->qualified_name() << ": "
          << failure.what() << "\n";
      return kExitUsage;
    }
  }
  return kExitOk;
}

}  // namespace shapeguard::cli
