// The text-level helpers of the wire codec: percent-encoding, digests, base64 (timestamps are
// the core's: tests/timestamp_test.cc).
#include <gtest/gtest.h>

#include <string>

#include "wire/digest.h"
#include "wire/percent_encoding.h"

namespace shapeguard::conformance {
namespace {

TEST(PercentEncoding, KeepsOnlyUnreservedCharacters) {
  EXPECT_EQ(PercentEncode("AZaz09-._~"), "AZaz09-._~");
  EXPECT_EQ(PercentEncode("a b/c+d=e&f:g@h%"), "a%20b%2Fc%2Bd%3De%26f%3Ag%40h%25");
  EXPECT_EQ(PercentEncode("a b/c", Slashes::kKeep), "a%20b/c");
  EXPECT_EQ(PercentEncode("\xE1\x88\xB4"), "%E1%88%B4");
  EXPECT_EQ(PercentEncode(std::string("\0", 1)), "%00");
}

TEST(PercentEncoding, DecodesEscapesOfEitherCaseAndKeepsStrayPercents) {
  EXPECT_EQ(PercentDecode("a%20b%2fc%2F"), "a b/c/");
  EXPECT_EQ(PercentDecode("100%"), "100%");
  EXPECT_EQ(PercentDecode("%zz%4"), "%zz%4");
  EXPECT_EQ(PercentDecode("a+b"), "a+b");
  EXPECT_EQ(PercentDecode(PercentEncode("\xE1\x88\xB4 /x")), "\xE1\x88\xB4 /x");
}

TEST(Digest, Sha256AndHmacMatchKnownValues) {
  EXPECT_EQ(HexEncode(Sha256("")),
            "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  // RFC 4231 test case 2.
  EXPECT_EQ(HexEncode(HmacSha256("Jefe", "what do ya want for nothing?")),
            "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
}

TEST(Digest, Base64RoundTripsAndRefusesGarbage) {
  EXPECT_EQ(Base64Encode(""), "");
  EXPECT_EQ(Base64Encode("hello"), "aGVsbG8=");
  EXPECT_EQ(Base64Encode("hi"), "aGk=");
  EXPECT_EQ(Base64Decode("aGVsbG8="), "hello");
  EXPECT_EQ(Base64Decode("aGk="), "hi");
  EXPECT_EQ(Base64Decode("aGVs"), "hel");
  EXPECT_FALSE(Base64Decode("aGVsbG8").has_value());
  EXPECT_FALSE(Base64Decode("a*Vs").has_value());
}

}  // namespace
}  // namespace shapeguard::conformance
