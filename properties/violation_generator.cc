// One-violation instances: a valid instance, one position in it, one rule broken there by
// construction (from the rule's own arguments), and the pointer and code the validator must
// report. Where a rule cannot be broken alone (a pattern beside an enum, say) the position
// is not offered for that rule.
#include <re2/re2.h>

#include <functional>

#include "choice.h"
#include "instance_generator.h"
#include "shapeguard/json_pointer.h"
#include "shapeguard/patch_paths.h"
#include "shapeguard/utf8.h"
#include "string_generator.h"
#include "value_generator.h"

namespace shapeguard::properties {

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
  ShapeView shape;  // for a key, the map's key shape
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

void CollectSites(const ShapeView& shape, const json& value, Tokens& path, std::vector<Site>& out) {
  out.push_back({path, shape});
  ShapeKind kind = shape.kind();
  if (shape.has_members() && value.is_object()) {
    for (const MemberView& member : shape.members()) {
      if (!value.contains(member.name())) continue;
      path.push_back(member.name());
      CollectSites(member.shape(), value.at(member.name()), path, out);
      path.pop_back();
    }
  } else if (kind == ShapeKind::kList && value.is_array()) {
    ShapeView item = *shape.list_member();
    for (std::size_t i = 0; i < value.size(); ++i) {
      path.push_back(std::to_string(i));
      CollectSites(item, value[i], path, out);
      path.pop_back();
    }
  } else if (kind == ShapeKind::kMap && value.is_object()) {
    ShapeView key_shape = *shape.map_key();
    ShapeView value_shape = *shape.map_value();
    for (const auto& [key, entry] : value.items()) {
      path.push_back(key);
      out.push_back({path, key_shape, true});
      CollectSites(value_shape, entry, path, out);
      path.pop_back();
    }
  }
}

bool IsNumeric(ShapeKind kind) {
  return kind == ShapeKind::kInteger || kind == ShapeKind::kLong || kind == ShapeKind::kFloat ||
         kind == ShapeKind::kDouble;
}

json WrongType(ShapeKind kind) {
  switch (kind) {
    case ShapeKind::kStructure:
    case ShapeKind::kUnion:
    case ShapeKind::kMap:
      return json::array();
    case ShapeKind::kList:
      return json::object();
    case ShapeKind::kString:
    case ShapeKind::kBlob:
      return 12345;
    case ShapeKind::kBoolean:
      return "true";
    case ShapeKind::kTimestamp:
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

// Strings that break a pattern (checked by the rule alone, not the whole validator) within
// bounds.
std::vector<std::string> PatternBreakers(ShapeKind kind, const Constraint& pattern,
                                         LengthBounds bounds) {
  std::vector<std::string> candidates;
  std::uint64_t n = std::max<std::uint64_t>(bounds.min, 1);
  for (const char* unit : {"!", " ", "~", "\xC3\xA9", "#", "\n", "@", "-"}) {
    std::string s;
    for (std::uint64_t i = 0; i < n && i < kMaxLongString; ++i) s += unit;
    candidates.push_back(s);
  }
  candidates.push_back("");
  std::vector<std::string> breakers;
  for (const std::string& s : candidates) {
    if (!bounds.Contains(MeasureLength(kind, s))) continue;
    if (!pattern.CheckString(s).empty()) breakers.push_back(s);
  }
  return breakers;
}

// False for a map whose keys are an enum of at most `count` values: it cannot hold more
// entries than that, so its size cannot be broken from above.
bool HasMoreKeysThan(const ShapeView& shape, std::uint64_t count) {
  if (shape.kind() != ShapeKind::kMap) return true;
  std::optional<Constraint> keys = shape.map_key()->constraints().Find("enum");
  return !keys || keys->args().at("values").size() > count;
}

void StringCandidates(const Site& site, ShapeKind kind, std::vector<Candidate>& out) {
  Constraints constraints = site.shape.constraints();
  LengthBounds bounds = LengthOf(constraints);
  std::optional<Constraint> enumeration = constraints.Find("enum");
  std::optional<Constraint> pattern = constraints.Find("pattern");
  auto replace_with = [site](std::string text) {
    return [site, text = std::move(text)](json& doc) { return ReplaceString(doc, site, text); };
  };
  // A rule met whole: break it (or nothing) there, never its length.
  if (std::optional<Constraint> whole = constraints.FindMetWhole()) {
    std::optional<Breaker> breaker = whole->Break();
    if (!breaker || pattern || enumeration) return;
    if (bounds.Contains(MeasureLength(kind, breaker->value))) {
      out.push_back(
          {breaker->code, "broke the " + whole->kind() + " rule", replace_with(breaker->value)});
    }
    return;
  }
  if (enumeration && !pattern) {
    for (std::string text : {"NOT_A_MEMBER", "X", "?"}) {
      bool member = false;
      for (const auto& v : enumeration->args().at("values")) member = member || v == text;
      if (!member && bounds.Contains(MeasureLength(kind, text))) {
        out.push_back({Code::kEnum, "a value outside the enum", replace_with(text)});
        break;
      }
    }
  }
  if (pattern && !enumeration) {
    std::vector<std::string> breakers = PatternBreakers(kind, *pattern, bounds);
    if (!breakers.empty()) {
      out.push_back(
          {Code::kPattern, "a value the pattern does not match",
           [site, breakers](json& doc) { return ReplaceString(doc, site, PickFrom(breakers)); }});
    }
  }
  if (constraints.Find("length") && !enumeration) {
    std::optional<Regex::Repetition> repetition;
    std::optional<Regex> regex;
    if (pattern) {
      auto parsed = RegexOf(pattern->args().at("regex").get<std::string>());
      if (!parsed.ok() || !(repetition = parsed.value().SingleClassRepetition())) return;
      regex = parsed.value();
    }
    auto make = [site, kind, regex](std::uint64_t count) {
      return [site, kind, regex, count](json& doc) {
        std::string text;
        if (regex) {
          text = *regex->RepeatedClass(count);
        } else if (kind == ShapeKind::kBlob) {
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

void NumberCandidates(const Site& site, ShapeKind kind, std::vector<Candidate>& out) {
  auto set = [site](json value) {
    return [site, value = std::move(value)](json& doc) {
      At(doc, site.path) = value;
      return RenderPointer(site.path);
    };
  };
  bool integral = kind == ShapeKind::kInteger || kind == ShapeKind::kLong;
  if (std::optional<Constraint> range = site.shape.constraints().Find("range")) {
    if (range->args().contains("max")) {
      double max = range->args()["max"].get<double>();
      double over = integral ? std::floor(max) + 1 : max + 1;
      if (!(kind == ShapeKind::kInteger && over > INT32_MAX)) {
        out.push_back({Code::kRange, "a number above the maximum",
                       set(integral ? json(static_cast<std::int64_t>(over)) : json(over))});
      }
    }
    if (range->args().contains("min")) {
      double min = range->args()["min"].get<double>();
      double under = integral ? std::ceil(min) - 1 : min - 1;
      if (!(kind == ShapeKind::kInteger && under < INT32_MIN)) {
        out.push_back({Code::kRange, "a number below the minimum",
                       set(integral ? json(static_cast<std::int64_t>(under)) : json(under))});
      }
    }
  }
  if (kind == ShapeKind::kInteger)
    out.push_back({Code::kRange, "a number past 32 bits", set(2147483648LL)});
  if (kind == ShapeKind::kLong) {
    out.push_back(
        {Code::kRange, "a number past 64 bits", set(json(std::uint64_t{9223372036854775808ULL}))});
  }
  if (kind == ShapeKind::kFloat) out.push_back({Code::kRange, "a number past float", set(1e39)});
}

void StructureCandidates(const Site& site, const json& value, std::vector<Candidate>& out) {
  const ShapeView& shape = site.shape;
  bool is_union = shape.kind() == ShapeKind::kUnion;
  std::vector<MemberView> members = shape.members();
  Tokens path = site.path;
  if (!is_union) {
    for (const MemberView& member : members) {
      if (!member.required() || !value.contains(member.name())) continue;
      std::string name = member.name();
      out.push_back({Code::kRequired, "removed a required member", [path, name](json& doc) {
                       At(doc, path).erase(name);
                       return RenderPointer(Child(path, name));
                     }});
    }
  }
  if (!shape.FindMember(kUndeclared)) {
    out.push_back({Code::kUnknown, "added an undeclared member", [path](json& doc) {
                     At(doc, path)[kUndeclared] = 1;
                     return RenderPointer(Child(path, kUndeclared));
                   }});
  }
  if (is_union && members.size() >= 2 && value.size() == 1) {
    out.push_back({Code::kUnion, "set a second member of a union", [path, members](json& doc) {
                     json& object = At(doc, path);
                     for (const MemberView& member : members) {
                       if (!object.contains(member.name())) {
                         object[member.name()] = GenerateValue(member.shape(), kOptionalDepth);
                         break;
                       }
                     }
                     return RenderPointer(path);
                   }});
  }
}

void PatchCandidates(const PatchPaths& table, const Site& site, const json& value,
                     std::vector<Candidate>& out) {
  Tokens path = site.path;
  auto at = [path](const char* member) { return RenderPointer(Child(path, member)); };
  const std::vector<std::string>& ops = table.ops();
  bool has_move = std::find(ops.begin(), ops.end(), "move") != ops.end();
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
  const std::vector<PatchPathRow>& rows = table.rows();
  if (rows.empty()) return;
  bool one_token_placeholder = std::any_of(rows.begin(), rows.end(), [](const PatchPathRow& e) {
    return e.tokens.size() == 1 && IsPatchPlaceholder(e.tokens[0]);
  });
  if (!one_token_placeholder) {
    out.push_back({Code::kPatch, "a path the resource does not have", [path, at](json& doc) {
                     At(doc, path)["path"] = "/zzNotAPath";
                     return at("path");
                   }});
  }
  for (const PatchPathRow& entry : rows) {
    bool method_setting =
        !entry.tokens.empty() && entry.tokens[0] == "{resourcePath}" &&
        std::find(entry.ops.begin(), entry.ops.end(), "replace") != entry.ops.end();
    if (!method_setting) continue;
    const PatchPathRow* e = &entry;
    out.push_back({Code::kMethodSetting, "a method-setting path with an unescaped resource path",
                   [path, at, e](json& doc) {
                     Tokens tokens = e->tokens;
                     tokens[0] = "pets";  // a resource path must start with "/" ("~1")
                     for (std::size_t i = 1; i < tokens.size(); ++i) {
                       if (tokens[i] == "{httpMethod}") tokens[i] = "GET";
                     }
                     json op = {{"op", "replace"}, {"path", RenderPointer(tokens)}};
                     op["value"] =
                         e->value_rules ? GeneratePatchValue(*e->value_rules) : std::string("x");
                     At(doc, path) = op;
                     return at("path");
                   }});
    break;
  }
}

std::vector<Candidate> Candidates(const Site& site, const json& doc) {
  std::vector<Candidate> out;
  if (site.is_key) {
    StringCandidates(site, ShapeKind::kString, out);
    return out;
  }
  ShapeKind kind = site.shape.kind();
  const json& value = At(doc, site.path);
  if (kind != ShapeKind::kDocument) {
    Tokens path = site.path;
    json wrong = WrongType(kind);
    out.push_back({Code::kType, "a value of the wrong JSON type", [path, wrong](json& d) {
                     At(d, path) = wrong;
                     return RenderPointer(path);
                   }});
  }
  Constraints constraints = site.shape.constraints();
  switch (kind) {
    case ShapeKind::kStructure:
    case ShapeKind::kUnion:
      StructureCandidates(site, value, out);
      for (std::size_t i = 0; i < constraints.size(); ++i) {
        if (const PatchPaths* table = constraints[i].patch_paths())
          PatchCandidates(*table, site, value, out);
      }
      break;
    case ShapeKind::kString:
    case ShapeKind::kBlob:
      StringCandidates(site, kind, out);
      break;
    case ShapeKind::kTimestamp: {
      Tokens path = site.path;
      out.push_back({Code::kTimestamp, "a string that is not a date-time", [path](json& d) {
                       At(d, path) = "not-a-timestamp";
                       return RenderPointer(path);
                     }});
      break;
    }
    case ShapeKind::kList:
    case ShapeKind::kMap:
      break;  // size: below
    default:
      if (IsNumeric(kind)) NumberCandidates(site, kind, out);
      break;
  }
  if (kind == ShapeKind::kList || kind == ShapeKind::kMap) {
    if (std::optional<Constraint> size = constraints.Find("size")) {
      const ShapeView shape = site.shape;
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
      if (max < kMaxGrowth && HasMoreKeysThan(shape, max)) {
        out.push_back({Code::kSize, "too many entries", [path, max, shape](json& d) {
                         json& c = At(d, path);
                         for (int attempt = 0; c.size() <= max && attempt < 1000; ++attempt) {
                           if (c.is_array()) {
                             c.push_back(GenerateValue(*shape.list_member(), kOptionalDepth));
                           } else {
                             std::string key =
                                 GenerateString(ShapeKind::kString, shape.map_key()->constraints());
                             if (!c.contains(key))
                               c[key] = GenerateValue(*shape.map_value(), kOptionalDepth);
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
    ShapeView root = schema->shape();
    json document;
    std::vector<Candidate> candidates;
    // The place for a rule may be optional (a map, a list): draw valid instances until one
    // has it.
    for (int attempt = 0; attempt < kAttempts && candidates.empty(); ++attempt) {
      document = GenerateValue(root, 0);
      std::vector<Site> sites;
      Tokens path;
      CollectSites(root, document, path, sites);
      for (const Site& site : sites) {
        for (Candidate& c : Candidates(site, document)) {
          if (!code || c.code == *code) candidates.push_back(std::move(c));
        }
      }
    }
    if (candidates.empty()) {
      std::string rule = code ? std::string(CodeName(*code)) : "a rule";
      throw rc::GenerationFailure("no place to break " + rule);
    }
    // A candidate may find it cannot break its rule alone here (a map whose keys run out
    // before its maximum): then another is drawn.
    while (!candidates.empty()) {
      std::size_t i = Pick<std::size_t>(0, candidates.size());
      Violation violation;
      violation.document = document;
      try {
        violation.pointer = candidates[i].apply(violation.document);
      } catch (const rc::GenerationFailure&) {
        candidates.erase(candidates.begin() + static_cast<std::ptrdiff_t>(i));
        continue;
      }
      violation.code = candidates[i].code;
      violation.description = candidates[i].description;
      return violation;
    }
    throw rc::GenerationFailure("no rule can be broken alone in the documents drawn");
  });
}

}  // namespace shapeguard::properties
