#include "test_support.h"

namespace shapeguard {
namespace {

using namespace testing_support;

TEST(SizeCheck, BoundsListEntries) {
  Catalog catalog = TestCatalog();
  EXPECT_TRUE(Validate(catalog, R"({"Name": "n", "Items": [{"Id": "1"}]})").valid());
  EXPECT_EQ(PathsAndCodes(Validate(catalog, R"({"Name": "n", "Items": []})")),
            (PathCodes{{"/Items", "size"}}));
}

TEST(SizeCheck, BoundsMapEntries) {
  Catalog catalog = TestCatalog();
  EXPECT_TRUE(Validate(catalog, R"({"Name": "n", "Tags": {"a": "1", "b": "2"}})").valid());
  EXPECT_EQ(
      PathsAndCodes(Validate(catalog, R"({"Name": "n", "Tags": {"a": "1", "b": "2", "c": "3"}})")),
      (PathCodes{{"/Tags", "size"}}));
}

TEST(SizeCheck, RefusesNonCollectionTarget) {
  Catalog catalog = TestCatalog(
      R"([{"target": "PutRequest$Name", "check": "size", "args": {"max": 1}, "source": "test"}])");
  auto schema = catalog.GetSchema("testsvc.Put", Direction::kInput);
  ASSERT_FALSE(schema.ok());
  EXPECT_NE(schema.error().find("applies to list, map shapes"), std::string::npos)
      << schema.error();
}

}  // namespace
}  // namespace shapeguard
