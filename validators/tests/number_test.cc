#include <gtest/gtest.h>

#include <cstdint>
#include <limits>

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

}  // namespace
}  // namespace shapeguard::internal
