#include "shapeguard/diagnostic.h"

#include <gtest/gtest.h>

namespace shapeguard {
namespace {

TEST(CodeTable, NamesAreTheStableShortNames) {
  EXPECT_EQ(CodeName(Code::kRequired), "required");
  EXPECT_EQ(CodeName(Code::kType), "type");
  EXPECT_EQ(CodeName(Code::kUnknown), "unknown");
  EXPECT_EQ(CodeName(Code::kLength), "length");
  EXPECT_EQ(CodeName(Code::kSize), "size");
  EXPECT_EQ(CodeName(Code::kRange), "range");
  EXPECT_EQ(CodeName(Code::kEnum), "enum");
  EXPECT_EQ(CodeName(Code::kPattern), "pattern");
  EXPECT_EQ(CodeName(Code::kTimestamp), "timestamp");
  EXPECT_EQ(CodeName(Code::kUnion), "union");
  EXPECT_EQ(CodeName(Code::kDepth), "depth");
}

TEST(CodeTable, EveryCodeRoundTripsAndIsDescribed) {
  for (int i = 0; i < static_cast<int>(Code::kCount); ++i) {
    auto code = static_cast<Code>(i);
    EXPECT_EQ(CodeFromName(CodeName(code)), code);
    EXPECT_FALSE(CodeDescription(code).empty());
  }
  EXPECT_EQ(CodeFromName("nope"), std::nullopt);
}

}  // namespace
}  // namespace shapeguard
