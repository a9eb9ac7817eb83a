// The walker's view of a document parsed by simdjson, read off its tape (simdjson_tape.h):
// the fast path of ValidateText.
#ifndef SHAPEGUARD_SIMDJSON_ADAPTER_H_
#define SHAPEGUARD_SIMDJSON_ADAPTER_H_

#include <bit>
#include <cstdint>
#include <optional>
#include <string_view>

#include "checks/ascii_class.h"
#include "checks/check.h"
#include "simdjson_tape.h"

namespace shapeguard::internal {

struct SimdjsonAdapter {
  // A value: its index on the tape.
  struct Value {
    const Tape* tape;
    std::uint32_t at;
  };
  // simdjson keeps every member as written, repeats included.
  static constexpr bool kMayRepeatKeys = true;
  // simdjson validates UTF-8 while parsing.
  static constexpr bool kMayHoldIllFormedUtf8 = false;
  // JSON holds text only.
  static constexpr bool kMayHoldNonText = false;
  // Strings are read in place from simdjson's string buffer, which has SIMDJSON_PADDING bytes
  // past the most it can hold: checks may read a few bytes past a string's end.
  static constexpr bool kStringsPadded = true;
  static_assert(simdjson::SIMDJSON_PADDING >= AsciiClass::kReadPast);

  static JsonKind Kind(Value v) {
    switch (v.tape->Type(v.at)) {
      case '[':
        return JsonKind::kArray;
      case '{':
        return JsonKind::kObject;
      case 'l':
      case 'u':
      case 'd':
        return JsonKind::kNumber;
      case '"':
        return JsonKind::kString;
      case 't':
      case 'f':
        return JsonKind::kBool;
      default:
        return JsonKind::kNull;
    }
  }
  static std::string_view String(Value v) { return v.tape->String(v.at); }
  static Number GetNumber(Value v) {
    std::uint64_t bits = v.tape->NumberBits(v.at);
    switch (v.tape->Type(v.at)) {
      case 'l':
        return Number::Int(std::bit_cast<std::int64_t>(bits));
      case 'u':
        return Number::Uint(bits);
      default:
        return Number::Double(std::bit_cast<double>(bits));
    }
  }
  static bool GetBool(Value v) { return v.tape->Type(v.at) == 't'; }
  static std::size_t Size(Value v) {
    std::uint32_t count = v.tape->Count(v.at);
    if (count < Tape::kCountSaturated) return count;
    std::size_t counted = 0;
    auto count_one = [&](auto&&...) {
      ++counted;
      return true;
    };
    if (v.tape->Type(v.at) == '{') {
      ForEachMember(v, count_one);
    } else {
      ForEachItem(v, count_one);
    }
    return counted;
  }
  // The first member of that name, as the reference path keeps it.
  static std::optional<Value> Find(Value v, std::string_view name) {
    std::optional<Value> found;
    ForEachMember(v, [&](std::string_view key, Value value) {
      if (key == name) found = value;
      return !found;
    });
    return found;
  }
  template <class F>
  static void ForEachMember(Value v, F f) {
    const Tape& tape = *v.tape;
    for (std::uint32_t i = v.at + 1, end = tape.End(v.at) - 1; i < end;) {
      Value value{v.tape, i + 1};
      if (!f(tape.String(i), value)) return;
      i = tape.After(i + 1);
    }
  }
  template <class F>
  static void ForEachItem(Value v, F f) {
    const Tape& tape = *v.tape;
    std::size_t index = 0;
    for (std::uint32_t i = v.at + 1, end = tape.End(v.at) - 1; i < end; i = tape.After(i)) {
      if (!f(index++, Value{v.tape, i})) return;
    }
  }
};

}  // namespace shapeguard::internal

#endif  // SHAPEGUARD_SIMDJSON_ADAPTER_H_
