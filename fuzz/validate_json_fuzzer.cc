// validate_json: bytes → an operation (first two bytes: which built-in schema) → the rest
// validated as JSON text, as `shapeguard validate` does. Invariants:
//  - text that is not JSON (or nests too deep) is a failure with a message, never a report,
//    and only such text is: whatever nlohmann accepts within the depth limit yields a report;
//  - every diagnostic pointer parses, and resolves in the document, or names a missing member
//    of an object that resolves;
//  - messages are well-formed UTF-8;
//  - validating the re-serialised document gives the same report (the repeated-member
//    diagnostics aside: a re-serialised document has none).
#include <algorithm>
#include <cstdint>

#include "harness_support.h"
#include "shapeguard/json_pointer.h"
#include "shapeguard/json_text.h"

namespace shapeguard::fuzz {
namespace {

// Inputs above this only slow the fuzzer down; it leaves room for the 100,000-deep nesting
// regression.
constexpr std::size_t kMaxInput = 256 * 1024;

std::string ParentPointer(std::string_view pointer) {
  std::size_t slash = pointer.rfind('/');
  return std::string(slash == std::string_view::npos ? "" : pointer.substr(0, slash));
}

void CheckPointers(const nlohmann::json& document, const Report& report) {
  for (const Diagnostic& d : report.errors) {
    Require(ParsePointer(d.path).ok(), "a diagnostic pointer is an RFC 6901 pointer", d.path);
    if (ResolvePointer(document, d.path)) continue;
    // A missing member (required, or one a patch operation needs) is reported where it
    // would be: its parent must be an object that resolves.
    const nlohmann::json* parent = ResolvePointer(document, ParentPointer(d.path));
    Require(!d.path.empty() && parent && parent->is_object(),
            "a diagnostic pointer resolves, or names a missing member of a resolving object",
            d.path + " " + std::string(CodeName(d.code)) + "\n" + document.dump());
  }
}

std::vector<Diagnostic> WithoutDuplicates(std::vector<Diagnostic> diagnostics) {
  std::erase_if(diagnostics, [](const Diagnostic& d) { return d.code == Code::kDuplicate; });
  return diagnostics;
}

void CheckRoundTrip(const Schema& schema, const nlohmann::json& document, const Report& report) {
  auto again = schema.ValidateText(document.dump());
  Require(again.ok(), "a re-serialised document parses", again.ok() ? "" : again.error());
  Report expected = report;
  expected.errors = WithoutDuplicates(expected.errors);
  // A truncated report depends on how many repeated members came first: not comparable.
  if (report.truncated || again.value().truncated) return;
  Require(again.value().errors == expected.errors,
          "the re-serialised document gives the same report",
          "first:\n" + DescribeReport(report) + "again:\n" + DescribeReport(again.value()));
  Require(again.value().warnings == report.warnings,
          "the re-serialised document gives the same warnings");
}

}  // namespace
}  // namespace shapeguard::fuzz

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace shapeguard;
  using namespace shapeguard::fuzz;
  if (size > kMaxInput) return 0;
  ByteReader reader(data, size);
  const auto& schemas = AllSchemas();
  const Schema& schema = *schemas[reader.Index(schemas.size())];
  std::string_view text = reader.Rest();

  ValidateOptions options;
  auto result = schema.ValidateText(text, options);
  // Independently of the validator's own parsing: is this JSON within the depth limit?
  bool acceptable =
      NestingDepth(text, options.max_depth) <= options.max_depth && nlohmann::json::accept(text);
  if (!result.ok()) {
    Require(!result.error().empty(), "a refused document has a message");
    Require(!acceptable, "only malformed or too deep text is refused", result.error());
    return 0;
  }
  Require(acceptable, "malformed or too deep text is never validated");
  auto parsed = ParseJsonText(text, options.max_depth);
  Require(parsed.ok(), "validated text parses", parsed.ok() ? "" : parsed.error());
  const Report& report = result.value();
  Require(MessagesAreUtf8(report), "messages are well-formed UTF-8", DescribeReport(report));
  CheckPointers(parsed.value(), report);
  CheckRoundTrip(schema, parsed.value(), report);
  return 0;
}
