#include "shapeguard/schema.h"

#include <simdjson.h>

#include <algorithm>
#include <cstdint>
#include <span>

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

// One more level than the walk allows: documents at the limit parse, deeper ones are left
// to the reference path, which refuses them with its message. False if it cannot allocate.
bool PrepareParser(const ValidateOptions& options, std::size_t text_size) {
  std::size_t depth = options.max_depth + 1;
  return parser.max_depth() == depth ||
         !parser.allocate(std::max<std::size_t>(text_size, parser.capacity()), depth);
}

// The walk of the document the parser holds.
Report WalkParsed(const Schema& schema, const ValidateOptions& options) {
  return WalkTape(schema, Tape::Of(parser.doc), options, false);
}

std::optional<Report> ValidateTextFastOf(const Schema& schema, std::string_view text,
                                         const ValidateOptions& options, bool padded,
                                         bool walker_only) {
  if (!PrepareParser(options, text.size())) return std::nullopt;
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

bool IsJsonWhitespace(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

// The text of a line without the JSON whitespace around it: what a document parsed from
// it spans. Byte by byte: a line's ends are seldom blank, and find_first_not_of and
// find_last_not_of searched the set once per byte they tried (0.6% of `validate --ndjson`).
std::string_view TrimJsonWhitespace(std::string_view line) {
  std::size_t first = 0, end = line.size();
  while (first < end && IsJsonWhitespace(line[first])) ++first;
  while (end > first && IsJsonWhitespace(line[end - 1])) --end;
  return line.substr(first, end - first);
}

bool IsObjectOrArray(std::string_view document) {
  return !document.empty() && (document.front() == '{' || document.front() == '[');
}

// The part of text from the first line's start to the last one's end, if every line lies
// in text, in order and apart; else empty (then the lines are validated one by one, which
// asks only for the padding after each).
std::string_view LinesSpan(std::string_view text, std::span<const std::string_view> lines) {
  if (lines.empty()) return {};
  auto offset = [&](std::string_view line) -> std::size_t {  // wraps if line lies before text
    return reinterpret_cast<std::uintptr_t>(line.data()) -
           reinterpret_cast<std::uintptr_t>(text.data());
  };
  std::size_t first = offset(lines.front());
  std::size_t end = first;
  for (std::string_view line : lines) {
    std::size_t start = offset(line);
    if (start < end || start > text.size() || line.size() > text.size() - start) return {};
    end = start + line.size();
  }
  return text.substr(first, end - first);
}

// Parses the lines together, stage 1 over all of them at once, and walks each document the
// stream yields while it is the whole of its line. Returns how many lines it settled; the
// caller validates the rest one by one (a line that is not one document, a parse error, a
// document too deep: after the first, the stream no longer lines up). No line may be over
// the size limit: those are refused unparsed.
std::size_t ValidateLinesAsStream(const Schema& schema, std::string_view text,
                                  std::span<const std::string_view> lines,
                                  const ValidateOptions& options,
                                  std::vector<Result<Report>>& results) {
  using internal::parser;
  std::string_view span = LinesSpan(text, lines);
  if (span.empty() || !internal::PrepareParser(options, span.size())) return 0;
  parser.threaded = false;  // one batch, one thread: the caller decides on threads
  simdjson::dom::document_stream stream;
  if (parser.parse_many(span.data(), span.size(), span.size()).get(stream)) return 0;
  std::size_t settled = 0;
  for (auto it = stream.begin(); it != stream.end() && settled < lines.size(); ++it) {
    // An object or array that spans the line's text exactly (where it lies, not only what
    // it says: no need to compare the bytes) gets the report the line would get alone. A
    // scalar is not taken: the stream's idea of where one ends is not to be trusted (it
    // takes "1{" for the document 1, spanning both bytes).
    std::string_view line = lines[settled];
    std::string_view document = TrimJsonWhitespace(line);
    if ((*it).error() || !IsObjectOrArray(document) || it.source().data() != document.data() ||
        it.source().size() != document.size()) {
      break;
    }
    results.emplace_back(internal::WalkParsed(schema, options));
    ++settled;
  }
  return settled;
}

}  // namespace

void Schema::ValidatePaddedLines(std::string_view text, const std::vector<std::string_view>& lines,
                                 std::vector<Result<Report>>& results,
                                 const ValidateOptions& options) const {
  results.clear();
  results.reserve(lines.size());
  auto too_long = [&](std::string_view line) {
    return options.max_bytes != 0 && line.size() > options.max_bytes;
  };
  // Runs of lines within the size limit go together; a line over it is refused alone, never
  // parsed (nor its megabytes held by the parser).
  for (auto run = lines.begin(); run != lines.end();) {
    auto run_end = std::find_if(run, lines.end(), too_long);
    auto next = run_end == lines.end() ? run_end : run_end + 1;  // with the over-long line
    std::size_t settled = ValidateLinesAsStream(*this, text, {run, run_end}, options, results);
    for (auto line = run + static_cast<std::ptrdiff_t>(settled); line != next; ++line) {
      results.push_back(ValidateTextOf(*this, *line, options, true));
    }
    run = next;
  }
}

Result<Report> Schema::ValidateText(std::string_view json_text,
                                    const ValidateOptions& options) const {
  return ValidateTextOf(*this, json_text, options, false);
}

Result<Report> Schema::ValidatePaddedText(std::string_view json_text,
                                          const ValidateOptions& options) const {
  return ValidateTextOf(*this, json_text, options, true);
}

}  // namespace shapeguard
