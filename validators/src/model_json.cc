#include "model_json.h"

#include <simdjson.h>

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
    case element_type::OBJECT: return ConvertObject(e.get_object().value_unsafe());
    case element_type::ARRAY: return ConvertArray(e.get_array().value_unsafe());
    case element_type::STRING: return std::string(e.get_string().value_unsafe());
    case element_type::INT64: return e.get_int64().value_unsafe();
    case element_type::UINT64: return e.get_uint64().value_unsafe();
    case element_type::DOUBLE: return e.get_double().value_unsafe();
    case element_type::BOOL: return e.get_bool().value_unsafe();
    case element_type::NULL_VALUE: return nullptr;
  }
  return nullptr;
}

}  // namespace

json ParseModelJson(std::string_view text) {
  simdjson::dom::parser parser;
  element root;
  if (parser.parse(text.data(), text.size()).get(root) != simdjson::SUCCESS) {
    return json(json::value_t::discarded);
  }
  return Convert(root);
}

}  // namespace shapeguard::internal
