// The walker's view of a simdjson DOM element: the fast path of ValidateText.
#ifndef SHAPEGUARD_SIMDJSON_ADAPTER_H_
#define SHAPEGUARD_SIMDJSON_ADAPTER_H_

#include <optional>
#include <string_view>

#include <simdjson.h>

#include "checks/check.h"

namespace shapeguard::internal {

struct SimdjsonAdapter {
  using Value = simdjson::dom::element;
  // simdjson keeps every member as written, repeats included.
  static constexpr bool kMayRepeatKeys = true;

  static JsonKind Kind(Value v) {
    switch (v.type()) {
      case simdjson::dom::element_type::ARRAY: return JsonKind::kArray;
      case simdjson::dom::element_type::OBJECT: return JsonKind::kObject;
      case simdjson::dom::element_type::INT64:
      case simdjson::dom::element_type::UINT64:
      case simdjson::dom::element_type::DOUBLE: return JsonKind::kNumber;
      case simdjson::dom::element_type::STRING: return JsonKind::kString;
      case simdjson::dom::element_type::BOOL: return JsonKind::kBool;
      case simdjson::dom::element_type::NULL_VALUE: return JsonKind::kNull;
    }
    return JsonKind::kNull;
  }
  static std::string_view String(Value v) { return v.get_string().value_unsafe(); }
  static Number GetNumber(Value v) {
    switch (v.type()) {
      case simdjson::dom::element_type::INT64: return Number::Int(v.get_int64().value_unsafe());
      case simdjson::dom::element_type::UINT64: return Number::Uint(v.get_uint64().value_unsafe());
      default: return Number::Double(v.get_double().value_unsafe());
    }
  }
  static bool GetBool(Value v) { return v.get_bool().value_unsafe(); }
  static std::size_t Size(Value v) {
    if (v.type() == simdjson::dom::element_type::ARRAY) return v.get_array().value_unsafe().size();
    return v.get_object().value_unsafe().size();
  }
  // The first member of that name, as the reference path keeps it.
  static std::optional<Value> Find(Value v, std::string_view name) {
    for (auto field : v.get_object().value_unsafe()) {
      if (field.key == name) return field.value;
    }
    return std::nullopt;
  }
  template <class F>
  static void ForEachMember(Value v, F f) {
    for (auto field : v.get_object().value_unsafe()) {
      if (!f(field.key, field.value)) return;
    }
  }
  template <class F>
  static void ForEachItem(Value v, F f) {
    std::size_t index = 0;
    for (Value item : v.get_array().value_unsafe()) {
      if (!f(index++, item)) return;
    }
  }
};

}  // namespace shapeguard::internal

#endif  // SHAPEGUARD_SIMDJSON_ADAPTER_H_
