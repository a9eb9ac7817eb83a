// The walker's view of a nlohmann::json document.
#ifndef SHAPEGUARD_NLOHMANN_ADAPTER_H_
#define SHAPEGUARD_NLOHMANN_ADAPTER_H_

#include <nlohmann/json.hpp>
#include <optional>
#include <string_view>

#include "checks/check.h"

namespace shapeguard::internal {

struct NlohmannAdapter {
  using Value = const nlohmann::json*;
  // nlohmann objects are maps: a name appears once (parsing keeps the first, see json_text).
  static constexpr bool kMayRepeatKeys = false;
  // A document built in code may hold any bytes in its strings (the parser checks UTF-8).
  static constexpr bool kMayHoldIllFormedUtf8 = true;
  // JSON holds text only.
  static constexpr bool kMayHoldNonText = false;
  // Strings are std::strings: nothing past their end may be read.
  static constexpr bool kStringsPadded = false;

  static JsonKind Kind(Value v) {
    switch (v->type()) {
      case nlohmann::json::value_t::null:
        return JsonKind::kNull;
      case nlohmann::json::value_t::boolean:
        return JsonKind::kBool;
      case nlohmann::json::value_t::number_integer:
      case nlohmann::json::value_t::number_unsigned:
      case nlohmann::json::value_t::number_float:
        return JsonKind::kNumber;
      case nlohmann::json::value_t::string:
        return JsonKind::kString;
      case nlohmann::json::value_t::array:
        return JsonKind::kArray;
      case nlohmann::json::value_t::object:
        return JsonKind::kObject;
      default:
        return JsonKind::kNull;  // discarded or binary: never produced by parse
    }
  }
  static std::string_view String(Value v) { return v->get_ref<const std::string&>(); }
  static Number GetNumber(Value v) {
    if (v->is_number_unsigned()) return Number::Uint(v->get<std::uint64_t>());
    if (v->is_number_integer()) return Number::Int(v->get<std::int64_t>());
    return Number::Double(v->get<double>());
  }
  static bool GetBool(Value v) { return v->get<bool>(); }
  static std::size_t Size(Value v) { return v->size(); }
  static std::optional<Value> Find(Value v, std::string_view name) {
    auto it = v->find(name);
    if (it == v->end()) return std::nullopt;
    return &*it;
  }
  template <class F>
  static void ForEachMember(Value v, F f) {
    for (auto it = v->begin(); it != v->end(); ++it) {
      if (!f(std::string_view(it.key()), &it.value())) return;
    }
  }
  template <class F>
  static void ForEachItem(Value v, F f) {
    std::size_t index = 0;
    for (const auto& item : *v) {
      if (!f(index++, &item)) return;
    }
  }
};

}  // namespace shapeguard::internal

#endif  // SHAPEGUARD_NLOHMANN_ADAPTER_H_
