// The interface every constraint checker implements, and what it sees of a value.
#ifndef SHAPEGUARD_CHECKS_CHECK_H_
#define SHAPEGUARD_CHECKS_CHECK_H_

#include <cstdint>
#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "checks/string_acceptor.h"
#include "shapeguard/constraint.h"
#include "shapeguard/diagnostic.h"
#include "shapeguard/utf8.h"

namespace shapeguard::internal {

enum class JsonKind : std::uint8_t { kNull, kBool, kNumber, kString, kArray, kObject };

// A JSON number as the parser produced it: a signed or unsigned 64-bit integer, or a double.
struct Number {
  enum class Repr : std::uint8_t { kInt, kUint, kDouble };
  Repr repr = Repr::kInt;
  // The member repr names holds the value.
  union {
    std::int64_t i = 0;
    std::uint64_t u;
    double d;
  };

  static Number Int(std::int64_t v) {
    Number n;
    n.i = v;
    return n;
  }
  static Number Uint(std::uint64_t v) {
    Number n;
    n.repr = Repr::kUint;
    n.u = v;
    return n;
  }
  static Number Double(double v) {
    Number n;
    n.repr = Repr::kDouble;
    n.d = v;
    return n;
  }

  // True when the value has no fractional part (1e2 and 100.0 are integral).
  bool IsIntegral() const;
  // True when the value is integral and fits [min, max].
  bool FitsInteger(std::int64_t min, std::int64_t max) const;
  std::string ToString() const;
};

// Exact comparison across representations: <0, 0 or >0.
int CompareNumbers(const Number& a, const Number& b);

// Access to the string members of an object value, for checkers that read several members
// together (a patch operation's op, path and value).
class ObjectAccess {
 public:
  virtual ~ObjectAccess() = default;
  // True when the object has the member (whatever its value).
  virtual bool HasMember(std::string_view name) const = 0;
  // The member's value if the member is present and a string.
  virtual std::optional<std::string_view> StringMember(std::string_view name) const = 0;
};

// What a checker sees of a value: its kind and, by kind, its text, number or entry count.
// Map keys are presented as strings with is_map_key set.
struct ValueView {
  JsonKind kind = JsonKind::kNull;
  bool boolean = false;
  bool is_map_key = false;
  bool sensitive = false;  // a "sensitive" shape's value: messages must not show it
  bool binary = false;     // a blob's raw bytes (not text): messages describe, not quote, it
  std::string_view text;
  Number number;
  std::size_t size = 0;
  const ObjectAccess* object = nullptr;
};

// What messages say instead of a sensitive value.
inline constexpr std::string_view kSensitivePlaceholder = "(a sensitive value, not shown)";

// The value quoted for a message, or for a sensitive shape the placeholder: a password that
// breaks a pattern must not end up in a CI log.
inline std::string QuotedValue(const ValueView& value) {
  if (value.sensitive) return std::string(kSensitivePlaceholder);
  return value.binary ? "a bytes value" : QuoteForMessage(value.text);
}

class Check;

// Where checkers report: the walker that calls them knows the pointer of the value.
class Sink {
 public:
  virtual ~Sink() = default;
  // Reports an error at the current value's pointer, or at its child token when given.
  virtual void Error(const Check& check, Code code, std::string message,
                     std::optional<std::string_view> child = std::nullopt) = 0;
  // Reports a warning (never makes the document invalid).
  virtual void Warning(const Check& check, Code code, std::string message,
                       std::optional<std::string_view> child = std::nullopt) = 0;
};

// One compiled constraint. Immutable once built, so one instance serves many slots and
// threads. Each kind lives in its own file and is built through the registry (registry.h).
class Check {
 public:
  Check(std::string kind, std::string source)
      : kind_(std::move(kind)), source_(std::move(source)) {}
  virtual ~Check() = default;
  Check(const Check&) = delete;
  Check& operator=(const Check&) = delete;

  // The registry name ("length", "pattern", ...). A rule stated for a more specific target
  // replaces the rules of the same kind inherited from the shape or the model.
  const std::string& kind() const { return kind_; }
  // "model" or "overlay:<source>".
  const std::string& source() const { return source_; }
  // The arguments the checker was built from (the overlay rule's "args", or the model
  // traits), in the overlay language: what generators read to produce conforming values.
  const nlohmann::json& args() const { return args_; }
  // Set once, by MakeCheck, before the checker is shared.
  void set_args(nlohmann::json args) { args_ = std::move(args); }

  // Describe(), computed once by MakeCheck: messages quote it on every error.
  const std::string& description() const { return description_; }
  void set_description(std::string description) { description_ = std::move(description); }

  // Checks a value whose JSON type already matches the shape; reports through sink.
  virtual void Apply(const ValueView& value, Sink& sink) const = 0;
  // The rule in words, for `explain` ("length 1..128 code points").
  virtual std::string Describe() const = 0;
  // More lines for `explain` where one is not enough (a patch path table); each line
  // without its newline.
  virtual std::vector<std::string> Details() const { return {}; }
  // Narrows acceptor to strings this check passes; false when the check cannot be put that
  // way (the slot then has no acceptor, and its strings always go through the checks).
  virtual bool NarrowAcceptor(StringAcceptor& acceptor) const { return false; }

  // What generators need of a kind a value meets as a whole (an ARN, a mapping expression):
  // such a kind says so, makes values that pass it, and names a value that fails it, all
  // here beside its Apply. Kinds a type's values meet together (length, pattern, enum, ...)
  // keep these defaults: generators combine them from args().
  virtual bool MetWhole() const { return false; }
  // A value this check passes (MetWhole kinds only).
  virtual std::optional<std::string> Generate(Chooser& chooser) const { return std::nullopt; }
  // A value this check fails on its own, where one fixed value does (MetWhole kinds only).
  virtual std::optional<Breaker> Break() const { return std::nullopt; }

 private:
  std::string kind_;
  std::string source_;
  nlohmann::json args_;
  std::string description_;
};

// Applies each check in order.
inline void ApplyAll(const CheckList& checks, const ValueView& value, Sink& sink) {
  for (const auto& check : checks) check->Apply(value, sink);
}

// "key " for map keys, "" otherwise: messages say what was checked.
inline std::string_view Subject(const ValueView& value) { return value.is_map_key ? "key " : ""; }

}  // namespace shapeguard::internal

#endif  // SHAPEGUARD_CHECKS_CHECK_H_
