#include "model.h"

#include <gtest/gtest.h>

#include "embedded.h"
#include "file_io.h"

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
// they are checked. Each is embedded gzip-compressed; this is its text, inflated.
struct BuiltinModel {
  std::string path;
  std::string text;
};

const std::vector<BuiltinModel>& BuiltinModels() {
  static const auto* models = [] {
    auto* out = new std::vector<BuiltinModel>;
    for (const EmbeddedFile& file : EmbeddedFiles()) {
      if (file.path.starts_with("models/") && file.path.ends_with("/service-2.json.gz")) {
        auto text = Gunzip(file.text, std::string(file.path));
        EXPECT_TRUE(text.ok()) << text.error();
        out->push_back({std::string(file.path), text.ok() ? text.value() : ""});
      }
    }
    return out;
  }();
  return *models;
}

TEST(BuiltinServiceModel, EveryOnePassesTheFullCheck) {
  ASSERT_GT(BuiltinModels().size(), 400u);  // every service of a botocore release
  for (const BuiltinModel& model : BuiltinModels()) {
    auto parsed = ParseServiceModel("svc", model.text, model.path);
    EXPECT_TRUE(parsed.ok()) << parsed.error();
  }
}

// Converting every part of every model would take a minute under the sanitizers: the seeded
// services and every tenth other one (ec2 and s3 among them) cover the shapes AWS uses.
bool Sampled(std::size_t index, const std::string& path) {
  for (const char* service : {"/apigateway/", "/apigatewayv2/", "/appconfig/",
                              "/apigatewaymanagementapi/", "/ec2/", "/s3/"}) {
    if (path.find(service) != std::string::npos) return true;
  }
  return index % 10 == 0;
}

TEST(BuiltinServiceModel, PartsAreTheTreesOfTheWholeDocument) {
  for (std::size_t i = 0; i < BuiltinModels().size(); ++i) {
    const BuiltinModel& model = BuiltinModels()[i];
    if (!Sampled(i, model.path)) continue;
    SCOPED_TRACE(model.path);
    std::string padded = model.text + std::string(kEmbeddedPadding, ' ');
    std::string_view text = std::string_view(padded).substr(0, model.text.size());
    auto checked = ParseServiceModel("svc", text, "checked").value();
    auto builtin = ParseBuiltinServiceModel("svc", text, "built-in").value();
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
