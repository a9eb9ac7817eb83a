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

using internal::CheckList;
using internal::Node;
using internal::Program;
using internal::ShapeType;
using internal::Slot;

namespace {

// Collections get at most this many entries beyond their minimum.
constexpr std::uint64_t kCollectionSpread = 3;

// Unbounded numbers stay within this magnitude: large enough to matter, far from the edges
// of double precision.
constexpr double kUnboundedMagnitude = 1e9;

// Integers beyond 2^53 are not exact as doubles; generated integers stay inside.
constexpr double kExactIntegers = 9007199254740992.0;

std::uint64_t PickCount(const CheckList& checks) {
  std::uint64_t min = 0, max = UINT64_MAX;
  if (const auto* size = FindCheck(checks, "size")) {
    min = size->args().value("min", std::uint64_t{0});
    max = size->args().value("max", UINT64_MAX);
  }
  return Pick<std::uint64_t>(min, std::min(max, min + kCollectionSpread) + 1);
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

nlohmann::json Number(ShapeType type, const CheckList& checks) {
  NumberBounds b = BoundsOf(type, checks);
  if (b.integral) {
    auto lo = static_cast<std::int64_t>(std::ceil(b.min));
    auto hi = static_cast<std::int64_t>(std::floor(b.max));
    if (lo > hi) throw rc::GenerationFailure("an empty integer range");
    return Pick<std::int64_t>(lo, hi + 1);  // bounds stay within ±2^53
  }
  double fraction = Pick(0, 1000001) / 1e6;
  return b.min + (b.max - b.min) * fraction;
}

nlohmann::json Structure(const Program& program, const Node& node, int depth) {
  nlohmann::json object = nlohmann::json::object();
  if (node.is_union) {
    if (node.members.empty()) throw rc::GenerationFailure("a union without members");
    const auto& member = node.members[Pick<std::size_t>(0, node.members.size())];
    object[member.name] = GenerateSlot(program, member.slot, depth + 1);
    return object;
  }
  for (const auto& member : node.members) {
    bool include = member.required || (depth < kOptionalDepth && Coin());
    if (include) object[member.name] = GenerateSlot(program, member.slot, depth + 1);
  }
  return object;
}

nlohmann::json Map(const Program& program, const Node& node, const CheckList& checks, int depth) {
  std::uint64_t count = PickCount(checks);
  nlohmann::json object = nlohmann::json::object();
  // Keys must be distinct; a key shape with few values may not reach the count.
  for (std::uint64_t attempt = 0; object.size() < count && attempt < 20 * count; ++attempt) {
    std::string key = GenerateString(ShapeType::kString, node.key.checks);
    if (!object.contains(key)) object[key] = GenerateSlot(program, node.value, depth + 1);
  }
  if (object.size() < count) throw rc::GenerationFailure("not enough distinct map keys");
  return object;
}

}  // namespace

NumberBounds BoundsOf(ShapeType type, const CheckList& checks) {
  NumberBounds b{-kUnboundedMagnitude, kUnboundedMagnitude, false};
  if (type == ShapeType::kInteger) b = {INT32_MIN, INT32_MAX, true};
  if (type == ShapeType::kLong) b = {-kExactIntegers, kExactIntegers, true};
  if (const auto* range = FindCheck(checks, "range")) {
    if (range->args().contains("min")) b.min = std::max(b.min, range->args()["min"].get<double>());
    if (range->args().contains("max")) b.max = std::min(b.max, range->args()["max"].get<double>());
  }
  return b;
}

nlohmann::json GenerateScalar(ShapeType type, const CheckList& checks) {
  switch (type) {
    case ShapeType::kString:
    case ShapeType::kBlob:
      return GenerateString(type, checks);
    case ShapeType::kBoolean:
      return Coin();
    case ShapeType::kTimestamp:
      return Timestamp();
    case ShapeType::kDocument:
      return Document();
    default:
      return Number(type, checks);
  }
}

nlohmann::json GenerateSlot(const Program& program, const Slot& slot, int depth) {
  const Node& node = program.nodes[slot.node];
  switch (node.type) {
    case ShapeType::kStructure:
      for (const auto& check : slot.checks) {
        if (const auto* table = internal::PatchTableOf(*check))
          return GeneratePatchOperation(*table);
      }
      return Structure(program, node, depth);
    case ShapeType::kList: {
      std::uint64_t count = PickCount(slot.checks);
      nlohmann::json list = nlohmann::json::array();
      for (std::uint64_t i = 0; i < count; ++i)
        list.push_back(GenerateSlot(program, node.item, depth + 1));
      return list;
    }
    case ShapeType::kMap:
      return Map(program, node, slot.checks, depth);
    default:
      return GenerateScalar(node.type, slot.checks);
  }
}

std::string GeneratePatchValue(const internal::PatchRules& rules) {
  switch (rules.type) {
    case ShapeType::kBoolean:
      return Coin() ? "true" : "false";
    case ShapeType::kTimestamp: {
      nlohmann::json t = Timestamp();
      return t.is_string() ? t.get<std::string>() : "2024-06-07T12:00:00Z";
    }
    case ShapeType::kInteger:
    case ShapeType::kLong:
    case ShapeType::kFloat:
    case ShapeType::kDouble: {
      nlohmann::json n = Number(rules.type, rules.checks);
      if (n.is_number_integer()) return std::to_string(n.get<std::int64_t>());
      char text[64];
      std::snprintf(text, sizeof text, "%.6f", n.get<double>());
      return text;
    }
    default:
      return GenerateString(rules.type, rules.checks);
  }
}

nlohmann::json GeneratePatchOperation(const internal::PatchTable& table) {
  nlohmann::json op = nlohmann::json::object();
  auto supported = [&](const std::string& o) {
    return std::find(table.ops.begin(), table.ops.end(), o) != table.ops.end();
  };
  if (table.paths.empty()) {
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
  const internal::PatchPath& entry = PickFrom(table.paths);
  std::vector<std::string> ops;
  for (const std::string& o : entry.ops) {
    if (supported(o) && (o != "copy" || !entry.from.empty())) ops.push_back(o);
  }
  if (ops.empty()) throw rc::GenerationFailure("a path without a supported op");
  std::string chosen = PickFrom(ops);
  std::vector<std::string> tokens;
  for (const std::string& token : entry.tokens) {
    if (!internal::IsPlaceholder(token)) {
      tokens.push_back(token);
      continue;
    }
    auto rules = table.placeholders.find(token.substr(1, token.size() - 2));
    tokens.push_back(rules == table.placeholders.end()
                         ? std::string("x")
                         : GenerateString(rules->second.type, rules->second.checks));
  }
  op["op"] = chosen;
  op["path"] = RenderPointer(tokens);
  if (chosen == "add" || chosen == "replace") {
    op["value"] = entry.value ? GeneratePatchValue(*entry.value) : GenerateText(Pick(0, 8));
  }
  if (chosen == "copy") op["from"] = PickFrom(entry.from);
  return op;
}

}  // namespace shapeguard::properties
