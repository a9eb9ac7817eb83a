#include "test_support.h"

namespace shapeguard {
namespace {

using namespace testing_support;

TEST(EnumCheck, IsCaseSensitive) {
  Catalog catalog = TestCatalog();
  EXPECT_TRUE(Validate(catalog, R"({"Name": "n", "Color": "RED"})").valid());
  Report report = Validate(catalog, R"({"Name": "n", "Color": "red"})");
  ASSERT_EQ(PathsAndCodes(report), (PathCodes{{"/Color", "enum"}}));
  EXPECT_NE(report.errors[0].message.find("RED, GREEN"), std::string::npos);
}

TEST(EnumCheck, AppliesToMapKeysAtTheEntryPointer) {
  Catalog catalog = TestCatalog();
  Report report = Validate(catalog, R"({"Name": "n", "Tags": {"a": "1", "z/1": "2"}})");
  ASSERT_EQ(PathsAndCodes(report), (PathCodes{{"/Tags/z~11", "enum"}}));
  EXPECT_EQ(report.errors[0].message.rfind("key ", 0), 0u) << report.errors[0].message;
}

// An enum of no values would reject every string: an overlay that says so is a mistake, and
// the operation does not compile.
TEST(EnumCheck, OverlayRuleWithoutValuesIsAnError) {
  Catalog catalog = TestCatalog(
      R"([{"target": "PutRequest$Name", "check": "enum", "args": {"values": []}, "source": "test"}])");
  auto schema = catalog.GetSchema("testsvc.Put", Direction::kInput);
  ASSERT_FALSE(schema.ok());
  EXPECT_NE(schema.error().find("\"values\" must not be empty"), std::string::npos)
      << schema.error();
}

}  // namespace
}  // namespace shapeguard
