#include "shapeguard/timestamp.h"

#include <gtest/gtest.h>

namespace shapeguard {
namespace {

TEST(IsIso8601DateTime, AcceptsTheFormsSdksSend) {
  for (const char* text :
       {"2024-06-07", "2024-06-07T12:00:00Z", "2024-06-07T12:00:00.123456Z", "2024-06-07T12:00Z",
        "2024-06-07T12:00:00+02:00", "2024-06-07T12:00:00-0330", "2024-06-07T12:00:00+05",
        "2024-06-07 12:00:00", "2024-02-29T00:00:00Z", "2000-02-29", "2016-12-31T23:59:60Z"}) {
    EXPECT_TRUE(IsIso8601DateTime(text)) << text;
  }
}

TEST(IsIso8601DateTime, RejectsImpossibleDatesAndJunk) {
  for (const char* text :
       {"", "2024", "2024-6-7", "2023-02-29", "1900-02-29", "2024-04-31", "2024-00-10",
        "2024-06-07T25:00:00Z", "2024-06-07T12:60:00Z", "2024-06-07T12:00:61Z",
        "2024-06-07T12:00:00.Z", "2024-06-07T12:00:00ZZ", "2024-06-07T12",
        "2024-06-07T12:00:00+24:00", "Fri, 07 Jun 2024 12:00:00 GMT", "1717761600"}) {
    EXPECT_FALSE(IsIso8601DateTime(text)) << text;
  }
}

// Tricky inputs and their verdicts: leap seconds, fractions, zones, letter case, short fields,
// 24:00, February 29th, empty text and junk. Before one grammar served both, the validator
// (IsIso8601DateTime) and the wire codec (ParseIso8601) had their own; `wire_before` is what
// the wire's said. They differed only on a zone written "+hh:" (the validator's verdict,
// valid, is kept: documents it accepted stay valid) and on a date followed directly by a zone
// (the validator's verdict, invalid, is kept: a zone belongs to a time). Neither form is one
// the generators or SDKs write, so conform and serve answer as before.
struct GrammarCase {
  const char* text;
  bool valid;        // the verdict of the one grammar, the validator's before
  bool wire_before;  // the wire codec's former verdict
};
constexpr GrammarCase kGrammarCases[] = {
    {"", false, false},
    {"2024", false, false},
    {"2024-06", false, false},
    {"2024-06-07", true, true},
    {"2024-06-07T", false, false},
    {"2024-06-07t12:00:00z", true, true},
    {"2024-06-07 12:00", true, true},
    {"2024-06-07T12:00:00Z", true, true},
    {"2024-06-07T12:00:60Z", true, true},
    {"2016-12-31T23:59:60Z", true, true},
    {"2024-06-07T12:00:61Z", false, false},
    {"2024-06-07T12:00:00.123456789Z", true, true},
    {"2024-06-07T12:00:00,5Z", true, true},
    {"2024-06-07T12:00:00.Z", false, false},
    {"2024-06-07T12:00.5Z", false, false},
    {"2024-06-07T12:00:00+02:00", true, true},
    {"2024-06-07T12:00:00+0200", true, true},
    {"2024-06-07T12:00:00+02", true, true},
    {"2024-06-07T12:00:00+02:", true, false},
    {"2024-06-07T12:00:00+2", false, false},
    {"2024-06-07T12:00:00+24:00", false, false},
    {"2024-06-07T12:00:00+02:60", false, false},
    {"2024-06-07T12:00:00-00:00", true, true},
    {"2024-06-07T12:00:00+02:0", false, false},
    {"2024-06-07T12:00:00+02:00:00", false, false},
    {"2024-06-07T12:00:00+0200Z", false, false},
    {"2024-06-07Z", false, true},
    {"2024-06-07z", false, true},
    {"2024-06-07+02:00", false, true},
    {"2024-06-07-0500", false, true},
    {"2024-06-07+02:", false, false},
    {"24-06-07", false, false},
    {"2024-6-7", false, false},
    {"2024-06-7", false, false},
    {"2024-06-07T1:00", false, false},
    {"2024-06-07T12:0", false, false},
    {"2024-06-07T12", false, false},
    {"2024-06-07T24:00", false, false},
    {"2024-06-07T24:00:00Z", false, false},
    {"2024-06-07T23:60", false, false},
    {"2023-02-29", false, false},
    {"1900-02-29", false, false},
    {"2000-02-29", true, true},
    {"2024-02-29", true, true},
    {"2024-04-31", false, false},
    {"2024-00-01", false, false},
    {"2024-13-01", false, false},
    {"2024-01-00", false, false},
    {"0000-01-01", true, true},
    {"9999-12-31T23:59:59Z", true, true},
    {"2024-06-07T12:00:00Zjunk", false, false},
    {"2024-06-07junk", false, false},
    {"2024-06-07 ", false, false},
    {" 2024-06-07", false, false},
    {"2024-06-07T12:00:00 ", false, false},
    {"2024-06-07T12:00:00ZZ", false, false},
    {"1717761600", false, false},
    {"Fri, 07 Jun 2024 12:00:00 GMT", false, false},
    {"2024-06-07T12:00:00.5", true, true},
    {"2024-06-07T12:00:00+02:00.5", false, false},
    {"2024-06-07T12:00:00z", true, true},
    {"\uFF12024-06-07", false, false},  // a full-width digit 2
};

// Every case keeps the validator's verdict, in both entry points; the wire's former verdict
// differs in the five cases described above, and only there.
TEST(Iso8601Grammar, KeepsTheValidatorsVerdictOnEveryCase) {
  int wire_changed = 0;
  for (const GrammarCase& c : kGrammarCases) {
    EXPECT_EQ(IsIso8601DateTime(c.text), c.valid) << c.text;
    EXPECT_EQ(ParseIso8601(c.text).has_value(), c.valid) << c.text;
    wire_changed += c.valid != c.wire_before;
  }
  EXPECT_EQ(wire_changed, 5);
}

TEST(Iso8601Grammar, ReadsAZoneWithATrailingColonAsWholeHours) {
  EXPECT_EQ(ParseIso8601("2024-06-07T14:00:00+02:"), ParseIso8601("2024-06-07T12:00:00Z"));
}

constexpr EpochMillis kJune7 = 1717761600000;  // 2024-06-07T12:00:00Z, a Friday

TEST(Timestamp, ReadsEveryIso8601FormTheValidatorAccepts) {
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

TEST(Timestamp, RefusesWhatIsNotADateTime) {
  for (const char* bad :
       {"", "2024-06-07T", "2024-02-30", "2023-02-29", "2024-13-01", "2024-06-07T24:00:00Z",
        "2024-06-07T12:00:00.Z", "2024-06-07T12:00:00Zjunk", "1717761600",
        "Fri, 07 Jun 2024 12:00:00 GMT"}) {
    EXPECT_FALSE(ParseIso8601(bad).has_value()) << bad;
  }
}

TEST(Timestamp, HttpDatesRoundTrip) {
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

TEST(Timestamp, FormatsIso8601AndEpochSeconds) {
  EXPECT_EQ(FormatIso8601(kJune7), "2024-06-07T12:00:00Z");
  EXPECT_EQ(FormatIso8601(kJune7 + 5), "2024-06-07T12:00:00.005Z");
  EXPECT_EQ(FormatIso8601(-1), "1969-12-31T23:59:59.999Z");
  EXPECT_EQ(EpochSecondsJson(kJune7), nlohmann::json(1717761600));
  EXPECT_EQ(EpochSecondsJson(kJune7 + 250), nlohmann::json(1717761600.25));
  EXPECT_EQ(FormatTimestampText(kJune7 + 500, TimestampFormat::kEpochSeconds), "1717761600.5");
}

TEST(Timestamp, ReadsParameterFormsAndWireText) {
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

}  // namespace
}  // namespace shapeguard
