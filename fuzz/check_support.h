// For the harnesses that drive one kind of checker on raw strings: the compiled checkers of
// that kind in the built-in services (with the arguments the overlays give them), and a sink
// that records what a checker reports.
#ifndef SHAPEGUARD_FUZZ_CHECK_SUPPORT_H_
#define SHAPEGUARD_FUZZ_CHECK_SUPPORT_H_

#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "checks/check.h"
#include "harness_support.h"
#include "program.h"
#include "schema_internals.h"

namespace shapeguard::fuzz {

// Every distinct checker of `kind` in the built-in services, in a fixed order. Fails (the
// harness has nothing to drive) when there is none.
inline std::vector<const internal::Check*> ChecksOfKind(std::string_view kind) {
  std::vector<const internal::Check*> found;
  std::set<const internal::Check*> seen;
  auto collect = [&](const internal::Slot& slot) {
    for (const auto& check : slot.checks) {
      if (check->kind() == kind && seen.insert(check.get()).second) found.push_back(check.get());
    }
  };
  for (const auto& schema : AllSchemas()) {
    for (const internal::Node& node : internal::ProgramOf(*schema).nodes) {
      for (const internal::Member& member : node.members) collect(member.slot);
      collect(node.item);
      collect(node.key);
      collect(node.value);
    }
  }
  if (found.empty())
    Fail("the built-in services have checkers of the harnessed kind", std::string(kind));
  return found;
}

// One report of a checker.
struct Reported {
  bool error = true;
  Code code = Code::kType;
  std::string message;
  std::optional<std::string> child;
  bool operator==(const Reported&) const = default;
};

class RecordingSink : public internal::Sink {
 public:
  void Error(const internal::Check&, Code code, std::string message,
             std::optional<std::string_view> child) override {
    Record(true, code, std::move(message), child);
  }
  void Warning(const internal::Check&, Code code, std::string message,
               std::optional<std::string_view> child) override {
    Record(false, code, std::move(message), child);
  }
  const std::vector<Reported>& reported() const { return reported_; }
  bool has_error() const {
    for (const Reported& r : reported_) {
      if (r.error) return true;
    }
    return false;
  }

 private:
  void Record(bool error, Code code, std::string message, std::optional<std::string_view> child) {
    reported_.push_back({error, code, std::move(message),
                         child ? std::optional<std::string>(std::string(*child)) : std::nullopt});
  }
  std::vector<Reported> reported_;
};

// A string value (a map key when is_map_key) as the walker presents it to a checker.
inline internal::ValueView StringValue(std::string_view text, bool is_map_key = false) {
  internal::ValueView view;
  view.kind = internal::JsonKind::kString;
  view.text = text;
  view.is_map_key = is_map_key;
  return view;
}

// Applies the checker twice, requires the same reports both times (checkers are pure) and
// well-formed UTF-8 messages with only the expected codes; returns the reports.
inline std::vector<Reported> ApplyChecked(const internal::Check& check,
                                          const internal::ValueView& value,
                                          std::initializer_list<Code> codes) {
  RecordingSink first, second;
  check.Apply(value, first);
  check.Apply(value, second);
  Require(first.reported() == second.reported(), "a checker's verdict is deterministic",
          std::string(value.text));
  for (const Reported& r : first.reported()) {
    Require(internal::IsValidUtf8(r.message), "checker messages are well-formed UTF-8", r.message);
    Require(!r.message.empty(), "checker messages are not empty");
    bool expected = false;
    for (Code code : codes) expected = expected || code == r.code;
    Require(expected, "a checker reports only its own codes",
            std::string(CodeName(r.code)) + ": " + r.message);
  }
  return first.reported();
}

}  // namespace shapeguard::fuzz

#endif  // SHAPEGUARD_FUZZ_CHECK_SUPPORT_H_
