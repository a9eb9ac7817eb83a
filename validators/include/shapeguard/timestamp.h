// Timestamps: the ISO-8601 grammar of the parameter form, and the wire formats of botocore's
// "timestampFormat" trait, read into and written from epoch milliseconds. The one grammar
// the validator, the wire codec and the emulator share.
#ifndef SHAPEGUARD_TIMESTAMP_H_
#define SHAPEGUARD_TIMESTAMP_H_

#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>

#include "shapeguard/timestamp_format.h"

namespace shapeguard {

// Milliseconds since 1970-01-01T00:00:00Z. Milliseconds are the precision Smithy and the
// SDKs keep; finer fractions are truncated.
using EpochMillis = std::int64_t;

// The format a "timestampFormat" value names, if it is one (case-insensitive, as botocore).
std::optional<TimestampFormat> TimestampFormatFromName(std::string_view name);

// Reads an ISO-8601 calendar date-time as SDKs send it: "YYYY-MM-DD", optionally followed
// by "T" (or "t", or a space) and "hh:mm", ":ss" and a fraction ("." or ","), and an
// optional zone ("Z", "z", "+hh:mm", "+hhmm", "+hh", or "+hh:" as the validator has always
// accepted). Field ranges are checked, including the days of each month and leap years; a
// leap second (ss = 60) is accepted. No zone means UTC.
std::optional<EpochMillis> ParseIso8601(std::string_view text);

// True when ParseIso8601 reads the text: the validator's rule for timestamp strings.
bool IsIso8601DateTime(std::string_view text);

// Reads an RFC 7231 IMF-fixdate such as "Fri, 07 Jun 2024 12:00:00 GMT".
std::optional<EpochMillis> ParseHttpDate(std::string_view text);

// Reads a timestamp in the given wire format (epoch seconds may have a fraction).
std::optional<EpochMillis> ParseTimestampText(std::string_view text, TimestampFormat format);

// Reads a parameter-form timestamp: epoch seconds (a JSON number) or an ISO-8601 string.
std::optional<EpochMillis> TimestampFromParam(const nlohmann::json& value);

// "2024-06-07T12:00:00Z", or "2024-06-07T12:00:00.123Z" when there are milliseconds.
std::string FormatIso8601(EpochMillis time);

// "Fri, 07 Jun 2024 12:00:00 GMT"; HTTP-dates have no fraction, so milliseconds are dropped.
std::string FormatHttpDate(EpochMillis time);

// Epoch seconds as a JSON number: an integer, or a double when there are milliseconds.
nlohmann::json EpochSecondsJson(EpochMillis time);

// The timestamp as text in the given format (for URIs, query strings and headers).
std::string FormatTimestampText(EpochMillis time, TimestampFormat format);

}  // namespace shapeguard

#endif  // SHAPEGUARD_TIMESTAMP_H_
