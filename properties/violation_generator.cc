// One-violation instances: a valid instance, one position in it, one rule broken there by
// construction (from the rule's own arguments), and the pointer and code the validator must
// report. Where a rule cannot be broken alone (a pattern beside an enum, say) the position
// is not offered for that rule.
#include <re2/re2.h>

#include <functional>

#include "checks/patch_operation.h"
#include "choice.h"
#include "instance_generator.h"
#include "kinds/kind_generators.h"
#include "program.h"
#include "schema_internals.h"
#include "shapeguard/json_pointer.h"
#include "string_generator.h"
#include "utf8.h"
#include "value_generator.h"

namespace shapeguard::properties {

using internal::Check;
using internal::CheckList;
using internal::Node;
using internal::Program;
using internal::ShapeType;
using internal::Slot;
using nlohmann::json;

namespace {

using Tokens = std::vector<std::string>;

// Name of a member no shape declares.
constexpr char kUndeclared[] = "zzUndeclaredMember";

// Collections grow past their maximum only when that maximum is this small.
constexpr std::uint64_t kMaxGrowth = 64;

// Valid instances drawn in search of a place for the requested rule.
constexpr int kAttempts = 50;

// Strings grow past their maximum length only when it is this small.
constexpr std::uint64_t kMaxLongString = 5000;

// A position of the valid document: a value, or a map entry's key.
struct Site {
  Tokens path;
  const Slot* slot;
  bool is_key = false;
};

// A way to break one rule at one site: it edits the document and returns the pointer the
// validator must report.
struct Candidate {
  Code code;
  std::string description;
  std::function<std::string(json& doc)> apply;
};

// The value at path, which the valid document has: sites are collected from it.
const json& At(const json& doc, const Tokens& path) {
  const json* value = ResolvePointer(doc, RenderPointer(path));
  if (!value) throw rc::GenerationFailure("no value at " + RenderPointer(path));
  return *value;
}

// The same, to edit: the document is not const, so neither is the value found in it.
json& At(json& doc, const Tokens& path) {
  return const_cast<json&>(At(static_cast<const json&>(doc), path));
}

Tokens Child(Tokens path, const std::string& token) {
  path.push_back(token);
  return path;
}

void CollectSites(const Program& program, const Slot& slot, const json& value, Tokens& path,
                  std::vector<Site>& out) {
  out.push_back({path, &slot});
  const Node& node = program.nodes[slot.node];
  if (node.type == ShapeType::kStructure && value.is_object()) {
    for (const auto& member : node.members) {
      if (!value.contains(member.name)) continue;
      path.push_back(member.name);
      CollectSites(program, member.slot, value.at(member.name), path, out);
      path.pop_back();
    }
  } else if (node.type == ShapeType::kList && value.is_array()) {
    for (std::size_t i = 0; i < value.size(); ++i) {
      path.push_back(std::to_string(i));
      CollectSites(program, node.item, value[i], path, out);
      path.pop_back();
    }
  } else if (node.type == ShapeType::kMap && value.is_object()) {
    for (const auto& [key, entry] : value.items()) {
      path.push_back(key);
      out.push_back({path, &node.key, true});
      CollectSites(program, node.value, entry, path, out);
      path.pop_back();
    }
  }
}

json WrongType(ShapeType type) {
  switch (type) {
    case ShapeType::kStructure:
    case ShapeType::kMap:
      return json::array();
    case ShapeType::kList:
      return json::object();
    case ShapeType::kString:
    case ShapeType::kBlob:
      return 12345;
    case ShapeType::kBoolean:
      return "true";
    case ShapeType::kTimestamp:
      return true;
    default:
      return "12";
  }
}

// Replaces a string value, or renames a map key (the pointer then names the new key).
// Returns the pointer, or "" when the new key is already taken.
std::string ReplaceString(json& doc, const Site& site, const std::string& text) {
  if (!site.is_key) {
    At(doc, site.path) = text;
    return RenderPointer(site.path);
  }
  Tokens parent(site.path.begin(), site.path.end() - 1);
  json& map = At(doc, parent);
  if (map.contains(text)) throw rc::GenerationFailure("the new key is taken");
  json moved = std::move(map.at(site.path.back()));
  map.erase(site.path.back());
  map[text] = std::move(moved);
  return RenderPointer(Child(parent, text));
}

// Strings that break a pattern (checked with RE2 itself, not the validator) within bounds.
// The regex is compiled once per call: compiling it per candidate made one generation take
// seconds on schemas with many patterns (a structured_validate fuzzer timeout).
std::vector<std::string> PatternBreakers(ShapeType type, const Check& pattern,
                                         LengthBounds bounds) {
  std::vector<std::string> candidates;
  std::uint64_t n = std::max<std::uint64_t>(bounds.min, 1);
  for (const char* unit : {"!", " ", "~", "\xC3\xA9", "#", "\n", "@", "-"}) {
    std::string s;
    for (std::uint64_t i = 0; i < n && i < kMaxLongString; ++i) s += unit;
    candidates.push_back(s);
  }
  candidates.push_back("");
  RE2::Options options;
  options.set_log_errors(false);
  RE2 regex(pattern.args().at("regex").get<std::string>(), options);
  bool full = pattern.args().at("anchoring") == "full";
  std::vector<std::string> breakers;
  for (const std::string& s : candidates) {
    if (!bounds.Contains(MeasureLength(type, s))) continue;
    bool matches = full ? RE2::FullMatch(s, regex) : RE2::PartialMatch(s, regex);
    if (!matches) breakers.push_back(s);
  }
  return breakers;
}

// The first check whose kind has a row in the kinds table (kinds/), or nullptr.
const Check* KindCheck(const CheckList& checks) {
  for (const auto& check : checks) {
    if (FindKindGenerator(check->kind())) return check.get();
  }
  return nullptr;
}

void StringCandidates(const Site& site, ShapeType type, std::vector<Candidate>& out) {
  const CheckList& checks = site.slot->checks;
  LengthBounds bounds = LengthOf(checks);
  const Check* enumeration = FindCheck(checks, "enum");
  const Check* pattern = FindCheck(checks, "pattern");
  auto replace_with = [site](std::string text) {
    return [site, text = std::move(text)](json& doc) { return ReplaceString(doc, site, text); };
  };
  // A kind of the table is met whole: break it (or nothing) there, never its length.
  if (const Check* kind_check = KindCheck(checks)) {
    const KindGenerator& row = *FindKindGenerator(kind_check->kind());
    if (!row.breaker || pattern || enumeration) return;
    Breaker breaker = row.breaker(kind_check->args());
    if (bounds.Contains(MeasureLength(type, breaker.value))) {
      out.push_back(
          {breaker.code, "broke the " + kind_check->kind() + " rule", replace_with(breaker.value)});
    }
    return;
  }
  if (enumeration && !pattern) {
    for (std::string text : {"NOT_A_MEMBER", "X", "?"}) {
      bool member = false;
      for (const auto& v : enumeration->args().at("values")) member = member || v == text;
      if (!member && bounds.Contains(MeasureLength(type, text))) {
        out.push_back({Code::kEnum, "a value outside the enum", replace_with(text)});
        break;
      }
    }
  }
  if (pattern && !enumeration) {
    std::vector<std::string> breakers = PatternBreakers(type, *pattern, bounds);
    if (!breakers.empty()) {
      out.push_back(
          {Code::kPattern, "a value the pattern does not match",
           [site, breakers](json& doc) { return ReplaceString(doc, site, PickFrom(breakers)); }});
    }
  }
  if (FindCheck(checks, "length") && !enumeration) {
    std::optional<Regex::Repetition> repetition;
    std::optional<Regex> regex;
    if (pattern) {
      auto parsed = RegexOf(pattern->args().at("regex").get<std::string>());
      if (!parsed.ok() || !(repetition = parsed.value().SingleClassRepetition())) return;
      regex = parsed.value();
    }
    auto make = [site, type, regex](std::uint64_t count) {
      return [site, type, regex, count](json& doc) {
        std::string text;
        if (regex) {
          text = *regex->RepeatedClass(count);
        } else if (type == ShapeType::kBlob) {
          text = std::string(count, 'b');
        } else {
          text = GenerateText(count);
        }
        return ReplaceString(doc, site, text);
      };
    };
    std::uint64_t rep_min = repetition ? repetition->min : 0;
    std::uint64_t rep_max = repetition ? repetition->max : UINT64_MAX;
    if (bounds.max < kMaxLongString && bounds.max + 1 <= rep_max) {
      out.push_back({Code::kLength, "a value one longer than the maximum", make(bounds.max + 1)});
    }
    if (bounds.min >= 1 && bounds.min - 1 >= rep_min) {
      out.push_back({Code::kLength, "a value one shorter than the minimum", make(bounds.min - 1)});
    }
  }
}

void NumberCandidates(const Site& site, ShapeType type, std::vector<Candidate>& out) {
  auto set = [site](json value) {
    return [site, value = std::move(value)](json& doc) {
      At(doc, site.path) = value;
      return RenderPointer(site.path);
    };
  };
  bool integral = type == ShapeType::kInteger || type == ShapeType::kLong;
  if (const Check* range = FindCheck(site.slot->checks, "range")) {
    if (range->args().contains("max")) {
      double max = range->args()["max"].get<double>();
      double over = integral ? std::floor(max) + 1 : max + 1;
      if (!(type == ShapeType::kInteger && over > INT32_MAX)) {
        out.push_back({Code::kRange, "a number above the maximum",
                       set(integral ? json(static_cast<std::int64_t>(over)) : json(over))});
      }
    }
    if (range->args().contains("min")) {
      double min = range->args()["min"].get<double>();
      double under = integral ? std::ceil(min) - 1 : min - 1;
      if (!(type == ShapeType::kInteger && under < INT32_MIN)) {
        out.push_back({Code::kRange, "a number below the minimum",
                       set(integral ? json(static_cast<std::int64_t>(under)) : json(under))});
      }
    }
  }
  if (type == ShapeType::kInteger)
    out.push_back({Code::kRange, "a number past 32 bits", set(2147483648LL)});
  if (type == ShapeType::kLong) {
    out.push_back(
        {Code::kRange, "a number past 64 bits", set(json(std::uint64_t{9223372036854775808ULL}))});
  }
  if (type == ShapeType::kFloat) out.push_back({Code::kRange, "a number past float", set(1e39)});
}

void StructureCandidates(const Program& program, const Site& site, const json& value,
                         std::vector<Candidate>& out) {
  const Node& node = program.nodes[site.slot->node];
  Tokens path = site.path;
  if (!node.is_union) {
    for (const auto& member : node.members) {
      if (!member.required || !value.contains(member.name)) continue;
      std::string name = member.name;
      out.push_back({Code::kRequired, "removed a required member", [path, name](json& doc) {
                       At(doc, path).erase(name);
                       return RenderPointer(Child(path, name));
                     }});
    }
  }
  if (!node.FindMember(kUndeclared)) {
    out.push_back({Code::kUnknown, "added an undeclared member", [path](json& doc) {
                     At(doc, path)[kUndeclared] = 1;
                     return RenderPointer(Child(path, kUndeclared));
                   }});
  }
  if (node.is_union && node.members.size() >= 2 && value.size() == 1) {
    const Program* p = &program;
    const Node* n = &node;
    out.push_back({Code::kUnion, "set a second member of a union", [path, p, n](json& doc) {
                     json& object = At(doc, path);
                     for (const auto& member : n->members) {
                       if (!object.contains(member.name)) {
                         object[member.name] = GenerateSlot(*p, member.slot, kOptionalDepth);
                         break;
                       }
                     }
                     return RenderPointer(path);
                   }});
  }
}

void PatchCandidates(const internal::PatchTable& table, const Site& site, const json& value,
                     std::vector<Candidate>& out) {
  Tokens path = site.path;
  auto at = [path](const char* member) { return RenderPointer(Child(path, member)); };
  bool has_move = std::find(table.ops.begin(), table.ops.end(), "move") != table.ops.end();
  if (!has_move) {
    out.push_back({Code::kPatch, "an op the resource does not support", [path, at](json& doc) {
                     json& op = At(doc, path);
                     op["op"] = "move";
                     op["from"] = "/a";
                     return at("op");
                   }});
  }
  std::string op = value.value("op", "");
  if ((op == "add" || op == "replace") && value.contains("value")) {
    out.push_back({Code::kPatch, "removed the value an op needs", [path, at](json& doc) {
                     At(doc, path).erase("value");
                     return at("value");
                   }});
  }
  out.push_back({Code::kJsonPointer, "a path that is not a JSON Pointer", [path, at](json& doc) {
                   At(doc, path)["path"] = "zzNotAPointer";
                   return at("path");
                 }});
  if (table.paths.empty()) return;
  bool one_token_placeholder = std::any_of(
      table.paths.begin(), table.paths.end(),
      [](const auto& e) { return e.tokens.size() == 1 && internal::IsPlaceholder(e.tokens[0]); });
  if (!one_token_placeholder) {
    out.push_back({Code::kPatch, "a path the resource does not have", [path, at](json& doc) {
                     At(doc, path)["path"] = "/zzNotAPath";
                     return at("path");
                   }});
  }
  for (const internal::PatchPath& entry : table.paths) {
    bool method_setting =
        !entry.tokens.empty() && entry.tokens[0] == "{resourcePath}" &&
        std::find(entry.ops.begin(), entry.ops.end(), "replace") != entry.ops.end();
    if (!method_setting) continue;
    const internal::PatchPath* e = &entry;
    out.push_back({Code::kMethodSetting, "a method-setting path with an unescaped resource path",
                   [path, at, e](json& doc) {
                     Tokens tokens = e->tokens;
                     tokens[0] = "pets";  // a resource path must start with "/" ("~1")
                     for (std::size_t i = 1; i < tokens.size(); ++i) {
                       if (tokens[i] == "{httpMethod}") tokens[i] = "GET";
                     }
                     json op = {{"op", "replace"}, {"path", RenderPointer(tokens)}};
                     op["value"] = e->value ? GeneratePatchValue(*e->value) : std::string("x");
                     At(doc, path) = op;
                     return at("path");
                   }});
    break;
  }
}

std::vector<Candidate> Candidates(const Program& program, const Site& site, const json& doc) {
  std::vector<Candidate> out;
  const Node& node = program.nodes[site.slot->node];
  if (site.is_key) {
    StringCandidates(site, ShapeType::kString, out);
    return out;
  }
  const json& value = At(doc, site.path);
  if (node.type != ShapeType::kDocument) {
    Tokens path = site.path;
    json wrong = WrongType(node.type);
    out.push_back({Code::kType, "a value of the wrong JSON type", [path, wrong](json& d) {
                     At(d, path) = wrong;
                     return RenderPointer(path);
                   }});
  }
  switch (node.type) {
    case ShapeType::kStructure:
      StructureCandidates(program, site, value, out);
      for (const auto& check : site.slot->checks) {
        if (const auto* table = internal::PatchTableOf(*check))
          PatchCandidates(*table, site, value, out);
      }
      break;
    case ShapeType::kString:
    case ShapeType::kBlob:
      StringCandidates(site, node.type, out);
      break;
    case ShapeType::kTimestamp: {
      Tokens path = site.path;
      out.push_back({Code::kTimestamp, "a string that is not a date-time", [path](json& d) {
                       At(d, path) = "not-a-timestamp";
                       return RenderPointer(path);
                     }});
      break;
    }
    case ShapeType::kList:
    case ShapeType::kMap:
      break;  // size: below
    default:
      if (internal::IsNumeric(node.type)) NumberCandidates(site, node.type, out);
      break;
  }
  if ((node.type == ShapeType::kList || node.type == ShapeType::kMap)) {
    if (const Check* size = FindCheck(site.slot->checks, "size")) {
      const Program* p = &program;
      const Node* n = &node;
      Tokens path = site.path;
      std::uint64_t min = size->args().value("min", std::uint64_t{0});
      std::uint64_t max = size->args().value("max", UINT64_MAX);
      if (min >= 1 && value.size() >= min) {
        out.push_back({Code::kSize, "too few entries", [path, min](json& d) {
                         json& c = At(d, path);
                         while (c.size() > min - 1) {
                           if (c.is_array()) {
                             c.erase(c.size() - 1);
                           } else {
                             c.erase(c.begin());
                           }
                         }
                         return RenderPointer(path);
                       }});
      }
      if (max < kMaxGrowth) {
        out.push_back({Code::kSize, "too many entries", [path, max, p, n](json& d) {
                         json& c = At(d, path);
                         for (int attempt = 0; c.size() <= max && attempt < 1000; ++attempt) {
                           if (c.is_array()) {
                             c.push_back(GenerateSlot(*p, n->item, kOptionalDepth));
                           } else {
                             std::string key = GenerateString(ShapeType::kString, n->key.checks);
                             if (!c.contains(key))
                               c[key] = GenerateSlot(*p, n->value, kOptionalDepth);
                           }
                         }
                         if (c.size() <= max)
                           throw rc::GenerationFailure("not enough distinct keys");
                         return RenderPointer(path);
                       }});
      }
    }
  }
  return out;
}

}  // namespace

const std::vector<Code>& ViolationKinds() {
  static const std::vector<Code> kinds = {
      Code::kRequired,  Code::kType,          Code::kUnknown,   Code::kLength,
      Code::kSize,      Code::kRange,         Code::kEnum,      Code::kPattern,
      Code::kTimestamp, Code::kUnion,         Code::kAccessLog, Code::kArn,
      Code::kMapping,   Code::kMethodSetting, Code::kPatch,     Code::kJsonPointer};
  return kinds;
}

rc::Gen<Violation> OneViolation(std::shared_ptr<const Schema> schema, std::optional<Code> code) {
  return rc::gen::exec([schema = std::move(schema), code] {
    const Program& program = internal::ProgramOf(*schema);
    json document;
    std::vector<Candidate> candidates;
    // The place for a rule may be optional (a map, a list): draw valid instances until one
    // has it.
    for (int attempt = 0; attempt < kAttempts && candidates.empty(); ++attempt) {
      document = GenerateSlot(program, internal::RootOf(*schema), 0);
      std::vector<Site> sites;
      Tokens path;
      CollectSites(program, internal::RootOf(*schema), document, path, sites);
      for (const Site& site : sites) {
        for (Candidate& c : Candidates(program, site, document)) {
          if (!code || c.code == *code) candidates.push_back(std::move(c));
        }
      }
    }
    if (candidates.empty()) {
      std::string rule = code ? std::string(CodeName(*code)) : "a rule";
      throw rc::GenerationFailure("no place to break " + rule);
    }
    const Candidate& chosen = candidates[Pick<std::size_t>(0, candidates.size())];
    Violation violation;
    violation.pointer = chosen.apply(document);
    violation.code = chosen.code;
    violation.description = chosen.description;
    violation.document = std::move(document);
    return violation;
  });
}

}  // namespace shapeguard::properties
