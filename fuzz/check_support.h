// For the harnesses that drive one kind of rule on raw strings: the compiled rules of that
// kind in the built-in services (with the arguments the overlays give them), and a way to
// apply one to a string and check what it reports.
#ifndef SHAPEGUARD_FUZZ_CHECK_SUPPORT_H_
#define SHAPEGUARD_FUZZ_CHECK_SUPPORT_H_

#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

#include "harness_support.h"
#include "shapeguard/constraint.h"
#include "shapeguard/operation.h"

namespace shapeguard::fuzz {

// Every distinct rule of `kind` in the built-in services, in the order first reached. Fails
// (the harness has nothing to drive) when there is none.
inline std::vector<Constraint> ChecksOfKind(std::string_view kind) {
  std::vector<Constraint> found;
  for (const auto& schema : AllSchemas()) {
    for (const ShapeView& position : schema->shape().Positions()) {
      Constraints constraints = position.constraints();
      for (std::size_t i = 0; i < constraints.size(); ++i) {
        Constraint c = constraints[i];
        if (c.kind() != kind) continue;
        bool seen = false;
        for (const Constraint& f : found) seen = seen || f == c;
        if (!seen) found.push_back(c);
      }
    }
  }
  if (found.empty())
    Fail("the built-in services have checkers of the harnessed kind", std::string(kind));
  return found;
}

// One report of a checker.
using Reported = Finding;

// A string value (a map key when is_map_key) as the walker presents it to a checker.
struct StringValue {
  StringValue(std::string_view text, bool is_map_key = false)
      : text(text), is_map_key(is_map_key) {}
  std::string_view text;
  bool is_map_key;
};

// Applies the checker twice, requires the same reports both times (checkers are pure) and
// well-formed UTF-8 messages with only the expected codes; returns the reports.
inline std::vector<Reported> ApplyChecked(const Constraint& check, const StringValue& value,
                                          std::initializer_list<Code> codes) {
  std::vector<Reported> first = check.CheckString(value.text, value.is_map_key);
  std::vector<Reported> second = check.CheckString(value.text, value.is_map_key);
  Require(first == second, "a checker's verdict is deterministic", std::string(value.text));
  for (const Reported& r : first) {
    Require(IsValidUtf8(r.message), "checker messages are well-formed UTF-8", r.message);
    Require(!r.message.empty(), "checker messages are not empty");
    bool expected = false;
    for (Code code : codes) expected = expected || code == r.code;
    Require(expected, "a checker reports only its own codes",
            std::string(CodeName(r.code)) + ": " + r.message);
  }
  return first;
}

}  // namespace shapeguard::fuzz

#endif  // SHAPEGUARD_FUZZ_CHECK_SUPPORT_H_
