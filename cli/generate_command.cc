#include "generate_command.h"

#include <rapidcheck.h>

#include <optional>
#include <ostream>
#include <string>
#include <string_view>

#include "exit_status.h"
#include "instance_sequence.h"
#include "json_line.h"
#include "shapeguard/diagnostic.h"

namespace shapeguard::cli {

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
    kind = properties::ViolationKindFromName(*args.kind);
    if (!kind) {
      err << "shapeguard: unknown kind \"" << *args.kind << "\" (one of "
          << properties::ViolationKindNames() << ")\n";
      return kExitUsage;
    }
  }
  properties::InstanceSequence sequence(schema.value(), args.seed, kind);
  for (std::uint64_t i = 0; i < args.count; ++i) {
    try {
      if (!args.invalid) {
        out << sequence.NextValid().dump(-1, ' ', false, nlohmann::json::error_handler_t::replace)
            << "\n";
        continue;
      }
      properties::Violation v = sequence.NextInvalid();
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
