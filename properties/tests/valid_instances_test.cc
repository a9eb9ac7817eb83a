// Property: every generated valid instance of every operation of the four services, in both
// directions, validates.
#include <gtest/gtest.h>

#include "instance_generator.h"
#include "property_support.h"
#include "run_property.h"

namespace shapeguard::properties {
namespace {

class ValidInstances : public testing::TestWithParam<ServiceDirection> {};

// Every operation of the service, each with the full number of cases.
TEST_P(ValidInstances, Validate) {
  for (const auto& schema : ServiceSchemas(GetParam().service, GetParam().direction)) {
    SCOPED_TRACE(schema->qualified_name());
    CheckProperty([schema] {
      nlohmann::json document = *ValidInstance(schema);
      Report report = schema->Validate(document);
      if (!report.valid()) RC_LOG() << document.dump() << "\n" << Describe(report);
      RC_ASSERT(report.valid());
    });
  }
}

// Valid instances must also exercise the optional parts of a shape, not only "{}".
TEST(ValidInstancesCoverage, OptionalMembersAppear) {
  auto schema = BuiltinSchema("apigatewayv2.CreateStage");
  std::size_t with_variables = 0, cases = 0;
  CheckProperty([&] {
    nlohmann::json document = *ValidInstance(schema);
    ++cases;
    if (document.contains("StageVariables") && !document["StageVariables"].empty())
      ++with_variables;
    RC_ASSERT(document.contains("ApiId") && document.contains("StageName"));
  });
  EXPECT_GT(with_variables, cases / 10) << with_variables << " of " << cases;
}

INSTANTIATE_TEST_SUITE_P(Builtin, ValidInstances, testing::ValuesIn(AllServiceDirections()),
                         ServiceDirectionName);

}  // namespace
}  // namespace shapeguard::properties
