// Constraint: one compiled rule at one position of a document (a member, a list item, a map
// key or value), as the tools that generate documents or drive the rules one by one see it.
// A small handle into the compiled model, valid as long as the Schema or Operation it was
// reached from.
#ifndef SHAPEGUARD_CONSTRAINT_H_
#define SHAPEGUARD_CONSTRAINT_H_

#include <cstddef>
#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "shapeguard/diagnostic.h"

namespace shapeguard {
namespace internal {
class Check;
// The compiled rules of one position (checks/check.h defines Check).
using CheckList = std::vector<std::shared_ptr<const Check>>;
}  // namespace internal

class PatchPaths;

// What a constraint reported about one value.
struct Finding {
  bool error = true;  // false for a warning, which never makes a document invalid
  Code code = Code::kType;
  std::string message;
  // The child token the report names (a patch operation's "path", say), when not the value.
  std::optional<std::string> child;
  bool operator==(const Finding&) const = default;
};

// The random choices a generator makes, made by the caller: the library makes none of its
// own, so it needs no random-testing framework (the property suites answer with RapidCheck).
class Chooser {
 public:
  virtual ~Chooser() = default;
  // A number in [0, n); n is at least 1.
  virtual std::size_t Below(std::size_t n) = 0;
  // A string that a regular expression of the generators' subset matches whole.
  virtual std::string Matching(const std::string& regex) = 0;
  // Gives up on this value: the rule cannot be met as asked. Does not return.
  [[noreturn]] virtual void Fail(const std::string& why) = 0;
};

// A value that breaks a constraint on its own, and the code the validator reports for it.
struct Breaker {
  Code code = Code::kType;
  std::string value;
};

class Constraint {
 public:
  // The rule's kind, as overlays name it ("length", "pattern", "arn", ...).
  const std::string& kind() const;
  // Where the rule comes from: "model" or "overlay:<source>".
  const std::string& source() const;
  // The arguments the rule was built from, in the overlay language (bounds, a regex, values).
  const nlohmann::json& args() const;
  // The rule in words, as `explain` and error messages quote it.
  const std::string& description() const;

  // Runs the rule on a string value (a map key when is_map_key), as validation would.
  std::vector<Finding> CheckString(std::string_view text, bool is_map_key = false) const;

  // True for kinds a value meets as a whole (an ARN, an access-log format, a mapping
  // expression, ...): Generate gives such values. The kinds every value of a type meets
  // together (length, size, range, enum, pattern, patch-operation) are false: a generator
  // combines them from args().
  bool met_whole() const;
  // A value meeting this rule, picked by the chooser; nullopt when met_whole() is false.
  std::optional<std::string> Generate(Chooser& chooser) const;
  // A value breaking this rule alone; nullopt when no fixed value does (or !met_whole()).
  std::optional<Breaker> Break() const;

  // The path table of a "patch-operation" rule; nullptr for any other kind.
  const PatchPaths* patch_paths() const;

  // The same compiled rule (rules are shared between the positions they hold at).
  bool operator==(const Constraint& other) const { return check_ == other.check_; }

 private:
  friend class Constraints;
  explicit Constraint(const internal::Check* check) : check_(check) {}
  const internal::Check* check_;
};

// The constraints that hold at one position, in the order validation applies them.
class Constraints {
 public:
  // The compiled list; nullptr for a position without rules.
  explicit Constraints(const internal::CheckList* checks = nullptr) : checks_(checks) {}
  std::size_t size() const;
  bool empty() const { return size() == 0; }
  // The i-th constraint, i < size().
  Constraint operator[](std::size_t i) const;
  // The first constraint of a kind, if there is one.
  std::optional<Constraint> Find(std::string_view kind) const;
  // The first constraint whose kind a value meets as a whole, if there is one.
  std::optional<Constraint> FindMetWhole() const;

 private:
  const internal::CheckList* checks_;
};

}  // namespace shapeguard

#endif  // SHAPEGUARD_CONSTRAINT_H_
