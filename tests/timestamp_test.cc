#include "timestamp.h"

#include <gtest/gtest.h>

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

}  // namespace
}  // namespace shapeguard::internal
