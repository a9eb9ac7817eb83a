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

}  // namespace
}  // namespace shapeguard
