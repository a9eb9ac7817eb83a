// Timestamps in the parameter form.
#ifndef SHAPEGUARD_TIMESTAMP_H_
#define SHAPEGUARD_TIMESTAMP_H_

#include <string_view>

namespace shapeguard::internal {

// True for an ISO-8601 calendar date-time as SDKs send it: "YYYY-MM-DD", optionally
// followed by "T" (or a space) and "hh:mm", ":ss" and a fraction, and an optional zone
// ("Z" or "±hh:mm", "±hhmm", "±hh"). Field ranges are checked, including the days of
// each month and leap years; a leap second (ss = 60) is accepted.
bool IsIso8601DateTime(std::string_view text);

}  // namespace shapeguard::internal

#endif  // SHAPEGUARD_TIMESTAMP_H_
