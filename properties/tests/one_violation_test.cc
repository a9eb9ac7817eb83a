// Property: every one-violation instance is rejected with exactly one diagnostic, at the
// pointer and with the code the generator intended.
#include <gtest/gtest.h>

#include "instance_generator.h"
#include "property_support.h"
#include "run_property.h"

namespace shapeguard::properties {
namespace {

void ExpectOnlyTheViolation(const std::shared_ptr<const Schema>& schema,
                            std::optional<std::string> code) {
  CheckProperty([schema, code] {
    Violation v = *OneViolation(schema, code);
    RC_TAG(v.code);
    Report report = schema->Validate(v.document);
    RC_LOG() << v.description << ": expected " << v.pointer << " " << v.code << " in "
             << v.document.dump() << "\ngot:\n"
             << Describe(report);
    RC_ASSERT(report.errors.size() == 1u);
    RC_ASSERT(report.errors[0].path == v.pointer);
    RC_ASSERT(std::string(CodeName(report.errors[0].code)) == v.code);
  });
}

class OneViolationEverywhere : public testing::TestWithParam<ServiceDirection> {};

// Every operation of the service, each with the full number of cases.
TEST_P(OneViolationEverywhere, IsReportedExactly) {
  for (const auto& schema : ServiceSchemas(GetParam().service, GetParam().direction)) {
    SCOPED_TRACE(schema->qualified_name());
    ExpectOnlyTheViolation(schema, {});
  }
}

INSTANTIATE_TEST_SUITE_P(Builtin, OneViolationEverywhere, testing::ValuesIn(AllServiceDirections()),
                         ServiceDirectionName);

// Each kind of violation, on an operation that has a place for it.
struct KindCase {
  std::string code;
  std::string operation;
  Direction direction;
};

class OneViolationOfEachKind : public testing::TestWithParam<KindCase> {};

TEST_P(OneViolationOfEachKind, IsReportedExactly) {
  ExpectOnlyTheViolation(BuiltinSchema(GetParam().operation, GetParam().direction),
                         GetParam().code);
}

INSTANTIATE_TEST_SUITE_P(
    Builtin, OneViolationOfEachKind,
    testing::Values(KindCase{"required", "apigatewayv2.CreateStage", Direction::kInput},
                    KindCase{"type", "apigatewayv2.CreateStage", Direction::kInput},
                    KindCase{"unknown", "apigatewayv2.CreateStage", Direction::kInput},
                    KindCase{"length", "apigatewayv2.CreateStage", Direction::kInput},
                    KindCase{"pattern", "apigatewayv2.CreateStage", Direction::kInput},
                    KindCase{"enum", "apigatewayv2.CreateStage", Direction::kInput},
                    KindCase{"access-log", "apigatewayv2.CreateStage", Direction::kInput},
                    KindCase{"arn", "apigatewayv2.CreateStage", Direction::kInput},
                    KindCase{"timestamp", "apigatewayv2.CreateStage", Direction::kOutput},
                    KindCase{"mapping", "apigatewayv2.CreateIntegrationResponse",
                             Direction::kInput},
                    KindCase{"size", "appconfig.CreateExtension", Direction::kInput},
                    KindCase{"range", "appconfig.ListExtensions", Direction::kInput},
                    KindCase{"patch", "apigateway.UpdateStage", Direction::kInput},
                    KindCase{"json-pointer", "apigateway.UpdateStage", Direction::kInput},
                    KindCase{"method-setting", "apigateway.UpdateStage", Direction::kInput},
                    KindCase{"method-setting", "apigateway.GetStage", Direction::kOutput}),
    [](const testing::TestParamInfo<KindCase>& info) {
      std::string name = info.param.code + "_" + info.param.operation + "_" +
                         std::string(DirectionName(info.param.direction));
      for (char& c : name) {
        if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
      }
      return name;
    });

}  // namespace
}  // namespace shapeguard::properties
