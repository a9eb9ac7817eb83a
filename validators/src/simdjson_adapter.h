// The walker's view of a simdjson DOM element: the fast path of ValidateText.
#ifndef SHAPEGUARD_SIMDJSON_ADAPTER_H_
#define SHAPEGUARD_SIMDJSON_ADAPTER_H_

#include <simdjson.h>

#include <optional>
#include <string_view>

#include "checks/check.h"

namespace shapeguard::internal {

struct SimdjsonAdapter {
  using Value = simdjson::dom::element;
  // simdjson keeps every member as written, repeats included.
  static constexpr bool kMayRepeatKeys = true;
  // simdjson validates UTF-8 while parsing.
  static constexpr bool kMayHoldIllFormedUtf8 = false;
  // JSON holds text only.
  static constexpr bool kMayHoldNonText = false;

  static JsonKind Kind(Value v) {
    switch (v.type()) {
      case simdjson::dom::element_type::ARRAY:
        return JsonKind::kArray;
      case simdjson::dom::element_type::OBJECT:
        return JsonKind::kObject;
      case simdjson::dom::element_type::INT64:
      case simdjson::dom::element_type::UINT64:
      case simdjson::dom::element_type::DOUBLE:
        return JsonKind::kNumber;
      case simdjson::dom::element_type::STRING:
        return JsonKind::kString;
      case simdjson::dom::element_type::BOOL:
        return JsonKind::kBool;
      case simdjson::dom::element_type::NULL_VALUE:
        return JsonKind::kNull;
    }
    return JsonKind::kNull;
  }
  static std::string_view String(Value v) { return v.get_string().value_unsafe(); }
  static Number GetNumber(Value v) {
    switch (v.type()) {
      case simdjson::dom::element_type::INT64:
        return Number::Int(v.get_int64().value_unsafe());
      case simdjson::dom::element_type::UINT64:
        return Number::Uint(v.get_uint64().value_unsafe());
      default:
        return Number::Double(v.get_double().value_unsafe());
    }
  }
  static bool GetBool(Value v) { return v.get_bool().value_unsafe(); }
  static std::size_t Size(Value v) {
    if (v.type() == simdjson::dom::element_type::ARRAY) return Array(v).size();
    return Object(v).size();
  }
  // The first member of that name, as the reference path keeps it.
  static std::optional<Value> Find(Value v, std::string_view name) {
    for (auto field : Object(v)) {
      if (field.key == name) return field.value;
    }
    return std::nullopt;
  }
  template <class F>
  static void ForEachMember(Value v, F f) {
    for (auto field : Object(v)) {
      if (!f(field.key, field.value)) return;
    }
  }
  template <class F>
  static void ForEachItem(Value v, F f) {
    std::size_t index = 0;
    for (Value item : Array(v)) {
      if (!f(index++, item)) return;
    }
  }

 private:
  // Copies out of simdjson's result wrappers: ranging over `get_object().value_unsafe()`
  // directly would iterate a reference into a destroyed temporary.
  static simdjson::dom::object Object(Value v) {
    simdjson::dom::object object;
    if (v.get_object().get(object) != simdjson::SUCCESS) return {};
    return object;
  }
  static simdjson::dom::array Array(Value v) {
    simdjson::dom::array array;
    if (v.get_array().get(array) != simdjson::SUCCESS) return {};
    return array;
  }
};

}  // namespace shapeguard::internal

#endif  // SHAPEGUARD_SIMDJSON_ADAPTER_H_
