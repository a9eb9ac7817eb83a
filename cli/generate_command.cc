#include "generate_command.h"

#include <rapidcheck.h>

#include <algorithm>
#include <ostream>

#include "exit_status.h"
#include "instance_generator.h"
#include "json_line.h"

namespace shapeguard::cli {
namespace {

// RapidCheck grows its size parameter from 0 to 100 over a run; generate the same way so a
// batch holds small documents and larger ones.
constexpr int kMaxSize = 100;

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
  const auto& kinds = properties::ViolationKinds();
  if (args.kind && std::find(kinds.begin(), kinds.end(), *args.kind) == kinds.end()) {
    std::string known;
    for (const std::string& k : kinds) known += (known.empty() ? "" : ", ") + k;
    err << "shapeguard: unknown kind \"" << *args.kind << "\" (one of " << known << ")\n";
    return kExitUsage;
  }
  auto valid = properties::ValidInstance(schema.value());
  auto invalid = properties::OneViolation(schema.value(), args.kind);
  rc::Random stream(args.seed);
  for (std::uint64_t i = 0; i < args.count; ++i) {
    try {
      if (!args.invalid) {
        out << Draw(valid, stream, i).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace)
            << "\n";
        continue;
      }
      properties::Violation v = Draw(invalid, stream, i);
      nlohmann::ordered_json line = {
          {"document", v.document},
          {"violation", {{"path", v.pointer}, {"code", v.code}, {"description", v.description}}}};
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
