// How the compiler merges overlays into the model: targets, precedence, specialisation.
#include "test_support.h"

namespace shapeguard {
namespace {

using namespace testing_support;

TEST(Compiler, ShapeTargetCoversEveryUse) {
  // "String" is the shape of Item$Id, Tree$Label and the values of TagMap.
  Catalog catalog = TestCatalog(
      R"([{"target": "String", "check": "length", "args": {"max": 2}, "source": "test"}])");
  Report report = Validate(catalog, R"({"Name": "n", "Items": [{"Id": "long"}],
      "Tree": {"Label": "long"}, "Tags": {"a": "long"}})");
  EXPECT_EQ(
      PathsAndCodes(report),
      (PathCodes{{"/Items/0/Id", "length"}, {"/Tags/a", "length"}, {"/Tree/Label", "length"}}));
}

TEST(Compiler, MemberTargetBeatsShapeTargetOfTheSameKind) {
  Catalog catalog = TestCatalog(R"([
      {"target": "String", "check": "length", "args": {"max": 2}, "source": "test"},
      {"target": "TagMap$value", "check": "length", "args": {"max": 5}, "source": "test"}])");
  EXPECT_TRUE(Validate(catalog, R"({"Name": "n", "Tags": {"a": "five5"}})").valid());
  EXPECT_EQ(PathsAndCodes(Validate(catalog, R"({"Name": "n", "Items": [{"Id": "abc"}]})")),
            (PathCodes{{"/Items/0/Id", "length"}}));
}

TEST(Compiler, RulesOfOtherKindsAddUp) {
  Catalog catalog = TestCatalog(R"([{"target": "PutRequest$Name", "check": "pattern",
      "args": {"regex": "[a-z]+", "anchoring": "full"}, "source": "test"}])");
  // The model's length 1..8 still holds next to the overlay's pattern.
  EXPECT_EQ(PathsAndCodes(Validate(catalog, R"({"Name": "abcdefghij"})")),
            (PathCodes{{"/Name", "length"}}));
  EXPECT_EQ(PathsAndCodes(Validate(catalog, R"({"Name": "AB"})")),
            (PathCodes{{"/Name", "pattern"}}));
}

TEST(Compiler, DeepTargetOnlyAppliesInItsContext) {
  // Item$Id is reached through PutRequest$Items only; Tree$Label uses the same String shape
  // and must not inherit a rule stated for PutRequest$Items$member$Id.
  Catalog catalog = TestCatalog(R"([{"target": "PutRequest$Items$member$Id", "check": "enum",
      "args": {"values": ["ok"]}, "source": "test"}])");
  EXPECT_EQ(PathsAndCodes(Validate(catalog, R"({"Name": "n", "Items": [{"Id": "no"}],
      "Tree": {"Label": "no"}})")),
            (PathCodes{{"/Items/0/Id", "enum"}}));
  // PutResponse does not go through PutRequest: an Item-free response is unaffected.
  EXPECT_TRUE(Validate(catalog, R"({"Id": "no"})", "testsvc.Put", Direction::kOutput).valid());
}

TEST(Compiler, UnresolvableTargetIsAWarning) {
  Catalog catalog = TestCatalog(
      R"([{"target": "Item$Nope", "check": "length", "args": {"max": 1}, "source": "test"}])");
  auto warnings = catalog.Warnings("testsvc");
  ASSERT_TRUE(warnings.ok());
  ASSERT_EQ(warnings.value().size(), 1u);
  EXPECT_NE(warnings.value()[0].find("shape Item (structure) has no \"Nope\""), std::string::npos)
      << warnings.value()[0];
}

TEST(Compiler, BadOverlayArgumentsAreAnErrorNamingTheRule) {
  Catalog catalog = TestCatalog(
      R"([{"target": "Name", "check": "length", "args": {"min": 5, "max": 1}, "source": "test"}])");
  auto schema = catalog.GetSchema("testsvc.Put", Direction::kInput);
  ASSERT_FALSE(schema.ok());
  EXPECT_NE(schema.error().find("rule for Name"), std::string::npos) << schema.error();
  EXPECT_NE(schema.error().find("\"min\" 5 exceeds \"max\" 1"), std::string::npos)
      << schema.error();
}

TEST(Compiler, BadRuleFailsAnOperationThatDoesNotReachIt) {
  // Ping has no input or output: compiled alone (the first operation a catalog is asked
  // for), it still fails on the bad rule, as compiling the whole service does.
  Catalog catalog = TestCatalog(
      R"([{"target": "Name", "check": "length", "args": {"min": 5, "max": 1}, "source": "test"}])");
  auto alone = catalog.GetSchema("testsvc.Ping", Direction::kInput);
  ASSERT_FALSE(alone.ok());
  EXPECT_NE(alone.error().find("rule for Name"), std::string::npos) << alone.error();
  EXPECT_EQ(catalog.Warnings("testsvc").error(), alone.error());
}

TEST(Compiler, WarningsOfASchemaCoverItsShapes) {
  Catalog catalog = TestCatalog(
      R"([{"target": "Item$Nope", "check": "length", "args": {"max": 1}, "source": "test"}])");
  auto schema = catalog.GetSchema("testsvc.Ping", Direction::kInput);
  ASSERT_TRUE(schema.ok()) << schema.error();
  ASSERT_EQ(schema.value()->warnings().size(), 1u);
  EXPECT_EQ(schema.value()->warnings(), catalog.Warnings("testsvc").value());
}

}  // namespace
}  // namespace shapeguard
