// "access-log-format": an access-log format must name the request ID and be one line.
//   {"request_id_variables": ["$context.requestId", "$context.extendedRequestId"]}
// One of the variables must appear as a whole token: "$context.requestIdentity" does not
// count. A newline may only be the last character; a carriage return is a line break too, so
// a final "\r\n" is refused (stricter than the wording, which names only the newline).
// (Length bounds are "length" rules.)
#include <algorithm>
#include <cstring>
#include <memory>
#include <string>
#include <vector>

#include "checks/args.h"
#include "checks/registry.h"
#include "checks/substring_search.h"
#include "checks/value_pieces.h"
#include "shapeguard/utf8.h"

namespace shapeguard::internal {
namespace {

bool IsVariableChar(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

// The offset of the first "\n" or "\r", or npos. (Two memchr passes: find_first_of would
// test every byte against the set one call at a time.)
std::size_t FirstLineBreak(std::string_view text) {
  const void* n = std::memchr(text.data(), '\n', text.size());
  const void* r = std::memchr(text.data(), '\r', text.size());
  if (!n && !r) return std::string_view::npos;
  const char* first = static_cast<const char*>(!n ? r : !r ? n : std::min(n, r));
  return static_cast<std::size_t>(first - text.data());
}

// True when the variable occurs in text not followed by a character that would extend it
// ("$context.requestIdentity" is another variable).
bool NamesVariable(std::string_view text, const SubstringSearch& variable) {
  for (std::size_t at = variable.Find(text); at != std::string_view::npos;
       at = variable.Find(text, at + 1)) {
    std::size_t after = at + variable.needle().size();
    if (after == text.size() || !IsVariableChar(text[after])) return true;
  }
  return false;
}

class AccessLogFormatCheck : public Check {
 public:
  AccessLogFormatCheck(std::vector<std::string> variables, std::string source)
      : Check("access-log-format", std::move(source)), variables_(std::move(variables)) {
    for (const std::string& variable : variables_) searches_.emplace_back(variable);
  }

  void Apply(const ValueView& value, Sink& sink) const override {
    std::string_view text = value.text;
    std::size_t line_break = FirstLineBreak(text);
    if (line_break != std::string_view::npos &&
        !(line_break + 1 == text.size() && text[line_break] == '\n')) {
      sink.Error(*this, Code::kAccessLog,
                 "the format must be a single line: a newline is allowed only as the last "
                 "character (found one at offset " +
                     std::to_string(line_break) + ")");
    }
    for (const SubstringSearch& search : searches_) {
      if (NamesVariable(text, search)) return;
    }
    sink.Error(*this, Code::kAccessLog,
               QuoteForMessage(text) + " does not contain " + VariablesText());
  }

  bool MetWhole() const override { return true; }

  // A single-line format holding a request-ID variable among others, as JSON lines or text.
  std::optional<std::string> Generate(Chooser& chooser) const override {
    static const std::vector<std::string> kOthers = {
        "$context.httpMethod",  "$context.status",   "$context.identity.sourceIp",
        "$context.requestTime", "$context.protocol", "$context.responseLength"};
    std::vector<std::string> parts;
    for (int n = Pick(chooser, 0, 4); n > 0; --n) parts.push_back(PickFrom(chooser, kOthers));
    std::string id =
        PickFrom(chooser, args().at("request_id_variables").get<std::vector<std::string>>());
    parts.insert(parts.begin() + Pick<std::size_t>(chooser, 0, parts.size() + 1), id);
    std::string out;
    if (Coin(chooser)) {  // JSON lines, as the API Gateway console suggests
      out = "{";
      for (std::size_t i = 0; i < parts.size(); ++i) {
        out += (i ? "," : "") + std::string("\"f") + std::to_string(i) + "\":\"" + parts[i] + "\"";
      }
      out += "}";
    } else {
      static const std::vector<std::string> kSeparators = {" ", ",", " - ", "|", " [", "] "};
      for (std::size_t i = 0; i < parts.size(); ++i) {
        out += (i ? PickFrom(chooser, kSeparators) : "") + parts[i];
      }
    }
    if (Coin(chooser)) out += "\n";  // a newline is allowed as the last character
    return out;
  }

  // "$context.requestIdentity" starts like the variable but is another token.
  std::optional<Breaker> Break() const override {
    return Breaker{Code::kAccessLog, "$context.requestIdentity $context.status"};
  }

  std::string Describe() const override {
    return "contains " + VariablesText() + "; a single line (a newline only at the end)";
  }

 private:
  std::string VariablesText() const {
    std::string out;
    for (std::size_t i = 0; i < variables_.size(); ++i) {
      if (i) out += " or ";
      out += variables_[i];
    }
    return out;
  }

  std::vector<std::string> variables_;
  std::vector<SubstringSearch> searches_;  // one per variable
};

}  // namespace

Result<std::shared_ptr<Check>> MakeAccessLogFormatCheck(const CheckSpec& spec) {
  if (Status s = ExpectTarget(spec.target, {ShapeType::kString}); !s.ok()) return s;
  if (Status s = ExpectOnlyArgs(spec.args, {"request_id_variables"}); !s.ok()) return s;
  auto variables = ReadStringListArg(spec.args, "request_id_variables");
  if (!variables.ok()) return variables.status();
  if (variables.value().empty()) return Status::Error("\"request_id_variables\" is empty");
  for (const std::string& v : variables.value()) {
    if (v.empty()) return Status::Error("\"request_id_variables\" has an empty name");
  }
  return std::shared_ptr<Check>(
      std::make_shared<AccessLogFormatCheck>(std::move(variables).value(), spec.source));
}

}  // namespace shapeguard::internal
