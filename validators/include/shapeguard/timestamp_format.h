// The wire formats of botocore's "timestampFormat" trait.
#ifndef SHAPEGUARD_TIMESTAMP_FORMAT_H_
#define SHAPEGUARD_TIMESTAMP_FORMAT_H_

namespace shapeguard {

// The wire formats a timestamp may take ("timestampFormat" values, or the defaults of each
// location: epoch seconds in rest-json bodies, ISO-8601 in query strings, HTTP-date in
// headers).
enum class TimestampFormat {
  kIso8601,       // "iso8601": 2024-06-07T12:00:00Z
  kHttpDate,      // "rfc822": Fri, 07 Jun 2024 12:00:00 GMT (RFC 7231 IMF-fixdate)
  kEpochSeconds,  // "unixTimestamp": 1717761600 (a fraction when there are milliseconds)
};

}  // namespace shapeguard

#endif  // SHAPEGUARD_TIMESTAMP_FORMAT_H_
