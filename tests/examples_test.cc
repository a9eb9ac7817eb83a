// Every document under examples/ validates as its directory's expected.json says: the
// verdict and the exact list of {path, code}, in order.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "shapeguard/catalog.h"

namespace shapeguard {
namespace {

namespace fs = std::filesystem;

struct Example {
  std::string operation;  // "apigatewayv2.CreateStage"
  fs::path file;
  nlohmann::json expected;  // {"valid": bool, "errors": [{"path", "code"}]}
};

// Test names already say which file; print only that for a failing parameter.
void PrintTo(const Example& example, std::ostream* out) { *out << example.file; }

std::string ReadText(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

std::vector<Example> AllExamples() {
  std::vector<Example> examples;
  fs::path root = fs::path(SHAPEGUARD_SOURCE_DIR) / "examples";
  for (const auto& service : fs::directory_iterator(root)) {
    if (!service.is_directory()) continue;
    for (const auto& operation : fs::directory_iterator(service.path())) {
      if (!operation.is_directory()) continue;
      nlohmann::json expected = nlohmann::json::parse(ReadText(operation.path() / "expected.json"));
      for (const auto& file : fs::directory_iterator(operation.path())) {
        if (file.path().filename() == "expected.json") continue;
        std::string name = file.path().filename().string();
        examples.push_back(
            {service.path().filename().string() + "." + operation.path().filename().string(),
             file.path(), expected.value(name, nlohmann::json())});
      }
    }
  }
  std::sort(examples.begin(), examples.end(),
            [](const Example& a, const Example& b) { return a.file < b.file; });
  return examples;
}

class ExampleTest : public testing::TestWithParam<Example> {
 protected:
  static void SetUpTestSuite() { catalog_ = new Catalog(std::move(Catalog::Builtin().value())); }
  static void TearDownTestSuite() { delete catalog_; }
  static Catalog* catalog_;
};

Catalog* ExampleTest::catalog_ = nullptr;

TEST_P(ExampleTest, MatchesExpectedDiagnostics) {
  const Example& example = GetParam();
  ASSERT_TRUE(example.expected.is_object())
      << example.file << " has no entry in its directory's expected.json";
  std::string name = example.file.filename().string();
  ASSERT_TRUE(name.starts_with("request-") || name.starts_with("response-"))
      << "example files are named request-*.json or response-*.json";
  Direction direction = name.starts_with("response-") ? Direction::kOutput : Direction::kInput;
  auto schema = catalog_->GetSchema(example.operation, direction);
  ASSERT_TRUE(schema.ok()) << schema.error();
  auto report = schema.value()->ValidateText(ReadText(example.file));
  ASSERT_TRUE(report.ok()) << report.error();

  nlohmann::json actual = nlohmann::json::array();
  for (const Diagnostic& d : report.value().errors) {
    actual.push_back({{"path", d.path}, {"code", std::string(CodeName(d.code))}});
  }
  nlohmann::json expected_errors = example.expected.value("errors", nlohmann::json::array());
  EXPECT_EQ(report.value().valid(), example.expected.at("valid").get<bool>());
  EXPECT_EQ(actual, expected_errors) << "messages:\n"
                                     << [&] {
                                          std::string all;
                                          for (const Diagnostic& d : report.value().errors)
                                            all += d.path + ": " + d.message + "\n";
                                          return all;
                                        }();
}

TEST(Examples, EveryExpectedEntryHasAFile) {
  fs::path root = fs::path(SHAPEGUARD_SOURCE_DIR) / "examples";
  for (const auto& entry : fs::recursive_directory_iterator(root)) {
    if (entry.path().filename() != "expected.json") continue;
    nlohmann::json expected = nlohmann::json::parse(ReadText(entry.path()));
    for (const auto& [name, value] : expected.items()) {
      EXPECT_TRUE(fs::exists(entry.path().parent_path() / name)) << entry.path() << ": " << name;
    }
  }
}

std::string ExampleName(const testing::TestParamInfo<Example>& info) {
  std::string name = info.param.operation + "_" + info.param.file.stem().string();
  for (char& c : name) {
    if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
  }
  return name;
}

INSTANTIATE_TEST_SUITE_P(All, ExampleTest, testing::ValuesIn(AllExamples()), ExampleName);

}  // namespace
}  // namespace shapeguard
