// The hand-written wire examples of every seeded operation (tests/data/wire/<service>/
// <Operation>.json), shared by the client-side codec tests and the server-side ones.
#ifndef SHAPEGUARD_TESTS_CONFORMANCE_WIRE_EXAMPLE_FILES_H_
#define SHAPEGUARD_TESTS_CONFORMANCE_WIRE_EXAMPLE_FILES_H_

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "test_support.h"

namespace shapeguard::testing_support {

inline nlohmann::json ReadJson(const std::string& relative) {
  nlohmann::json parsed = nlohmann::json::parse(ReadSourceFile(relative), nullptr, false);
  EXPECT_FALSE(parsed.is_discarded()) << relative << " is not JSON";
  return parsed;
}

// An example's parameter form: "params" inline, or read from "params_file".
inline nlohmann::json ExpectedParams(const nlohmann::json& example) {
  if (example.contains("params_file")) return ReadJson(example.at("params_file"));
  return example.value("params", nlohmann::json());
}

// "<service>/<Operation>" of every example file.
inline std::vector<std::string> SeededWireExamples() {
  return {"apigatewayv2/CreateStage",
          "apigatewayv2/CreateIntegrationResponse",
          "apigateway/UpdateStage",
          "appconfig/CreateExtension",
          "appconfig/GetExtension",
          "appconfig/UpdateExtension",
          "appconfig/DeleteExtension",
          "appconfig/ListExtensions",
          "appconfig/CreateExtensionAssociation",
          "appconfig/GetExtensionAssociation",
          "appconfig/UpdateExtensionAssociation",
          "appconfig/DeleteExtensionAssociation",
          "appconfig/ListExtensionAssociations",
          "appconfig/StartDeployment",
          "appconfig/GetDeployment",
          "appconfig/StopDeployment",
          "apigatewaymanagementapi/PostToConnection",
          "apigatewaymanagementapi/GetConnection",
          "apigatewaymanagementapi/DeleteConnection"};
}

// Runs check(schema, operation, example) on each example of one list ("requests" or
// "responses") of an example file, with the operation's schema in `direction` and its view,
// tracing the example's name. Fails the test when the list is empty.
template <typename Check>
void ForEachWireExample(const std::string& file, const char* list, Direction direction,
                        Check check) {
  nlohmann::json examples = ReadJson("tests/data/wire/" + file + ".json");
  std::string operation = examples.at("operation").get<std::string>();
  auto schema = BuiltinCatalog().GetSchema(operation, direction);
  ASSERT_TRUE(schema.ok()) << schema.error();
  auto view = BuiltinCatalog().GetOperation(operation);
  ASSERT_TRUE(view.ok()) << view.error();
  ASSERT_FALSE(examples.at(list).empty()) << file << " has no " << list;
  for (const nlohmann::json& example : examples.at(list)) {
    SCOPED_TRACE(example.at("name").get<std::string>());
    check(*schema.value(), *view.value(), example);
  }
}

// A test name for an example: "apigatewayv2_CreateStage".
inline std::string WireExampleTestName(const ::testing::TestParamInfo<std::string>& info) {
  std::string name = info.param;
  name[name.find('/')] = '_';
  return name;
}

}  // namespace shapeguard::testing_support

#endif  // SHAPEGUARD_TESTS_CONFORMANCE_WIRE_EXAMPLE_FILES_H_
