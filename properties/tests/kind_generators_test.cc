// Each row of the kinds table (kinds/kind_generators.h) on an operation whose one member has
// a check of that kind: generated values meet the check, and the breaker's value is reported
// with the breaker's code at the member, as the only error.
#include "kinds/kind_generators.h"

#include <gtest/gtest.h>

#include <map>
#include <string>
#include <vector>

#include "instance_generator.h"
#include "run_property.h"
#include "shapeguard/catalog.h"

namespace shapeguard::properties {

// Rows print as their kind in test output (GoogleTest finds this by argument-dependent
// lookup, so it lives in the row type's namespace, not in the anonymous one).
void PrintTo(const KindGenerator& row, std::ostream* out) { *out << row.kind; }

namespace {

// A check's arguments for each kind of the table. A new row needs its sample here.
const std::map<std::string, std::string>& Samples() {
  static const std::map<std::string, std::string> samples = {
      {"arn", R"({"kinds": [{"name": "a log group", "service": "logs",
                             "resource": "log-group:[a-z0-9/_-]{1,40}", "hint": "h"}]})"},
      {"access-log-format", R"({"request_id_variables": ["$context.requestId"]})"},
      {"mapping", R"({"forms": [{"prefix": "integration.response.header.", "name": "header"},
                                {"prefix": "integration.response.body.",
                                 "name": "json-expression"}],
                      "static": true})"},
      {"http-method", "{}"},
      {"resource-path", "{}"},
      {"method-setting-key", "{}"},
  };
  return samples;
}

constexpr char kModel[] = R"({
  "metadata": {"apiVersion": "2024-01-01", "protocol": "rest-json", "serviceId": "KindSvc"},
  "operations": {"Put": {"name": "Put", "http": {"method": "POST", "requestUri": "/"},
                         "input": {"shape": "PutRequest"}}},
  "shapes": {"PutRequest": {"type": "structure", "required": ["Value"],
                            "members": {"Value": {"shape": "Text"}}},
             "Text": {"type": "string"}}})";

// kindsvc.Put's input, its Value member checked by the sample of kind.
std::shared_ptr<const Schema> SchemaFor(std::string_view kind) {
  auto sample = Samples().find(std::string(kind));
  EXPECT_NE(sample, Samples().end()) << "give " << kind << " a sample in Samples()";
  if (sample == Samples().end()) return nullptr;
  Catalog catalog;
  EXPECT_TRUE(catalog.AddModel("kindsvc", kModel, "test model").ok());
  Status added = catalog.AddOverlay(R"({"service": "kindsvc", "sources": {"test": "t"},
      "rules": [{"target": "PutRequest$Value", "check": ")" +
                                        sample->first + R"(", "args": )" + sample->second +
                                        R"(, "source": "test"}]})",
                                    "test overlay");
  EXPECT_TRUE(added.ok()) << added.message();
  auto schema = catalog.GetSchema("kindsvc.Put", Direction::kInput);
  EXPECT_TRUE(schema.ok()) << schema.error();
  return schema.ok() ? schema.value() : nullptr;
}

std::string RowName(const testing::TestParamInfo<KindGenerator>& info) {
  std::string name(info.param.kind);
  for (char& c : name) c = c == '-' ? '_' : c;
  return name;
}

std::vector<KindGenerator> RowsWithBreakers() {
  std::vector<KindGenerator> rows;
  for (const KindGenerator& row : KindGenerators()) {
    if (row.breaker) rows.push_back(row);
  }
  return rows;
}

class EveryRow : public testing::TestWithParam<KindGenerator> {};

TEST_P(EveryRow, GeneratesValuesTheCheckAccepts) {
  auto schema = SchemaFor(GetParam().kind);
  ASSERT_TRUE(schema);
  CheckProperty(
      [schema] {
        nlohmann::json document = *ValidInstance(schema);
        RC_LOG() << document.dump();
        RC_ASSERT(schema->Validate(document).valid());
      },
      PropertyCases(50));
}

INSTANTIATE_TEST_SUITE_P(Table, EveryRow, testing::ValuesIn(KindGenerators()), RowName);

class RowWithBreaker : public testing::TestWithParam<KindGenerator> {};

TEST_P(RowWithBreaker, BreaksTheCheckWithItsCode) {
  auto schema = SchemaFor(GetParam().kind);
  ASSERT_TRUE(schema);
  Breaker breaker =
      GetParam().breaker(nlohmann::json::parse(Samples().at(std::string(GetParam().kind))));
  nlohmann::json broken = {{"Value", breaker.value}};
  Report report = schema->Validate(broken);
  ASSERT_EQ(report.errors.size(), 1u) << breaker.value;
  EXPECT_EQ(report.errors[0].path, "/Value");
  EXPECT_EQ(report.errors[0].code, breaker.code);
  Violation violation = OneViolation(schema, breaker.code)(rc::Random(1), 10).value();
  EXPECT_EQ(violation.document["Value"], breaker.value);
  EXPECT_EQ(violation.pointer, "/Value");
  EXPECT_EQ(violation.description, "broke the " + std::string(GetParam().kind) + " rule");
}

INSTANTIATE_TEST_SUITE_P(Table, RowWithBreaker, testing::ValuesIn(RowsWithBreakers()), RowName);

}  // namespace
}  // namespace shapeguard::properties
