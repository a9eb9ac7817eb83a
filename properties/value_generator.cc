#include "value_generator.h"

#include <algorithm>
#include <cfloat>
#include <cinttypes>
#include <cmath>
#include <cstdio>
#include <set>

#include "choice.h"
#include "shapeguard/json_pointer.h"
#include "string_generator.h"

namespace shapeguard::properties {

namespace {

// Collections get at most this many entries beyond their minimum.
constexpr std::uint64_t kCollectionSpread = 3;

// Unbounded numbers stay within this magnitude: large enough to matter, far from the edges
// of double precision.
constexpr double kUnboundedMagnitude = 1e9;

// Integers beyond 2^53 are not exact as doubles; generated integers stay inside.
constexpr double kExactIntegers = 9007199254740992.0;

// A collection's size: its minimum, plus up to kCollectionSpread above ground level.
std::uint64_t PickCount(const Constraints& constraints, int depth) {
  std::uint64_t min = 0, max = UINT64_MAX;
  if (std::optional<Constraint> size = constraints.Find("size")) {
    min = size->args().value("min", std::uint64_t{0});
    max = size->args().value("max", UINT64_MAX);
  }
  std::uint64_t spread = depth < kOptionalDepth ? kCollectionSpread : 0;
  return Pick<std::uint64_t>(min, std::min(max, min + spread) + 1);
}

bool Nests(ShapeKind kind) {
  return kind == ShapeKind::kStructure || kind == ShapeKind::kUnion || kind == ShapeKind::kList ||
         kind == ShapeKind::kMap;
}

// The union member to set: any, or deep down one that does not nest if there is one.
const MemberView& PickUnionMember(const std::vector<MemberView>& members, int depth) {
  if (depth >= kOptionalDepth) {
    for (const MemberView& member : members) {
      if (!Nests(member.shape().kind())) return member;
    }
  }
  return members[Pick<std::size_t>(0, members.size())];
}

// Appended rather than ("0" or "") + std::to_string(n): g++ 12 at -O3 wrongly warns
// (-Wstringop-overflow) that the latter copies more than any object can hold.
std::string TwoDigits(int n) { return std::string(n < 10 ? "0" : "").append(std::to_string(n)); }

nlohmann::json Timestamp() {
  switch (Pick(0, 3)) {
    case 0:
      return Pick<std::int64_t>(0, 4102444800);  // epoch seconds to 2100
    case 1:
      return Pick<std::int64_t>(0, 4102444800000) / 1000.0;
    default: {
      int year = Pick(1970, 2100);
      int month = Pick(1, 13);
      int day = Pick(1, 29);  // every month has a 28th
      std::string text = std::to_string(year) + "-" + TwoDigits(month) + "-" + TwoDigits(day) +
                         "T" + TwoDigits(Pick(0, 24)) + ":" + TwoDigits(Pick(0, 60)) + ":" +
                         TwoDigits(Pick(0, 60));
      if (Coin()) text.append(".").append(std::to_string(Pick(100, 1000)));  // see TwoDigits
      return text + (Coin() ? "Z" : "+02:00");
    }
  }
}

nlohmann::json Document() {
  static const std::vector<nlohmann::json> kSamples = {
      nullptr, 1, "text", nlohmann::json::array({1, "two"}),
      nlohmann::json{{"nested", {{"list", {true, false}}}}}};
  return PickFrom(kSamples);
}

nlohmann::json Number(ShapeKind kind, const Constraints& constraints) {
  NumberBounds b = BoundsOf(kind, constraints);
  if (b.integral) {
    auto lo = static_cast<std::int64_t>(std::ceil(b.min));
    auto hi = static_cast<std::int64_t>(std::floor(b.max));
    if (lo > hi) throw rc::GenerationFailure("an empty integer range");
    return Pick<std::int64_t>(lo, hi + 1);  // bounds stay within ±2^53
  }
  double fraction = Pick(0, 1000001) / 1e6;
  return b.min + (b.max - b.min) * fraction;
}

nlohmann::json Structure(const ShapeView& shape, int depth) {
  nlohmann::json object = nlohmann::json::object();
  std::vector<MemberView> members = shape.members();
  if (shape.kind() == ShapeKind::kUnion) {
    if (members.empty()) throw rc::GenerationFailure("a union without members");
    const MemberView& member = PickUnionMember(members, depth);
    nlohmann::json value = GenerateValue(member.shape(), depth + 1);
    // A null member is an unset one: a document member of a union gets a value.
    object[member.name()] = value.is_null() ? nlohmann::json::object() : std::move(value);
    return object;
  }
  for (const MemberView& member : members) {
    bool include = member.required() || (depth < kOptionalDepth && Coin());
    if (include) object[member.name()] = GenerateValue(member.shape(), depth + 1);
  }
  return object;
}

nlohmann::json Map(const ShapeView& shape, int depth) {
  std::uint64_t count = PickCount(shape.constraints(), depth);
  Constraints key_constraints = shape.map_key()->constraints();
  ShapeView value = *shape.map_value();
  nlohmann::json object = nlohmann::json::object();
  // Keys must be distinct; a key shape with few values may not reach the count.
  for (std::uint64_t attempt = 0; object.size() < count && attempt < 20 * count; ++attempt) {
    std::string key = GenerateString(ShapeKind::kString, key_constraints);
    if (!object.contains(key)) object[key] = GenerateValue(value, depth + 1);
  }
  // Fewer keys exist than were picked (an enum of two): as many as there are will do.
  std::uint64_t min = 0;
  if (std::optional<Constraint> size = shape.constraints().Find("size")) {
    min = size->args().value("min", std::uint64_t{0});
  }
  if (object.size() < min) throw rc::GenerationFailure("not enough distinct map keys");
  return object;
}

}  // namespace

NumberBounds BoundsOf(ShapeKind kind, const Constraints& constraints) {
  NumberBounds b{-kUnboundedMagnitude, kUnboundedMagnitude, false};
  if (kind == ShapeKind::kInteger) b = {INT32_MIN, INT32_MAX, true};
  if (kind == ShapeKind::kLong) b = {-kExactIntegers, kExactIntegers, true};
  if (std::optional<Constraint> range = constraints.Find("range")) {
    if (range->args().contains("min")) b.min = std::max(b.min, range->args()["min"].get<double>());
    if (range->args().contains("max")) b.max = std::min(b.max, range->args()["max"].get<double>());
  }
  return b;
}

nlohmann::json GenerateScalar(ShapeKind kind, const Constraints& constraints) {
  switch (kind) {
    case ShapeKind::kString:
    case ShapeKind::kBlob:
      return GenerateString(kind, constraints);
    case ShapeKind::kBoolean:
      return Coin();
    case ShapeKind::kTimestamp:
      return Timestamp();
    case ShapeKind::kDocument:
      return Document();
    default:
      return Number(kind, constraints);
  }
}

nlohmann::json GenerateValue(const ShapeView& shape, int depth) {
  if (depth > kMaxGeneratedDepth) {
    throw rc::GenerationFailure("shape " + shape.name() + " requires nesting deeper than " +
                                std::to_string(kMaxGeneratedDepth) + " levels");
  }
  Constraints constraints = shape.constraints();
  switch (shape.kind()) {
    case ShapeKind::kStructure:
    case ShapeKind::kUnion:
      for (std::size_t i = 0; i < constraints.size(); ++i) {
        if (const PatchPaths* table = constraints[i].patch_paths())
          return GeneratePatchOperation(*table);
      }
      return Structure(shape, depth);
    case ShapeKind::kList: {
      std::uint64_t count = PickCount(constraints, depth);
      ShapeView item = *shape.list_member();
      nlohmann::json list = nlohmann::json::array();
      for (std::uint64_t i = 0; i < count; ++i) list.push_back(GenerateValue(item, depth + 1));
      return list;
    }
    case ShapeKind::kMap:
      return Map(shape, depth);
    default:
      return GenerateScalar(shape.kind(), constraints);
  }
}

std::string GeneratePatchValue(const PatchRules& rules) {
  switch (rules.kind) {
    case ShapeKind::kBoolean:
      return Coin() ? "true" : "false";
    case ShapeKind::kTimestamp: {
      nlohmann::json t = Timestamp();
      return t.is_string() ? t.get<std::string>() : "2024-06-07T12:00:00Z";
    }
    case ShapeKind::kInteger:
    case ShapeKind::kLong:
    case ShapeKind::kFloat:
    case ShapeKind::kDouble: {
      nlohmann::json n = Number(rules.kind, rules.constraints);
      if (n.is_number_integer()) return std::to_string(n.get<std::int64_t>());
      char text[64];
      std::snprintf(text, sizeof text, "%.6f", n.get<double>());
      return text;
    }
    default:
      return GenerateString(rules.kind, rules.constraints);
  }
}

nlohmann::json GeneratePatchOperation(const PatchPaths& table) {
  nlohmann::json op = nlohmann::json::object();
  auto supported = [&](const std::string& o) {
    return std::find(table.ops().begin(), table.ops().end(), o) != table.ops().end();
  };
  if (table.rows().empty()) {
    std::vector<std::string> ops;
    for (const char* o : {"add", "remove", "replace"}) {
      if (supported(o)) ops.push_back(o);
    }
    if (ops.empty()) throw rc::GenerationFailure("no op to generate");
    op["op"] = PickFrom(ops);
    op["path"] = RenderPointer({GenerateText(Pick(1, 6))});
    if (op["op"] != "remove") op["value"] = GenerateText(Pick(0, 8));
    return op;
  }
  const PatchPathRow& entry = PickFrom(table.rows());
  std::vector<std::string> ops;
  for (const std::string& o : entry.ops) {
    if (supported(o) && (o != "copy" || !entry.from.empty())) ops.push_back(o);
  }
  if (ops.empty()) throw rc::GenerationFailure("a path without a supported op");
  std::string chosen = PickFrom(ops);
  std::vector<std::string> tokens;
  for (const std::string& token : entry.tokens) {
    if (!IsPatchPlaceholder(token)) {
      tokens.push_back(token);
      continue;
    }
    const PatchRules* rules = table.placeholder(token.substr(1, token.size() - 2));
    tokens.push_back(rules == nullptr ? std::string("x")
                                      : GenerateString(rules->kind, rules->constraints));
  }
  op["op"] = chosen;
  op["path"] = RenderPointer(tokens);
  if (chosen == "add" || chosen == "replace") {
    op["value"] =
        entry.value_rules ? GeneratePatchValue(*entry.value_rules) : GenerateText(Pick(0, 8));
  }
  if (chosen == "copy") op["from"] = PickFrom(entry.from);
  return op;
}

}  // namespace shapeguard::properties
