// Property: every generated valid instance of every operation of the four services, in both
// directions, validates.
#include <gtest/gtest.h>

#include "instance_generator.h"
#include "property_support.h"
#include "run_property.h"

namespace shapeguard::properties {
namespace {

class ValidInstances : public testing::TestWithParam<std::shared_ptr<const Schema>> {};

TEST_P(ValidInstances, Validate) {
  std::shared_ptr<const Schema> schema = GetParam();
  CheckProperty([schema] {
    nlohmann::json document = *ValidInstance(schema);
    Report report = schema->Validate(document);
    if (!report.valid()) RC_LOG() << document.dump() << "\n" << Describe(report);
    RC_ASSERT(report.valid());
  });
}

// Valid instances must also exercise the optional parts of a shape, not only "{}".
TEST(ValidInstancesCoverage, OptionalMembersAppear) {
  auto schema = BuiltinSchema("apigatewayv2.CreateStage");
  std::size_t with_variables = 0, cases = 0;
  CheckProperty([&] {
    nlohmann::json document = *ValidInstance(schema);
    ++cases;
    if (document.contains("StageVariables") && !document["StageVariables"].empty()) ++with_variables;
    RC_ASSERT(document.contains("ApiId") && document.contains("StageName"));
  });
  EXPECT_GT(with_variables, cases / 10) << with_variables << " of " << cases;
}

std::string SchemaName(const testing::TestParamInfo<std::shared_ptr<const Schema>>& info) {
  return info.param->service() + "_" + info.param->operation() + "_" +
         std::string(DirectionName(info.param->direction()));
}

INSTANTIATE_TEST_SUITE_P(Builtin, ValidInstances, testing::ValuesIn(AllSchemas()), SchemaName);

}  // namespace
}  // namespace shapeguard::properties
