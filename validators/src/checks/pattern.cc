// "pattern": a regex a string (or map key) must match. Model patterns follow Smithy: a
// search, not anchored. Overlay rules say their anchoring: "search" or "full".
#include <memory>

#include "checks/args.h"
#include "checks/registry.h"
#include "utf8.h"

namespace shapeguard::internal {
namespace {

class PatternCheck : public Check {
 public:
  PatternCheck(std::shared_ptr<const RE2> regex, bool full, std::string source)
      : Check("pattern", std::move(source)), regex_(std::move(regex)), full_(full) {}

  void Apply(const ValueView& value, Sink& sink) const override {
    re2::StringPiece text(value.text.data(), value.text.size());
    bool matched = full_ ? RE2::FullMatch(text, *regex_) : RE2::PartialMatch(text, *regex_);
    if (matched) return;
    sink.Error(*this, Code::kPattern,
               std::string(Subject(value)) + QuoteForMessage(value.text) +
                   " does not match " + Describe());
  }

  std::string Describe() const override {
    return "the pattern " + regex_->pattern() + (full_ ? " (whole value)" : " (search)");
  }

 private:
  std::shared_ptr<const RE2> regex_;
  bool full_;
};

}  // namespace

Result<std::shared_ptr<Check>> MakePatternCheck(const CheckSpec& spec) {
  if (Status s = ExpectTarget(spec.target, {ShapeType::kString}); !s.ok()) return s;
  if (Status s = ExpectOnlyArgs(spec.args, {"regex", "anchoring"}); !s.ok()) return s;
  auto regex_text = ReadStringArg(spec.args, "regex");
  if (!regex_text.ok()) return regex_text.status();
  auto anchoring = ReadStringArg(spec.args, "anchoring");
  if (!anchoring.ok()) return anchoring.status();
  if (anchoring.value() != "search" && anchoring.value() != "full") {
    return Status::Error("\"anchoring\" must be \"search\" or \"full\"");
  }
  auto regex = spec.regexes.Get(regex_text.value());
  if (!regex.ok()) {
    return Status::Error("pattern " + QuoteForMessage(regex_text.value(), 80) + ": " +
                         regex.error());
  }
  return std::shared_ptr<Check>(std::make_shared<PatternCheck>(
      regex.value(), anchoring.value() == "full", spec.source));
}

}  // namespace shapeguard::internal
