#include "test_support.h"

namespace shapeguard {
namespace {

using namespace testing_support;

TEST(RangeCheck, IntegerBoundsAreInclusive) {
  Catalog catalog = TestCatalog();
  EXPECT_TRUE(Validate(catalog, R"({"Name": "n", "Count": 0})").valid());
  EXPECT_TRUE(Validate(catalog, R"({"Name": "n", "Count": 100})").valid());
  EXPECT_EQ(PathsAndCodes(Validate(catalog, R"({"Name": "n", "Count": 101})")),
            (PathCodes{{"/Count", "range"}}));
  EXPECT_EQ(PathsAndCodes(Validate(catalog, R"({"Name": "n", "Count": -1})")),
            (PathCodes{{"/Count", "range"}}));
}

TEST(RangeCheck, FractionalBound) {
  Catalog catalog = TestCatalog();
  EXPECT_TRUE(Validate(catalog, R"({"Name": "n", "Ratio": 0.5})").valid());
  EXPECT_EQ(PathsAndCodes(Validate(catalog, R"({"Name": "n", "Ratio": 0.49})")),
            (PathCodes{{"/Ratio", "range"}}));
}

TEST(RangeCheck, OverlayRange) {
  Catalog catalog = TestCatalog(
      R"([{"target": "Ratio", "check": "range", "args": {"min": 0, "max": 100}, "source": "test"}])");
  EXPECT_TRUE(Validate(catalog, R"({"Name": "n", "Ratio": 0})").valid());
  Report report = Validate(catalog, R"({"Name": "n", "Ratio": 100.5})");
  ASSERT_EQ(PathsAndCodes(report), (PathCodes{{"/Ratio", "range"}}));
  EXPECT_EQ(report.errors[0].source, "overlay:test");
}

}  // namespace
}  // namespace shapeguard
