#include "shapeguard/schema.h"

#include "collector.h"
#include "json_text.h"
#include "nlohmann_adapter.h"
#include "program.h"
#include "walker.h"

namespace shapeguard {

std::string_view DirectionName(Direction direction) {
  return direction == Direction::kInput ? "input" : "output";
}

Schema::Schema(std::shared_ptr<const internal::Program> program, const internal::Slot* root,
               std::string service, std::string operation, Direction direction)
    : program_(std::move(program)),
      root_(root),
      service_(std::move(service)),
      operation_(std::move(operation)),
      direction_(direction) {}

Report Schema::Validate(const nlohmann::json& document, const ValidateOptions& options) const {
  internal::Collector collector(options);
  internal::Walker<internal::NlohmannAdapter> walker(*program_, collector, options.max_depth);
  walker.Walk(*root_, &document, 0);
  return collector.Finish();
}

Result<Report> Schema::ValidateText(std::string_view json_text,
                                    const ValidateOptions& options) const {
  auto document = internal::ParseJsonText(json_text, options.max_depth);
  if (!document.ok()) return document.status();
  return Validate(document.value(), options);
}

}  // namespace shapeguard
