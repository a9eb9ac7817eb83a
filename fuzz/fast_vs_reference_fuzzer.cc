// fast_vs_reference: bytes → an operation (first two bytes) and options (third byte) → the same
// text validated by the fast path (simdjson) and the reference path (nlohmann). Invariants:
//  - in collect-all mode, whenever the fast path decides, the reference path accepts the text
//    and the two reports are identical (errors, warnings, truncation), in order;
//  - with an error cap, both stop after as many errors, and agree fully when neither stopped
//    (which errors come first may differ: the reference path reports repeated members after
//    its walk, the fast path during it);
//  - on the fast path, the walk generated at build time for a seeded operation and the walker
//    alone give identical reports, error cap or not;
//  - read as NDJSON (its non-blank lines, as `validate --ndjson` splits them), the text's
//    lines validated together (Schema::ValidatePaddedLines) get what each gets alone.
// The fast path may decline (nullopt): Schema::ValidateText then uses the reference path.
#include <cstdint>
#include <string>
#include <vector>

#include "harness_support.h"
#include "shapeguard/text_validation.h"

namespace {

// Larger inputs add time per run, not new behaviour.
constexpr std::size_t kMaxInput = 64 * 1024;

// The text's lines validated together and one by one: the same result for each.
void CheckLinesTogether(const shapeguard::Schema& schema, std::string_view text,
                        const shapeguard::ValidateOptions& options) {
  using namespace shapeguard;
  using shapeguard::fuzz::Require;
  std::string padded(text);
  padded.append(kJsonTextPadding, ' ');
  std::vector<std::string_view> lines;
  for (std::size_t start = 0; start < text.size();) {
    std::size_t stop = std::min(text.find('\n', start), text.size());
    std::string_view line = std::string_view(padded).substr(start, stop - start);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.find_first_not_of(" \t") != std::string_view::npos) lines.push_back(line);
    start = stop + 1;
  }
  std::vector<Result<Report>> together;
  schema.ValidatePaddedLines(padded, lines, together, options);
  Require(together.size() == lines.size(), "one result per line", "");
  for (std::size_t i = 0; i < lines.size(); ++i) {
    Result<Report> alone = schema.ValidatePaddedText(lines[i], options);
    std::string line(lines[i]);
    Require(together[i].ok() == alone.ok() && together[i].error() == alone.error(),
            "a line validated with others fails as it fails alone", line);
    if (!alone.ok()) continue;
    Require(together[i].value().errors == alone.value().errors &&
                together[i].value().warnings == alone.value().warnings &&
                together[i].value().truncated == alone.value().truncated,
            "a line validated with others gets the report it gets alone", line);
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace shapeguard;
  using namespace shapeguard::fuzz;
  if (size > kMaxInput) return 0;
  ByteReader reader(data, size);
  const auto& schemas = AllSchemas();
  const Schema& schema = *schemas[reader.Index(schemas.size())];
  std::uint8_t option_bits = reader.Byte();
  std::string_view text = reader.Rest();

  ValidateOptions options;
  // Mostly collect-all (what the issue promises); sometimes a small cap, which both paths
  // must apply at the same diagnostic.
  if (option_bits & 1) options.max_errors = 1 + (option_bits >> 1) % 8;

  CheckLinesTogether(schema, text, options);
  auto fast = ValidateTextFast(schema, text, options);
  if (!fast) return 0;
  auto walked = ValidateTextWalked(schema, text, options);
  Require(walked.has_value(), "text the generated walk validates, the walker validates", "");
  std::string fast_report = DescribeReport(*fast);
  std::string compiled_and_walked =
      "compiled:\n" + fast_report + "walked:\n" + DescribeReport(*walked);
  Require(fast->errors == walked->errors && fast->warnings == walked->warnings &&
              fast->truncated == walked->truncated,
          "the generated walk reports as the walker does", compiled_and_walked);
  auto reference = ValidateTextReference(schema, text, options);
  Require(reference.ok(), "text the fast path validates, the reference path parses",
          reference.ok() ? "" : reference.error());
  const Report& ref = reference.value();
  std::string both = "fast:\n" + fast_report + "reference:\n" + DescribeReport(ref);
  Require(fast->truncated == ref.truncated, "fast and reference paths truncate alike", both);
  if (fast->truncated) {
    Require(fast->errors.size() == ref.errors.size(),
            "fast and reference paths stop after as many errors", both);
    return 0;
  }
  Require(fast->errors == ref.errors, "fast and reference paths report the same errors", both);
  Require(fast->warnings == ref.warnings, "fast and reference paths report the same warnings",
          both);
  return 0;
}
