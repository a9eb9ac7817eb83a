// What the validator needs of a parse beyond shapeguard/json_text.h: where an object
// repeated a member name. Kept internal because it speaks in the walk's paths (path_token.h).
#ifndef SHAPEGUARD_JSON_TEXT_INTERNALS_H_
#define SHAPEGUARD_JSON_TEXT_INTERNALS_H_

#include <cstddef>
#include <nlohmann/json.hpp>
#include <string_view>
#include <vector>

#include "path_token.h"
#include "shapeguard/json_text.h"
#include "shapeguard/result.h"

namespace shapeguard::internal {

// A parsed document. JSON allows an object to repeat a member name; the document keeps the
// first occurrence and `duplicates` lists where the later ones were (the validator reports
// them: which one a service would take is not defined).
struct ParsedDocument {
  nlohmann::json document;
  std::vector<Path> duplicates;
};

// ParseJsonText, with where the repeated member names were.
Result<ParsedDocument> ParseJsonDocument(std::string_view text, std::size_t max_depth);

}  // namespace shapeguard::internal

#endif  // SHAPEGUARD_JSON_TEXT_INTERNALS_H_
