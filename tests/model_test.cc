#include "model.h"

#include <gtest/gtest.h>

namespace shapeguard::internal {
namespace {

std::string ErrorOf(std::string_view text) {
  auto model = ParseServiceModel("svc", text, "m.json");
  return model.ok() ? "" : model.error();
}

TEST(ParseServiceModel, AcceptsAMinimalModel) {
  auto model = ParseServiceModel(
      "svc", R"({"metadata": {"apiVersion": "2020-01-01"}, "operations": {}, "shapes": {}})",
      "m.json");
  ASSERT_TRUE(model.ok()) << model.error();
  EXPECT_EQ(model.value().api_version, "2020-01-01");
}

TEST(ParseServiceModel, RejectsNonJson) {
  EXPECT_EQ(ErrorOf("{"), "m.json: not valid JSON");
}

TEST(ParseServiceModel, NamesTheShapeAndTheProblem) {
  EXPECT_EQ(ErrorOf(R"({"operations": {}, "shapes": {"A": {"type": "structure",
      "members": {"B": {"shape": "Missing"}}}}})"),
            "m.json: shape A member B: refers to unknown shape \"Missing\"");
  EXPECT_EQ(ErrorOf(R"({"operations": {}, "shapes": {"A": {"type": "tuple"}}})"),
            "m.json: shape A: has unknown type \"tuple\"");
  EXPECT_EQ(ErrorOf(R"({"operations": {}, "shapes": {"A": {"type": "string", "max": "9"}}})"),
            "m.json: shape A: \"max\" must be a number");
  EXPECT_EQ(ErrorOf(R"({"operations": {}, "shapes": {"L": {"type": "list"}}})"),
            "m.json: shape L list member: must be an object");
  EXPECT_EQ(ErrorOf(R"({"operations": {"Op": {"input": {"shape": "Nope"}}}, "shapes": {}})"),
            "m.json: operation Op input: refers to unknown shape \"Nope\"");
  EXPECT_EQ(ErrorOf(R"({"operations": {}})"), "m.json: \"shapes\" must be an object");
}

}  // namespace
}  // namespace shapeguard::internal
