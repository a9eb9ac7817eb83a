// "pattern": a regex a string (or map key) must match. Model patterns follow Smithy: a
// search, not anchored. Overlay rules say their anchoring: "search" or "full".
#include <memory>

#include "checks/args.h"
#include "checks/registry.h"
#include "shapeguard/utf8.h"

namespace shapeguard::internal {
namespace {

class PatternCheck : public Check {
 public:
  PatternCheck(std::shared_ptr<const Matcher> matcher, std::string source)
      : Check("pattern", std::move(source)), matcher_(std::move(matcher)) {}

  void Apply(const ValueView& value, Sink& sink) const override {
    if (matcher_->Matches(value.text)) return;
    sink.Error(
        *this, Code::kPattern,
        std::string(Subject(value)) + QuotedValue(value) + " does not match " + description());
  }

  bool NarrowAcceptor(StringAcceptor& acceptor) const override {
    std::size_t min = 0, max = 0;
    const SimpleRegex* simple = matcher_->simple();
    const AsciiClass* allowed = simple ? simple->SoleClass(min, max) : nullptr;
    if (!allowed || !acceptor.LimitBytes(*allowed)) return false;
    acceptor.LimitLength(min, max);
    return true;
  }

  std::string Describe() const override {
    return "the pattern " + matcher_->pattern() +
           (matcher_->full() ? " (whole value)" : " (search)");
  }

 private:
  std::shared_ptr<const Matcher> matcher_;
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
  auto matcher = spec.regexes.GetMatcher(regex_text.value(), anchoring.value() == "full");
  if (!matcher.ok()) {
    return Status::Error("pattern " + QuoteForMessage(regex_text.value(), 80) + ": " +
                         matcher.error());
  }
  return std::shared_ptr<Check>(std::make_shared<PatternCheck>(matcher.value(), spec.source));
}

}  // namespace shapeguard::internal
