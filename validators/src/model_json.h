// Model and overlay files parsed into nlohmann::json through simdjson: loading the
// embedded models is most of `shapeguard validate`'s start-up, and nlohmann's own parser
// spends most of that lexing. The tree is the one nlohmann::json::parse would build.
#ifndef SHAPEGUARD_MODEL_JSON_H_
#define SHAPEGUARD_MODEL_JSON_H_

#include <string_view>

#include <nlohmann/json.hpp>

namespace shapeguard::internal {

// The parsed document, or a discarded value (is_discarded()) when text is not JSON.
nlohmann::json ParseModelJson(std::string_view text);

}  // namespace shapeguard::internal

#endif  // SHAPEGUARD_MODEL_JSON_H_
