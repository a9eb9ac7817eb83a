// Schema: the compiled contract of one operation in one direction.
#ifndef SHAPEGUARD_SCHEMA_H_
#define SHAPEGUARD_SCHEMA_H_

#include <cstddef>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "shapeguard/document_source.h"
#include "shapeguard/operation.h"
#include "shapeguard/report.h"
#include "shapeguard/result.h"

namespace shapeguard {

class Schema;

namespace internal {
struct Program;
struct Slot;
struct CompiledWalk;
// Defined in schema_internals.h, for the project's own tools.
const Program& ProgramOf(const Schema& schema);
const Slot& RootOf(const Schema& schema);
const CompiledWalk* CompiledWalkOf(const Schema& schema);
}  // namespace internal

// Which side of an operation a document is: the request (input) or the response (output).
enum class Direction { kInput, kOutput };

// "input" or "output".
std::string_view DirectionName(Direction direction);

// How many bytes after the text Schema::ValidatePaddedText may read (their values do not
// matter): the parser reads ahead in wide vector loads.
inline constexpr std::size_t kJsonTextPadding = 64;

// The request or response contract of one operation, in the parameter form (member names
// as in the model). Immutable, and safe to use from many threads at once.
class Schema {
 public:
  Schema(std::shared_ptr<const internal::Program> program, const internal::Slot* root,
         std::string service, std::string operation, Direction direction);

  const std::string& service() const { return service_; }
  const std::string& operation() const { return operation_; }
  // "apigatewayv2.CreateStage".
  std::string qualified_name() const { return service_ + "." + operation_; }
  Direction direction() const { return direction_; }

  // Validates a parsed document. Never fails: an invalid document yields a Report with
  // errors.
  Report Validate(const nlohmann::json& document, const ValidateOptions& options = {}) const;

  // Validates a document read through `source`, from its value `root` (a Python object's
  // dicts and lists, say): the same rules and diagnostics, nothing copied.
  Report Validate(const DocumentSource& source, DocumentSource::Node root,
                  const ValidateOptions& options = {}) const;

  // Validates JSON text. Fails only when the text is not JSON (the message gives the line
  // and column), nests deeper than options.max_depth or is longer than options.max_bytes.
  Result<Report> ValidateText(std::string_view json_text,
                              const ValidateOptions& options = {}) const;

  // ValidateText without copying the text: the kJsonTextPadding bytes that follow
  // json_text must be readable. For callers validating many documents out of one buffer,
  // such as the lines of an NDJSON stream.
  Result<Report> ValidatePaddedText(std::string_view json_text,
                                    const ValidateOptions& options = {}) const;

  // ValidatePaddedText for each of many lines that lie in one buffer, the lines of an NDJSON
  // batch: results[i] is what ValidatePaddedText(lines[i]) returns (results is cleared
  // first). `text` holds every line and is followed by kJsonTextPadding readable bytes.
  // Faster than line by line: the lines are parsed together, one parser start for all.
  void ValidatePaddedLines(std::string_view text, const std::vector<std::string_view>& lines,
                           std::vector<Result<Report>>& results,
                           const ValidateOptions& options = {}) const;

  // What compiling this schema reported and skipped (model patterns RE2 cannot compile,
  // overlay targets the model lacks); at least the warnings about the shapes it checks.
  const std::vector<std::string>& warnings() const;

  // The shape of the documents this schema checks, with the rules of its root: the way into
  // the shape tree and its constraints for tools that generate or inspect documents. Valid
  // as long as the schema.
  ShapeView shape() const;

 private:
  friend const internal::Program& internal::ProgramOf(const Schema& schema);
  friend const internal::Slot& internal::RootOf(const Schema& schema);
  friend const internal::CompiledWalk* internal::CompiledWalkOf(const Schema& schema);

  std::shared_ptr<const internal::Program> program_;
  const internal::Slot* root_;
  std::string service_;
  std::string operation_;
  Direction direction_;
  // The walk generated for this operation at build time, where there is one (a built-in
  // operation of a seeded service): the fast path's walk.
  std::shared_ptr<const internal::CompiledWalk> compiled_;
};

}  // namespace shapeguard

#endif  // SHAPEGUARD_SCHEMA_H_
