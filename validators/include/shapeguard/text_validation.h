// The two ways JSON text is validated. The fast path parses with simdjson and walks its
// DOM; the reference path parses with nlohmann::json. Schema::ValidateText takes the fast
// path and falls back to the reference path for anything simdjson refuses (so parse errors
// are always reported by the reference parser, with line and column). In collect-all mode
// the two give identical reports; the differential tests and fuzzer hold them to it.
#ifndef SHAPEGUARD_TEXT_VALIDATION_H_
#define SHAPEGUARD_TEXT_VALIDATION_H_

#include <cstddef>
#include <optional>
#include <string_view>

#include "shapeguard/report.h"
#include "shapeguard/result.h"
#include "shapeguard/schema.h"

namespace shapeguard {

// Bytes that must be readable after the text for `padded` fast validation (the same as
// kJsonTextPadding).
inline constexpr std::size_t kTextPadding = kJsonTextPadding;

// The fast path, or nullopt where it cannot decide (the reference path must). With
// `padded`, the kTextPadding bytes after the text are readable and the text is not copied.
std::optional<Report> ValidateTextFast(const Schema& schema, std::string_view text,
                                       const ValidateOptions& options, bool padded = false);

// The fast path with the walker alone, never the walk generated at build time for a
// built-in operation (Schema::ValidateText uses that where there is one): for the tests and
// the fuzzer that hold the two to the same reports.
std::optional<Report> ValidateTextWalked(const Schema& schema, std::string_view text,
                                         const ValidateOptions& options);

// The reference path: fails as Schema::ValidateText does on text that is not JSON or nests
// deeper than options.max_depth (options.max_bytes is not checked here).
Result<Report> ValidateTextReference(const Schema& schema, std::string_view text,
                                     const ValidateOptions& options);

}  // namespace shapeguard

#endif  // SHAPEGUARD_TEXT_VALIDATION_H_
