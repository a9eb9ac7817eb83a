#include <gtest/gtest.h>

#include <bit>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <limits>
#include <random>
#include <string>
#include <string_view>

#include "checks/check.h"

namespace shapeguard::internal {
namespace {

TEST(CompareNumbers, ExactAcrossRepresentations) {
  EXPECT_EQ(CompareNumbers(Number::Int(-1), Number::Uint(0)), -1);
  EXPECT_EQ(CompareNumbers(Number::Uint(UINT64_MAX), Number::Int(INT64_MAX)), 1);
  EXPECT_EQ(CompareNumbers(Number::Int(100), Number::Double(100.0)), 0);
  EXPECT_EQ(CompareNumbers(Number::Int(100), Number::Double(100.5)), -1);
  EXPECT_EQ(CompareNumbers(Number::Double(100.5), Number::Int(100)), 1);
  // 2^53 + 1 is not representable as a double; an exact comparison still orders it.
  EXPECT_EQ(CompareNumbers(Number::Int(9007199254740993), Number::Double(9007199254740992.0)), 1);
  EXPECT_EQ(CompareNumbers(Number::Int(INT64_MAX), Number::Double(9223372036854775808.0)), -1);
  EXPECT_EQ(CompareNumbers(Number::Uint(5), Number::Double(-1e300)), 1);
}

TEST(Number, IntegralAndWidth) {
  EXPECT_TRUE(Number::Double(1e2).IsIntegral());
  EXPECT_FALSE(Number::Double(0.5).IsIntegral());
  EXPECT_FALSE(Number::Double(std::numeric_limits<double>::infinity()).IsIntegral());
  EXPECT_TRUE(Number::Int(INT32_MAX).FitsInteger(INT32_MIN, INT32_MAX));
  EXPECT_FALSE(Number::Int(int64_t{INT32_MAX} + 1).FitsInteger(INT32_MIN, INT32_MAX));
  EXPECT_FALSE(Number::Uint(UINT64_MAX).FitsInteger(INT64_MIN, INT64_MAX));
  EXPECT_TRUE(Number::Double(-2147483648.0).FitsInteger(INT32_MIN, INT32_MAX));
}

// Messages show a number as the shortest text that reads back as it: what a document
// most likely said, never printf's seventeen digits of binary noise.
TEST(Number, ToStringIsShortestRoundTrip) {
  EXPECT_EQ(Number::Double(0.1).ToString(), "0.1");
  EXPECT_EQ(Number::Double(150.5).ToString(), "150.5");
  EXPECT_EQ(Number::Double(100.0).ToString(), "100");
  EXPECT_EQ(Number::Double(-2.5e-7).ToString(), "-2.5e-07");
  EXPECT_EQ(Number::Double(1e300).ToString(), "1e+300");
  EXPECT_EQ(Number::Int(-42).ToString(), "-42");
  EXPECT_EQ(Number::Uint(UINT64_MAX).ToString(), "18446744073709551615");
  std::mt19937_64 random(20261205);
  for (int i = 0; i < 10000; ++i) {
    double d = std::bit_cast<double>(random());
    if (!std::isfinite(d)) continue;
    std::string text = Number::Double(d).ToString();
    ASSERT_EQ(std::strtod(text.c_str(), nullptr), d) << text;
    char printed[32];
    std::snprintf(printed, sizeof printed, "%.17g", d);
    ASSERT_LE(text.size(), std::string_view(printed).size()) << text << " against " << printed;
  }
}

}  // namespace
}  // namespace shapeguard::internal
