#include "test_support.h"

namespace shapeguard {
namespace {

using namespace testing_support;

TEST(LengthCheck, CountsCodePointsNotBytes) {
  Catalog catalog = TestCatalog();
  // Eight astral characters: 8 code points, 32 bytes, 16 UTF-16 units.
  EXPECT_TRUE(Validate(catalog, R"({"Name": "😀😀😀😀😀😀😀😀"})").valid());
  EXPECT_EQ(PathsAndCodes(Validate(catalog, R"({"Name": "😀😀😀😀😀😀😀😀😀"})")),
            (PathCodes{{"/Name", "length"}}));
}

TEST(LengthCheck, RejectsBelowMinimum) {
  Catalog catalog = TestCatalog();
  Report report = Validate(catalog, R"({"Name": ""})");
  ASSERT_EQ(PathsAndCodes(report), (PathCodes{{"/Name", "length"}}));
  EXPECT_EQ(report.errors[0].source, "model");
  EXPECT_NE(report.errors[0].message.find("1..8 code points"), std::string::npos)
      << report.errors[0].message;
}

TEST(LengthCheck, CountsBlobsInBytes) {
  Catalog catalog = TestCatalog();
  EXPECT_TRUE(Validate(catalog, R"({"Name": "n", "Payload": "abcd"})").valid());
  // "é" is one code point but two bytes: five bytes exceed the blob's max of 4.
  EXPECT_EQ(PathsAndCodes(Validate(catalog, R"({"Name": "n", "Payload": "abcé"})")),
            (PathCodes{{"/Payload", "length"}}));
}

TEST(LengthCheck, MessageTruncatesLongValues) {
  Catalog catalog = TestCatalog();
  Report report = Validate(catalog, R"({"Name": ")" + std::string(500, 'x') + R"("})");
  ASSERT_EQ(report.errors.size(), 1u);
  EXPECT_LT(report.errors[0].message.size(), 150u);
  EXPECT_NE(report.errors[0].message.find("length 500"), std::string::npos);
}

TEST(LengthCheck, OverlayOnMemberReplacesModelBound) {
  Catalog catalog = TestCatalog(
      R"([{"target": "PutRequest$Name", "check": "length", "args": {"min": 3}, "source": "test"}])");
  Report report = Validate(catalog, R"({"Name": "ab"})");
  ASSERT_EQ(PathsAndCodes(report), (PathCodes{{"/Name", "length"}}));
  EXPECT_EQ(report.errors[0].source, "overlay:test");
  // The model's max of 8 was replaced, not kept alongside.
  EXPECT_TRUE(Validate(catalog, R"({"Name": "abcdefghijkl"})").valid());
}

// Near the fast path that decides on byte counts alone: "éé" has 4 bytes, within a minimum
// of 3, but only 2 code points, below it.
TEST(LengthCheck, CodePointsBelowMinimumThoughBytesAreWithin) {
  Catalog catalog = TestCatalog(
      R"([{"target": "PutRequest$Name", "check": "length", "args": {"min": 3, "max": 8}, "source": "test"}])");
  EXPECT_EQ(PathsAndCodes(Validate(catalog, R"({"Name": "éé"})")),
            (PathCodes{{"/Name", "length"}}));
  EXPECT_TRUE(Validate(catalog, R"({"Name": "ééé"})").valid());
}

}  // namespace
}  // namespace shapeguard
