// Shared test helpers: a small model ("testsvc", tests/data/testsvc.json) with one shape of
// every kind, and assertions on the exact {path, code} list of a report.
#ifndef SHAPEGUARD_TESTS_TEST_SUPPORT_H_
#define SHAPEGUARD_TESTS_TEST_SUPPORT_H_

#include <gtest/gtest.h>

#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include "shapeguard/catalog.h"

namespace shapeguard::testing_support {

inline std::string ReadSourceFile(const std::string& relative) {
  // Appended rather than std::string(SHAPEGUARD_SOURCE_DIR) + "/" + ...: g++ 12 wrongly
  // warns (-Warray-bounds) that the latter reads past the first temporary.
  std::string path = SHAPEGUARD_SOURCE_DIR;
  path.append("/").append(relative);
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

// A catalog holding only testsvc, with the given overlay rules (a JSON array) if any.
inline Catalog TestCatalog(const std::string& overlay_rules = "") {
  Catalog catalog;
  EXPECT_TRUE(
      catalog.AddModel("testsvc", ReadSourceFile("tests/data/testsvc.json"), "testsvc").ok());
  if (!overlay_rules.empty()) {
    std::string overlay = R"({"service": "testsvc", "sources": {"test": "unit tests"}, "rules": )" +
                          overlay_rules + "}";
    Status s = catalog.AddOverlay(overlay, "test overlay");
    EXPECT_TRUE(s.ok()) << s.message();
  }
  return catalog;
}

using PathCodes = std::vector<std::pair<std::string, std::string>>;

inline PathCodes PathsAndCodes(const Report& report) {
  PathCodes out;
  for (const Diagnostic& d : report.errors) out.emplace_back(d.path, std::string(CodeName(d.code)));
  return out;
}

// Validates a document (JSON text) against testsvc.Put's input, or the named operation.
inline Report Validate(const Catalog& catalog, const std::string& json_text,
                       const std::string& operation = "testsvc.Put",
                       Direction direction = Direction::kInput,
                       const ValidateOptions& options = {}) {
  auto schema = catalog.GetSchema(operation, direction);
  EXPECT_TRUE(schema.ok()) << schema.error();
  if (!schema.ok()) return {};
  auto report = schema.value()->ValidateText(json_text, options);
  EXPECT_TRUE(report.ok()) << report.error();
  return report.ok() ? report.value() : Report{};
}

// The built-in catalog, shared by the tests of one binary.
inline const Catalog& BuiltinCatalog() {
  static const Catalog* catalog = new Catalog(std::move(Catalog::Builtin().value()));
  return *catalog;
}

// The {path, code} list of validating a document against a built-in operation.
inline PathCodes CheckBuiltin(const std::string& operation, const nlohmann::json& document,
                              Direction direction = Direction::kInput) {
  auto schema = BuiltinCatalog().GetSchema(operation, direction);
  EXPECT_TRUE(schema.ok()) << schema.error();
  if (!schema.ok()) return {};
  return PathsAndCodes(schema.value()->Validate(document));
}

// The messages of the same validation, for asserting on wording.
inline std::vector<std::string> MessagesBuiltin(const std::string& operation,
                                                const nlohmann::json& document,
                                                Direction direction = Direction::kInput) {
  std::vector<std::string> out;
  auto schema = BuiltinCatalog().GetSchema(operation, direction);
  if (!schema.ok()) return out;
  for (const Diagnostic& d : schema.value()->Validate(document).errors) out.push_back(d.message);
  return out;
}

}  // namespace shapeguard::testing_support

#endif  // SHAPEGUARD_TESTS_TEST_SUPPORT_H_
