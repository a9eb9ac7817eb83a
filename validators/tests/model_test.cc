#include "model.h"

#include <gtest/gtest.h>

#include "embedded.h"

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
  EXPECT_EQ(model.value()->api_version(), "2020-01-01");
}

TEST(ParseServiceModel, RejectsNonJson) { EXPECT_EQ(ErrorOf("{"), "m.json: not valid JSON"); }

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

// The built-in models are read without CheckModel (ParseBuiltinServiceModel): this is where
// they are checked.
std::vector<EmbeddedFile> BuiltinModels() {
  std::vector<EmbeddedFile> models;
  for (const EmbeddedFile& file : EmbeddedFiles()) {
    if (file.path.starts_with("models/") && file.path.ends_with("/service-2.json")) {
      models.push_back(file);
    }
  }
  return models;
}

TEST(BuiltinServiceModel, EveryOnePassesTheFullCheck) {
  ASSERT_EQ(BuiltinModels().size(), 4u);
  for (const EmbeddedFile& file : BuiltinModels()) {
    auto model = ParseServiceModel("svc", file.text, std::string(file.path));
    EXPECT_TRUE(model.ok()) << model.error();
  }
}

TEST(BuiltinServiceModel, PartsAreTheTreesOfTheWholeDocument) {
  for (const EmbeddedFile& file : BuiltinModels()) {
    SCOPED_TRACE(file.path);
    auto checked = ParseServiceModel("svc", file.text, "checked").value();
    auto builtin = ParseBuiltinServiceModel("svc", file.text, "built-in").value();
    EXPECT_EQ(builtin->api_version(), checked->api_version());
    EXPECT_FALSE(builtin->api_version().empty());
    EXPECT_EQ(builtin->OperationNames(), checked->OperationNames());
    for (const auto& [name, shape] : checked->document().at("shapes").items()) {
      const nlohmann::json* part = builtin->FindShape(name);
      ASSERT_NE(part, nullptr) << name;
      EXPECT_EQ(*part, shape) << name;
      EXPECT_EQ(builtin->FindShape(name), part) << name << ": converted once";
    }
    for (const auto& [name, op] : checked->document().at("operations").items()) {
      ASSERT_NE(builtin->FindOperation(name), nullptr) << name;
      EXPECT_EQ(*builtin->FindOperation(name), op) << name;
    }
    EXPECT_EQ(builtin->FindShape("NoSuchShape"), nullptr);
    EXPECT_EQ(builtin->FindOperation("NoSuchOperation"), nullptr);
    EXPECT_EQ(builtin->document(), checked->document());
  }
}

TEST(BuiltinServiceModel, RefusesTextWithoutShapesAndOperations) {
  for (std::string text : {"{", R"({"shapes": {}, "operations": []})"}) {
    std::string padded = text + std::string(kEmbeddedPadding, ' ');
    EXPECT_EQ(
        ParseBuiltinServiceModel("svc", std::string_view(padded).substr(0, text.size()), "m.json")
            .error(),
        "m.json: not JSON with \"shapes\" and \"operations\" objects");
  }
}

}  // namespace
}  // namespace shapeguard::internal
