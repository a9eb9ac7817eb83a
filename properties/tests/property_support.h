// What the property suites share: the built-in catalog and every schema in it.
#ifndef SHAPEGUARD_PROPERTIES_TESTS_PROPERTY_SUPPORT_H_
#define SHAPEGUARD_PROPERTIES_TESTS_PROPERTY_SUPPORT_H_

#include <gtest/gtest.h>

#include <algorithm>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include "shapeguard/catalog.h"

namespace shapeguard::properties {

inline const Catalog& Builtin() {
  static const Catalog* catalog = new Catalog(std::move(Catalog::Builtin().value()));
  return *catalog;
}

// Every operation of every seeded service (the ones with overlays, scenarios and emulator
// routes), in both directions: every built-in service would take hours per property.
inline const std::vector<std::shared_ptr<const Schema>>& AllSchemas() {
  static const auto* schemas = [] {
    auto* out = new std::vector<std::shared_ptr<const Schema>>;
    for (const std::string& service : Builtin().SeededServices()) {
      for (const std::string& op : Builtin().Operations(service).value()) {
        for (Direction d : {Direction::kInput, Direction::kOutput}) {
          out->push_back(Builtin().GetSchema(service + "." + op, d).value());
        }
      }
    }
    return out;
  }();
  return *schemas;
}

// Test names already say which schema: print only that for a failing parameter.
inline void PrintTo(const std::shared_ptr<const Schema>& schema, std::ostream* out) {
  *out << schema->qualified_name() << " " << DirectionName(schema->direction());
}

// The schemas of one built-in service in one direction.
inline std::vector<std::shared_ptr<const Schema>> ServiceSchemas(const std::string& service,
                                                                 Direction direction) {
  std::vector<std::shared_ptr<const Schema>> out;
  for (const auto& schema : AllSchemas()) {
    if (schema->service() == service && schema->direction() == direction) out.push_back(schema);
  }
  return out;
}

// One test parameter per seeded service and direction: few processes, every operation.
struct ServiceDirection {
  std::string service;
  Direction direction;
};

inline std::vector<ServiceDirection> AllServiceDirections() {
  std::vector<ServiceDirection> out;
  for (const std::string& service : Builtin().SeededServices()) {
    for (Direction d : {Direction::kInput, Direction::kOutput}) out.push_back({service, d});
  }
  return out;
}

inline std::string ServiceDirectionName(const testing::TestParamInfo<ServiceDirection>& info) {
  return info.param.service + "_" + std::string(DirectionName(info.param.direction));
}

inline void PrintTo(const ServiceDirection& p, std::ostream* out) {
  *out << p.service << " " << DirectionName(p.direction);
}

inline std::shared_ptr<const Schema> BuiltinSchema(const std::string& name,
                                                   Direction direction = Direction::kInput) {
  return Builtin().GetSchema(name, direction).value();
}

// The {path: code} list of a report, as text for assertion messages.
inline std::string Describe(const Report& report) {
  std::string out;
  for (const Diagnostic& d : report.errors) {
    out += d.path + " " + std::string(CodeName(d.code)) + ": " + d.message + "\n";
  }
  return out;
}

// Patterns with the constructs the subset promises, beyond those the models use.
inline const std::vector<std::string> kExtraPatterns = {"[A-Za-z0-9\\-._~:/?#&=,]+",
                                                        "^[a-z]{2,4}(-[0-9]+)?$",
                                                        "(?:ab|cd)*e?",
                                                        "[^/#\\n]{1,64}",
                                                        "\\d{3}\\.\\w+\\s?",
                                                        "x|y|z",
                                                        "a.c",
                                                        "[^a-z]+",
                                                        "(\\$LATEST|[A-Za-z0-9\\-_]{1,10})",
                                                        "\\p",
                                                        "é+[😀-😂]{2}",
                                                        "[\\]\\[]",
                                                        "a{0}b{2,}c{1,3}?",
                                                        "^$"};

// Every regex of the built-in models and overlays (pattern rules and ARN resource
// patterns), plus kExtraPatterns.
// Every distinct rule of the built-in services that `wanted` takes, in the order first
// reached (rules are shared between positions, so each is listed once).
template <typename Predicate>
std::vector<Constraint> BuiltinRules(Predicate wanted) {
  std::vector<Constraint> rules;
  for (const auto& schema : AllSchemas()) {
    for (const ShapeView& position : schema->shape().Positions()) {
      Constraints constraints = position.constraints();
      for (std::size_t i = 0; i < constraints.size(); ++i) {
        Constraint c = constraints[i];
        if (wanted(c) && std::find(rules.begin(), rules.end(), c) == rules.end()) {
          rules.push_back(c);
        }
      }
    }
  }
  return rules;
}

inline std::vector<std::string> BuiltinPatterns() {
  std::set<std::string> patterns(kExtraPatterns.begin(), kExtraPatterns.end());
  patterns.erase("\\p");
  for (const Constraint& c : BuiltinRules([](const Constraint&) { return true; })) {
    if (c.kind() == "pattern") patterns.insert(c.args()["regex"].get<std::string>());
    if (c.kind() == "arn") {
      for (const auto& kind : c.args()["kinds"]) patterns.insert(kind["resource"]);
    }
  }
  return {patterns.begin(), patterns.end()};
}

}  // namespace shapeguard::properties

#endif  // SHAPEGUARD_PROPERTIES_TESTS_PROPERTY_SUPPORT_H_
