// Model and overlay files parsed into nlohmann::json through simdjson: loading the
// embedded models is most of `shapeguard validate`'s start-up, and nlohmann's own parser
// spends most of that lexing. The tree is the one nlohmann::json::parse would build.
#ifndef SHAPEGUARD_MODEL_JSON_H_
#define SHAPEGUARD_MODEL_JSON_H_

#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace shapeguard::internal {

// The parsed document, or a discarded value (is_discarded()) when text is not JSON. One
// simdjson parser per thread serves every call: its buffers are allocated once.
nlohmann::json ParseModelJson(std::string_view text);

// A model file kept as simdjson's DOM and converted a shape or an operation at a time: a
// process that uses one operation converts the tenth of the model that operation reaches.
// Converted parts are the trees ParseModelJson would hold at the same place.
class ModelJsonParts {
 public:
  // Null when the text is not JSON, or not an object whose "shapes" and "operations" are
  // objects. `padded`: 64 readable bytes follow the text (simdjson's padding, as embedded
  // files have), so it is parsed where it is instead of copied.
  static std::unique_ptr<ModelJsonParts> Parse(std::string_view text, bool padded);
  ~ModelJsonParts();

  nlohmann::json Whole() const;
  std::optional<nlohmann::json> Shape(std::string_view name) const;
  std::optional<nlohmann::json> Operation(std::string_view name) const;
  std::vector<std::string> OperationNames() const;         // sorted, as nlohmann iterates them
  std::string ApiVersion() const;                          // metadata.apiVersion, or ""
  std::string MetadataString(std::string_view key) const;  // metadata.<key>, or ""

 private:
  struct Dom;
  explicit ModelJsonParts(std::unique_ptr<Dom> dom);
  std::unique_ptr<Dom> dom_;
};

}  // namespace shapeguard::internal

#endif  // SHAPEGUARD_MODEL_JSON_H_
