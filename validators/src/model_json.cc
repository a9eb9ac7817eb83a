#include "model_json.h"

#include <simdjson.h>

#include <algorithm>
#include <unordered_map>

namespace shapeguard::internal {
namespace {

using nlohmann::json;
using simdjson::dom::element;
using simdjson::dom::element_type;

json Convert(element e);

json ConvertObject(simdjson::dom::object object) {
  json out = json::object();
  // Later members replace earlier ones of the same name, as nlohmann's parser does.
  for (auto field : object) out[std::string(field.key)] = Convert(field.value);
  return out;
}

json ConvertArray(simdjson::dom::array array) {
  json out = json::array();
  for (element item : array) out.push_back(Convert(item));
  return out;
}

json Convert(element e) {
  switch (e.type()) {
    case element_type::OBJECT:
      return ConvertObject(e.get_object().value_unsafe());
    case element_type::ARRAY:
      return ConvertArray(e.get_array().value_unsafe());
    case element_type::STRING:
      return std::string(e.get_string().value_unsafe());
    case element_type::INT64:
      return e.get_int64().value_unsafe();
    case element_type::UINT64:
      return e.get_uint64().value_unsafe();
    case element_type::DOUBLE:
      return e.get_double().value_unsafe();
    case element_type::BOOL:
      return e.get_bool().value_unsafe();
    case element_type::NULL_VALUE:
      return nullptr;
  }
  return nullptr;
}

}  // namespace

json ParseModelJson(std::string_view text) {
  thread_local simdjson::dom::parser parser;
  element root;
  if (parser.parse(text.data(), text.size()).get(root) != simdjson::SUCCESS) {
    return json(json::value_t::discarded);
  }
  return Convert(root);
}

// Members by name; a repeated name keeps its last value, as Convert does.
using MemberIndex = std::unordered_map<std::string_view, element>;

struct ModelJsonParts::Dom {
  simdjson::dom::parser parser;
  element root;
  MemberIndex shapes;
  MemberIndex operations;
};

namespace {

bool IndexObject(element root, const char* key, MemberIndex& index) {
  simdjson::dom::object object;
  if (root[key].get(object) != simdjson::SUCCESS) return false;
  for (auto field : object) index.insert_or_assign(field.key, field.value);
  return true;
}

std::optional<json> ConvertMember(const MemberIndex& index, std::string_view name) {
  auto it = index.find(name);
  if (it == index.end()) return std::nullopt;
  return Convert(it->second);
}

}  // namespace

std::unique_ptr<ModelJsonParts> ModelJsonParts::Parse(std::string_view text, bool padded) {
  static_assert(simdjson::SIMDJSON_PADDING <= 64, "padded texts have 64 bytes");
  auto dom = std::make_unique<Dom>();
  if (dom->parser.parse(text.data(), text.size(), !padded).get(dom->root) != simdjson::SUCCESS ||
      !IndexObject(dom->root, "shapes", dom->shapes) ||
      !IndexObject(dom->root, "operations", dom->operations)) {
    return nullptr;
  }
  return std::unique_ptr<ModelJsonParts>(new ModelJsonParts(std::move(dom)));
}

ModelJsonParts::ModelJsonParts(std::unique_ptr<Dom> dom) : dom_(std::move(dom)) {}
ModelJsonParts::~ModelJsonParts() = default;

json ModelJsonParts::Whole() const { return Convert(dom_->root); }

std::optional<json> ModelJsonParts::Shape(std::string_view name) const {
  return ConvertMember(dom_->shapes, name);
}

std::optional<json> ModelJsonParts::Operation(std::string_view name) const {
  return ConvertMember(dom_->operations, name);
}

std::vector<std::string> ModelJsonParts::OperationNames() const {
  std::vector<std::string> names;
  for (const auto& [name, op] : dom_->operations) names.emplace_back(name);
  std::sort(names.begin(), names.end());
  return names;
}

std::string ModelJsonParts::ApiVersion() const { return MetadataString("apiVersion"); }

std::string ModelJsonParts::MetadataString(std::string_view key) const {
  std::string_view value;
  if (dom_->root["metadata"][key].get(value) != simdjson::SUCCESS) return "";
  return std::string(value);
}

}  // namespace shapeguard::internal
