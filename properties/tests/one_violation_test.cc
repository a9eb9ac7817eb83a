// Property: every one-violation instance is rejected with exactly one diagnostic, at the
// pointer and with the code the generator intended.
#include <gtest/gtest.h>

#include "instance_generator.h"
#include "property_support.h"
#include "run_property.h"

namespace shapeguard::properties {
namespace {

void ExpectOnlyTheViolation(const std::shared_ptr<const Schema>& schema, std::optional<Code> code) {
  CheckProperty([schema, code] {
    Violation v = *OneViolation(schema, code);
    RC_TAG(std::string(CodeName(v.code)));
    Report report = schema->Validate(v.document);
    RC_LOG() << v.description << ": expected " << v.pointer << " " << CodeName(v.code) << " in "
             << v.document.dump() << "\ngot:\n"
             << Describe(report);
    RC_ASSERT(report.errors.size() == 1u);
    RC_ASSERT(report.errors[0].path == v.pointer);
    RC_ASSERT(report.errors[0].code == v.code);
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
  Code code;
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
    testing::Values(KindCase{Code::kRequired, "apigatewayv2.CreateStage", Direction::kInput},
                    KindCase{Code::kType, "apigatewayv2.CreateStage", Direction::kInput},
                    KindCase{Code::kUnknown, "apigatewayv2.CreateStage", Direction::kInput},
                    KindCase{Code::kLength, "apigatewayv2.CreateStage", Direction::kInput},
                    KindCase{Code::kPattern, "apigatewayv2.CreateStage", Direction::kInput},
                    KindCase{Code::kEnum, "apigatewayv2.CreateStage", Direction::kInput},
                    KindCase{Code::kAccessLog, "apigatewayv2.CreateStage", Direction::kInput},
                    KindCase{Code::kArn, "apigatewayv2.CreateStage", Direction::kInput},
                    KindCase{Code::kTimestamp, "apigatewayv2.CreateStage", Direction::kOutput},
                    KindCase{Code::kMapping, "apigatewayv2.CreateIntegrationResponse",
                             Direction::kInput},
                    KindCase{Code::kSize, "appconfig.CreateExtension", Direction::kInput},
                    KindCase{Code::kRange, "appconfig.ListExtensions", Direction::kInput},
                    KindCase{Code::kPatch, "apigateway.UpdateStage", Direction::kInput},
                    KindCase{Code::kJsonPointer, "apigateway.UpdateStage", Direction::kInput},
                    KindCase{Code::kMethodSetting, "apigateway.UpdateStage", Direction::kInput},
                    KindCase{Code::kMethodSetting, "apigateway.GetStage", Direction::kOutput}),
    [](const testing::TestParamInfo<KindCase>& info) {
      std::string name = std::string(CodeName(info.param.code)) + "_" + info.param.operation + "_" +
                         std::string(DirectionName(info.param.direction));
      for (char& c : name) {
        if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
      }
      return name;
    });

}  // namespace
}  // namespace shapeguard::properties
