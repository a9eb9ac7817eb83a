#include "timestamp.h"

#include <gtest/gtest.h>

#include "wire/wire_timestamp.h"

namespace shapeguard::internal {
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

// Tricky inputs and the verdicts of the two ISO-8601 grammars the project had: the
// validator's (IsIso8601DateTime) and the wire codec's (ParseIso8601). Leap seconds,
// fractions, zones, letter case, short fields, 24:00, February 29th, empty text and junk.
struct GrammarCase {
  const char* text;
  bool validator;  // IsIso8601DateTime
  bool wire;       // ParseIso8601
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

// Records where the two grammars differ before they become one: only a zone written "+hh:"
// (the validator reads the colon and then no minutes) and a date followed directly by a
// zone (the wire reads the zone without a time).
TEST(TimestampGrammars, DifferOnlyWhereRecorded) {
  int differ = 0;
  for (const GrammarCase& c : kGrammarCases) {
    EXPECT_EQ(IsIso8601DateTime(c.text), c.validator) << c.text;
    EXPECT_EQ(conformance::ParseIso8601(c.text).has_value(), c.wire) << c.text;
    differ += c.validator != c.wire;
  }
  EXPECT_EQ(differ, 5);
}

}  // namespace
}  // namespace shapeguard::internal
