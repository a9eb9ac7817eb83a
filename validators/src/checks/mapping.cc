// "mapping": a parameter-mapping key or value is one of the listed forms, a prefix followed by
// a name of some kind, or (when "static" is true) a static value in single quotes:
//   {"forms": [{"prefix": "integration.response.header.", "name": "header"},
//              {"prefix": "integration.response.body.", "name": "json-expression"}],
//    "static": true}
// Names: "header" is an HTTP header name (RFC 9110 token characters); "json-expression" a
// JSON path without the leading "$" (data.id, items[0].name, tags['a b']).
#include <memory>
#include <vector>

#include "checks/args.h"
#include "checks/registry.h"
#include "checks/value_pieces.h"
#include "shapeguard/utf8.h"

namespace shapeguard::internal {
namespace {

enum class NameKind { kHeader, kJsonExpression };

struct Form {
  std::string prefix;
  NameKind name;
};

bool IsTokenChar(char c) {
  static constexpr std::string_view kSymbols = "!#$%&'*+-.^_`|~";
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
         kSymbols.find(c) != std::string_view::npos;
}

bool IsHeaderName(std::string_view name) {
  if (name.empty()) return false;
  for (char c : name) {
    if (!IsTokenChar(c)) return false;
  }
  return true;
}

bool IsIdentifierChar(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
         c == '-';
}

// One bracket part at pos ("[0]", "[*]", "['name']"); advances pos.
bool ReadBracket(std::string_view text, std::size_t& pos) {
  if (pos >= text.size() || text[pos] != '[') return false;
  std::size_t close;
  if (pos + 1 < text.size() && text[pos + 1] == '\'') {
    close = text.find("']", pos + 2);
    if (close == std::string_view::npos || close == pos + 2) return false;
    pos = close + 2;
    return true;
  }
  close = text.find(']', pos + 1);
  if (close == std::string_view::npos || close == pos + 1) return false;
  std::string_view inside = text.substr(pos + 1, close - pos - 1);
  if (inside != "*") {
    for (char c : inside) {
      if (c < '0' || c > '9') return false;
    }
  }
  pos = close + 1;
  return true;
}

bool IsJsonExpression(std::string_view text) {
  std::size_t pos = 0;
  while (true) {
    std::size_t start = pos;
    if (pos < text.size() && text[pos] == '*') {
      ++pos;
    } else {
      while (pos < text.size() && IsIdentifierChar(text[pos])) ++pos;
    }
    if (pos == start) return false;
    while (pos < text.size() && text[pos] == '[') {
      if (!ReadBracket(text, pos)) return false;
    }
    if (pos == text.size()) return true;
    if (text[pos] != '.') return false;
    ++pos;
  }
}

std::string_view NameKindText(NameKind kind) {
  return kind == NameKind::kHeader ? "{header-name}" : "{JSON-expression}";
}

class MappingCheck : public Check {
 public:
  MappingCheck(std::vector<Form> forms, bool allow_static, std::string source)
      : Check("mapping", std::move(source)), forms_(std::move(forms)), static_(allow_static) {}

  void Apply(const ValueView& value, Sink& sink) const override {
    std::string_view text = value.text;
    if (static_ && text.size() >= 2 && text.front() == '\'' && text.back() == '\'') return;
    for (const Form& form : forms_) {
      if (text.substr(0, form.prefix.size()) != form.prefix) continue;
      std::string_view name = text.substr(form.prefix.size());
      bool ok = form.name == NameKind::kHeader ? IsHeaderName(name) : IsJsonExpression(name);
      if (ok) return;
      sink.Error(*this, Code::kMapping,
                 std::string(Subject(value)) + QuoteForMessage(text) + ": " +
                     QuoteForMessage(name) + " is not a valid " +
                     (form.name == NameKind::kHeader ? "header name (token characters)"
                                                     : "JSON expression (without \"$\")"));
      return;
    }
    sink.Error(*this, Code::kMapping,
               std::string(Subject(value)) + QuoteForMessage(text) + " is not " + description());
  }

  bool MetWhole() const override { return true; }

  // A value of one of the forms (or a quoted static value, where allowed).
  std::optional<std::string> Generate(Chooser& chooser) const override {
    if (args().value("static", false) && Coin(chooser)) {
      return "'" + Word(chooser, 0, 12, std::string(kAlnum) + " -;=,") + "'";
    }
    const nlohmann::json& form = PickFrom(chooser, args().at("forms"));
    std::string name;
    if (form.at("name") == "header") {
      name = Word(chooser, 1, 20, std::string(kAlnum) + "!#$%&'*+-.^_`|~");
    } else {
      int segments = Pick(chooser, 1, 4);
      for (int i = 0; i < segments; ++i) {
        name += (i ? "." : "") + Word(chooser, 1, 8, std::string(kAlnum) + "_-");
        if (Pick(chooser, 0, 4) == 0) name += "[" + std::to_string(Pick(chooser, 0, 10)) + "]";
      }
    }
    return form.at("prefix").get<std::string>() + name;
  }

  // A value of no form.
  std::optional<Breaker> Break() const override {
    return Breaker{Code::kMapping, "bogus.mapping.value"};
  }

  std::string Describe() const override {
    std::string out = "one of ";
    for (std::size_t i = 0; i < forms_.size(); ++i) {
      if (i) out += ", ";
      out += forms_[i].prefix + std::string(NameKindText(forms_[i].name));
    }
    if (static_) out += ", or a static value in single quotes";
    return out;
  }

 private:
  std::vector<Form> forms_;
  bool static_;
};

}  // namespace

Result<std::shared_ptr<Check>> MakeMappingCheck(const CheckSpec& spec) {
  if (Status s = ExpectTarget(spec.target, {ShapeType::kString}); !s.ok()) return s;
  if (Status s = ExpectOnlyArgs(spec.args, {"forms", "static"}); !s.ok()) return s;
  auto forms_json = spec.args.find("forms");
  if (forms_json == spec.args.end() || !forms_json->is_array() || forms_json->empty()) {
    return Status::Error("\"forms\" must be a non-empty array");
  }
  std::vector<Form> forms;
  for (const auto& entry : *forms_json) {
    if (Status s = ExpectOnlyArgs(entry, {"prefix", "name"}); !s.ok()) return s;
    auto prefix = ReadStringArg(entry, "prefix");
    if (!prefix.ok()) return prefix.status();
    auto name = ReadStringArg(entry, "name");
    if (!name.ok()) return name.status();
    if (name.value() != "header" && name.value() != "json-expression") {
      return Status::Error("\"name\" must be \"header\" or \"json-expression\"");
    }
    forms.push_back(
        {prefix.value(), name.value() == "header" ? NameKind::kHeader : NameKind::kJsonExpression});
  }
  auto allow_static = ReadBoolArg(spec.args, "static", false);
  if (!allow_static.ok()) return allow_static.status();
  return std::shared_ptr<Check>(
      std::make_shared<MappingCheck>(std::move(forms), allow_static.value(), spec.source));
}

}  // namespace shapeguard::internal
