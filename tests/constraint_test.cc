// The public view of compiled rules: the constraints at each position of a shape tree, what
// they say of a string, and the values rules met whole generate and break with.
#include "shapeguard/constraint.h"

#include <gtest/gtest.h>

#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

#include "shapeguard/catalog.h"
#include "shapeguard/operation.h"

namespace shapeguard {
namespace {

// Bounds and a pattern from the model, an ARN rule from an overlay, and a recursive shape.
constexpr char kModel[] = R"({
  "metadata": {"protocol": "rest-json"},
  "operations": {"Put": {"name": "Put", "http": {"method": "POST", "requestUri": "/"},
                         "input": {"shape": "PutRequest"}}},
  "shapes": {
    "PutRequest": {"type": "structure", "members": {
      "Name": {"shape": "Name"}, "Target": {"shape": "Text"}, "Tree": {"shape": "Tree"}}},
    "Name": {"type": "string", "min": 1, "max": 5, "pattern": "^[a-z]+$"},
    "Text": {"type": "string"},
    "Tree": {"type": "structure", "members": {"Children": {"shape": "Trees"}}},
    "Trees": {"type": "list", "member": {"shape": "Tree"}}
  }})";

constexpr char kOverlay[] = R"({"service": "rules", "sources": {"test": "t"},
  "rules": [{"target": "PutRequest$Target", "check": "arn", "source": "test",
             "args": {"kinds": [{"name": "a log group", "service": "logs",
                                 "resource": "log-group:[a-z]{1,10}", "hint": "h"}]}}]})";

std::shared_ptr<const Schema> Input() {
  static const std::shared_ptr<const Schema> schema = [] {
    Catalog catalog;
    EXPECT_TRUE(catalog.AddModel("rules", kModel, "test model").ok());
    Status added = catalog.AddOverlay(kOverlay, "test overlay");
    EXPECT_TRUE(added.ok()) << added.message();
    auto got = catalog.GetSchema("rules.Put", Direction::kInput);
    EXPECT_TRUE(got.ok()) << got.error();
    return got.value();
  }();
  return schema;
}

Constraints At(const std::string& member) {
  return Input()->shape().FindMember(member)->shape().constraints();
}

// Chooses the first option every time; a regex gets a fixed string this test's ARN fits.
class FirstChooser : public Chooser {
 public:
  std::size_t Below(std::size_t) override { return 0; }
  std::string Matching(const std::string& regex) override {
    matched.push_back(regex);
    return "log-group:abc";
  }
  [[noreturn]] void Fail(const std::string& why) override { throw std::runtime_error(why); }
  std::vector<std::string> matched;
};

TEST(Constraint, ModelTraitsAtTheirPosition) {
  Constraints name = At("Name");
  std::optional<Constraint> length = name.Find("length");
  ASSERT_TRUE(length);
  EXPECT_EQ(length->args()["min"], 1);
  EXPECT_EQ(length->args()["max"], 5);
  EXPECT_EQ(length->source(), "model");
  ASSERT_TRUE(name.Find("pattern"));
  EXPECT_FALSE(name.Find("enum"));
  EXPECT_TRUE(At("Tree").empty());
}

TEST(Constraint, ChecksAStringAsValidationWould) {
  Constraint length = *At("Name").Find("length");
  EXPECT_TRUE(length.CheckString("abc").empty());
  std::vector<Finding> findings = length.CheckString("abcdef");
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_TRUE(findings[0].error);
  EXPECT_EQ(findings[0].code, Code::kLength);
  EXPECT_FALSE(At("Name").Find("pattern")->CheckString("ABC").empty());
}

TEST(Constraint, RulesMetWholeGenerateAndBreak) {
  Constraints target = At("Target");
  std::optional<Constraint> arn = target.FindMetWhole();
  ASSERT_TRUE(arn);
  EXPECT_EQ(arn->kind(), "arn");
  EXPECT_EQ(arn->source(), "overlay:test");
  FirstChooser chooser;
  std::optional<std::string> value = arn->Generate(chooser);
  ASSERT_TRUE(value);
  EXPECT_EQ(chooser.matched, std::vector<std::string>{"log-group:[a-z]{1,10}"});
  EXPECT_TRUE(arn->CheckString(*value).empty()) << *value;
  std::optional<Breaker> breaker = arn->Break();
  ASSERT_TRUE(breaker);
  EXPECT_EQ(breaker->code, Code::kArn);
  std::vector<Finding> findings = arn->CheckString(breaker->value);
  ASSERT_FALSE(findings.empty());
  EXPECT_EQ(findings[0].code, Code::kArn);
}

TEST(Constraint, OtherKindsAreCombinedByGenerators) {
  Constraint length = *At("Name").Find("length");
  EXPECT_FALSE(length.met_whole());
  FirstChooser chooser;
  EXPECT_FALSE(length.Generate(chooser));
  EXPECT_FALSE(length.Break());
  EXPECT_FALSE(At("Name").FindMetWhole());
}

TEST(Constraint, PositionsReachEveryRuleOnceThroughRecursion) {
  std::vector<ShapeView> positions = Input()->shape().Positions();
  // The root, its three members, Tree's Children list and its item: Tree again, at a new
  // position, whose own Children is the repeat that ends the walk.
  int arns = 0, lengths = 0;
  for (const ShapeView& p : positions) {
    arns += p.constraints().Find("arn").has_value();
    lengths += p.constraints().Find("length").has_value();
  }
  EXPECT_EQ(arns, 1);
  EXPECT_EQ(lengths, 1);
  EXPECT_EQ(positions.front(), Input()->shape());
  EXPECT_EQ(positions.size(), 6u);
}

}  // namespace
}  // namespace shapeguard
