// The text-level helpers of the wire codec: percent-encoding, timestamps, digests, base64.
#include <gtest/gtest.h>

#include <string>

#include "wire/digest.h"
#include "wire/percent_encoding.h"
#include "wire/wire_timestamp.h"

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

constexpr EpochMillis kJune7 = 1717761600000;  // 2024-06-07T12:00:00Z, a Friday

TEST(WireTimestamp, ReadsEveryIso8601FormTheValidatorAccepts) {
  EXPECT_EQ(ParseIso8601("2024-06-07T12:00:00Z"), kJune7);
  EXPECT_EQ(ParseIso8601("2024-06-07T12:00:00.123456Z"), kJune7 + 123);
  EXPECT_EQ(ParseIso8601("2024-06-07T12:00:00,5Z"), kJune7 + 500);
  EXPECT_EQ(ParseIso8601("2024-06-07T14:00:00+02:00"), kJune7);
  EXPECT_EQ(ParseIso8601("2024-06-07T07:30:00-0430"), kJune7);
  EXPECT_EQ(ParseIso8601("2024-06-07T13:00+01"), kJune7);
  EXPECT_EQ(ParseIso8601("2024-06-07 12:00:00"), kJune7);
  EXPECT_EQ(ParseIso8601("2024-06-07"), kJune7 - 12 * 3600 * 1000);
  EXPECT_EQ(ParseIso8601("1969-12-31T23:59:59Z"), -1000);
  EXPECT_EQ(ParseIso8601("2024-02-29T00:00:00Z"), 1709164800000);
}

TEST(WireTimestamp, RefusesWhatIsNotADateTime) {
  for (const char* bad :
       {"", "2024-06-07T", "2024-02-30", "2023-02-29", "2024-13-01", "2024-06-07T24:00:00Z",
        "2024-06-07T12:00:00.Z", "2024-06-07T12:00:00Zjunk", "1717761600",
        "Fri, 07 Jun 2024 12:00:00 GMT"}) {
    EXPECT_FALSE(ParseIso8601(bad).has_value()) << bad;
  }
}

TEST(WireTimestamp, HttpDatesRoundTrip) {
  EXPECT_EQ(FormatHttpDate(kJune7), "Fri, 07 Jun 2024 12:00:00 GMT");
  EXPECT_EQ(FormatHttpDate(kJune7 + 999), "Fri, 07 Jun 2024 12:00:00 GMT");
  EXPECT_EQ(FormatHttpDate(0), "Thu, 01 Jan 1970 00:00:00 GMT");
  EXPECT_EQ(FormatHttpDate(-1000), "Wed, 31 Dec 1969 23:59:59 GMT");
  EXPECT_EQ(ParseHttpDate("Fri, 07 Jun 2024 12:00:00 GMT"), kJune7);
  EXPECT_EQ(ParseHttpDate("Sun, 06 Nov 1994 08:49:37 GMT"), 784111777000);
  EXPECT_FALSE(ParseHttpDate("Fri, 07 Jun 2024 12:00:00 UTC").has_value());
  EXPECT_FALSE(ParseHttpDate("07 Jun 2024 12:00:00 GMT").has_value());
  EXPECT_FALSE(ParseHttpDate("Fri, 31 Jun 2024 12:00:00 GMT").has_value());
}

TEST(WireTimestamp, FormatsIso8601AndEpochSeconds) {
  EXPECT_EQ(FormatIso8601(kJune7), "2024-06-07T12:00:00Z");
  EXPECT_EQ(FormatIso8601(kJune7 + 5), "2024-06-07T12:00:00.005Z");
  EXPECT_EQ(FormatIso8601(-1), "1969-12-31T23:59:59.999Z");
  EXPECT_EQ(EpochSecondsJson(kJune7), nlohmann::json(1717761600));
  EXPECT_EQ(EpochSecondsJson(kJune7 + 250), nlohmann::json(1717761600.25));
  EXPECT_EQ(FormatTimestampText(kJune7 + 500, TimestampFormat::kEpochSeconds), "1717761600.5");
}

TEST(WireTimestamp, ReadsParameterFormsAndWireText) {
  EXPECT_EQ(TimestampFromParam(1717761600), kJune7);
  EXPECT_EQ(TimestampFromParam(1717761600.25), kJune7 + 250);
  EXPECT_EQ(TimestampFromParam("2024-06-07T12:00:00Z"), kJune7);
  EXPECT_FALSE(TimestampFromParam(true).has_value());
  EXPECT_FALSE(TimestampFromParam(1e300).has_value());
  EXPECT_EQ(ParseTimestampText("1717761600.5", TimestampFormat::kEpochSeconds), kJune7 + 500);
  EXPECT_FALSE(ParseTimestampText("17e", TimestampFormat::kEpochSeconds).has_value());
  EXPECT_EQ(TimestampFormatFromName("unixTimestamp"), TimestampFormat::kEpochSeconds);
  EXPECT_EQ(TimestampFormatFromName("RFC822"), TimestampFormat::kHttpDate);
  EXPECT_FALSE(TimestampFormatFromName("epoch").has_value());
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
