#include "shapeguard/schema.h"

#include <simdjson.h>

#include "collector.h"
#include "compiled_walk.h"
#include "document_source_adapter.h"
#include "json_text_internals.h"
#include "nlohmann_adapter.h"
#include "program.h"
#include "schema_internals.h"
#include "shapeguard/text_validation.h"
#include "simdjson_adapter.h"
#include "walker.h"

namespace shapeguard {

namespace internal {
namespace {

static_assert(kTextPadding >= simdjson::SIMDJSON_PADDING, "padding must cover simdjson's");

// Per-thread state: walks and parsers reuse their buffers instead of allocating per document.
thread_local WalkScratch scratch;
thread_local simdjson::dom::parser parser;

template <class Adapter>
Report Walk(const Schema& schema, typename Adapter::Value root, const ValidateOptions& options,
            const std::vector<Path>& duplicates = {}) {
  Collector collector(options, scratch.collector);
  Walker<Adapter> walker(ProgramOf(schema), collector, options.max_depth, scratch);
  walker.Walk(RootOf(schema), root, 0);
  for (const Path& where : duplicates) collector.DuplicateAt(where);
  return collector.Finish();
}

// The fast path's walk: the generated one where the schema has it, unless `walker_only`.
Report WalkTape(const Schema& schema, const Tape& tape, const ValidateOptions& options,
                bool walker_only) {
  const CompiledWalk* compiled = CompiledWalkOf(schema);
  if (!compiled || walker_only) return Walk<SimdjsonAdapter>(schema, {&tape, Tape::kRoot}, options);
  Collector collector(options, scratch.collector);
  Walker<SimdjsonAdapter> walker(ProgramOf(schema), collector, options.max_depth, scratch);
  CompiledContext context{
      tape, walker, collector, ProgramOf(schema).nodes.data(), RootOf(schema), options.max_depth};
  compiled->walk(context, Tape::kRoot);
  return collector.Finish();
}

std::optional<Report> ValidateTextFastOf(const Schema& schema, std::string_view text,
                                         const ValidateOptions& options, bool padded,
                                         bool walker_only) {
  simdjson::dom::parser& parser = internal::parser;
  // One more level than the walk allows: documents at the limit parse, deeper ones are
  // left to the reference path, which refuses them with its message.
  std::size_t depth = options.max_depth + 1;
  if (parser.max_depth() != depth) {
    if (parser.allocate(std::max<std::size_t>(text.size(), parser.capacity()), depth)) {
      return std::nullopt;
    }
  }
  if (parser.parse(text.data(), text.size(), !padded).error()) return std::nullopt;
  return WalkTape(schema, Tape::Of(parser.doc), options, walker_only);
}

}  // namespace

const Program& ProgramOf(const Schema& schema) { return *schema.program_; }

const CompiledWalk* CompiledWalkOf(const Schema& schema) { return schema.compiled_.get(); }

const Slot& RootOf(const Schema& schema) { return *schema.root_; }

}  // namespace internal

std::optional<Report> ValidateTextFast(const Schema& schema, std::string_view text,
                                       const ValidateOptions& options, bool padded) {
  return internal::ValidateTextFastOf(schema, text, options, padded, false);
}

std::optional<Report> ValidateTextWalked(const Schema& schema, std::string_view text,
                                         const ValidateOptions& options) {
  return internal::ValidateTextFastOf(schema, text, options, false, true);
}

Result<Report> ValidateTextReference(const Schema& schema, std::string_view text,
                                     const ValidateOptions& options) {
  auto parsed = internal::ParseJsonDocument(text, options.max_depth);
  if (!parsed.ok()) return parsed.status();
  return internal::Walk<internal::NlohmannAdapter>(schema, &parsed.value().document, options,
                                                   parsed.value().duplicates);
}

std::string_view DirectionName(Direction direction) {
  return direction == Direction::kInput ? "input" : "output";
}

Schema::Schema(std::shared_ptr<const internal::Program> program, const internal::Slot* root,
               std::string service, std::string operation, Direction direction)
    : program_(std::move(program)),
      root_(root),
      service_(std::move(service)),
      operation_(std::move(operation)),
      direction_(direction),
      compiled_(internal::BindCompiledWalk(*program_, *root_, service_, operation_, direction_)) {}

const std::vector<std::string>& Schema::warnings() const { return program_->warnings; }

ShapeView Schema::shape() const { return ShapeView(program_.get(), *root_); }

Report Schema::Validate(const nlohmann::json& document, const ValidateOptions& options) const {
  return internal::Walk<internal::NlohmannAdapter>(*this, &document, options);
}

Report Schema::Validate(const DocumentSource& source, DocumentSource::Node root,
                        const ValidateOptions& options) const {
  return internal::Walk<internal::DocumentSourceAdapter>(*this, {&source, root}, options);
}

namespace {

Result<Report> ValidateTextOf(const Schema& schema, std::string_view json_text,
                              const ValidateOptions& options, bool padded) {
  if (options.max_bytes != 0 && json_text.size() > options.max_bytes) {
    return Status::Error("the document is longer than the limit of " +
                         std::to_string(options.max_bytes) + " bytes");
  }
  if (auto report = ValidateTextFast(schema, json_text, options, padded)) {
    return std::move(*report);
  }
  return ValidateTextReference(schema, json_text, options);
}

}  // namespace

Result<Report> Schema::ValidateText(std::string_view json_text,
                                    const ValidateOptions& options) const {
  return ValidateTextOf(*this, json_text, options, false);
}

Result<Report> Schema::ValidatePaddedText(std::string_view json_text,
                                          const ValidateOptions& options) const {
  return ValidateTextOf(*this, json_text, options, true);
}

}  // namespace shapeguard
