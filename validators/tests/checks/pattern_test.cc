#include "test_support.h"

namespace shapeguard {
namespace {

using namespace testing_support;

TEST(PatternCheck, ModelPatternsAreUnanchored) {
  Catalog catalog = TestCatalog();
  // Smithy semantics: "[0-9]{3}" is searched for, so surrounding text is fine.
  EXPECT_TRUE(Validate(catalog, R"({"Name": "n", "Code": "abc123def"})").valid());
  EXPECT_EQ(PathsAndCodes(Validate(catalog, R"({"Name": "n", "Code": "12x"})")),
            (PathCodes{{"/Code", "pattern"}}));
}

TEST(PatternCheck, FullAnchoringMatchesTheWholeValue) {
  Catalog catalog = TestCatalog(R"([{"target": "Item$Id", "check": "pattern",
      "args": {"regex": "[a-z]+", "anchoring": "full"}, "source": "test"}])");
  EXPECT_TRUE(Validate(catalog, R"({"Name": "n", "Items": [{"Id": "abc"}]})").valid());
  EXPECT_EQ(PathsAndCodes(Validate(catalog, R"({"Name": "n", "Items": [{"Id": "abc1"}]})")),
            (PathCodes{{"/Items/0/Id", "pattern"}}));
  // RE2's "$" does not match before a trailing newline, and full anchoring needs no "$".
  EXPECT_EQ(PathsAndCodes(Validate(catalog, R"({"Name": "n", "Items": [{"Id": "abc\n"}]})")),
            (PathCodes{{"/Items/0/Id", "pattern"}}));
}

TEST(PatternCheck, SearchAnchoringFromOverlay) {
  Catalog catalog = TestCatalog(R"([{"target": "Item$Id", "check": "pattern",
      "args": {"regex": "x", "anchoring": "search"}, "source": "test"}])");
  EXPECT_TRUE(Validate(catalog, R"({"Name": "n", "Items": [{"Id": "axb"}]})").valid());
}

TEST(PatternCheck, OverlayPatternMustStateItsAnchoring) {
  Catalog catalog = TestCatalog(R"([{"target": "Item$Id", "check": "pattern",
      "args": {"regex": "x"}, "source": "test"}])");
  auto schema = catalog.GetSchema("testsvc.Put", Direction::kInput);
  ASSERT_FALSE(schema.ok());
  EXPECT_NE(schema.error().find("\"anchoring\""), std::string::npos) << schema.error();
}

// A model's Code pattern replaced by `pattern`.
Catalog WithCodePattern(const std::string& pattern) {
  std::string model = testing_support::ReadSourceFile("tests/data/testsvc.json");
  std::string from = R"("pattern": "[0-9]{3}")";
  model.replace(model.find(from), from.size(), R"("pattern": ")" + pattern + "\"");
  Catalog catalog;
  EXPECT_TRUE(catalog.AddModel("testsvc", model, "patched").ok());
  return catalog;
}

// A look-ahead: RE2 refuses it (that is what keeps its matching linear), so it matches
// through PCRE2, with bounded backtracking.
TEST(PatternCheck, ModelPatternWithLookAroundIsEnforced) {
  Catalog catalog = WithCodePattern("^(?!0)[0-9]{3}$");
  auto warnings = catalog.Warnings("testsvc");
  ASSERT_TRUE(warnings.ok()) << warnings.error();
  EXPECT_TRUE(warnings.value().empty()) << warnings.value()[0];
  EXPECT_TRUE(Validate(catalog, R"({"Name": "n", "Code": "123"})").valid());
  EXPECT_FALSE(Validate(catalog, R"({"Name": "n", "Code": "012"})").valid());
}

TEST(PatternCheck, ModelPatternNoEngineCompilesIsReportedOnceAndSkipped) {
  Catalog catalog = WithCodePattern("[0-9");
  auto warnings = catalog.Warnings("testsvc");
  ASSERT_TRUE(warnings.ok()) << warnings.error();
  ASSERT_EQ(warnings.value().size(), 1u);
  EXPECT_NE(warnings.value()[0].find("shape Code"), std::string::npos) << warnings.value()[0];
  EXPECT_NE(warnings.value()[0].find("PCRE2 cannot compile it either"), std::string::npos)
      << warnings.value()[0];
  // Skipped, not enforced: any string passes.
  EXPECT_TRUE(Validate(catalog, R"({"Name": "n", "Code": "x"})").valid());
}

}  // namespace
}  // namespace shapeguard
