// The wire formats of a timestamp, as botocore's "timestampFormat" trait names them.
#ifndef SHAPEGUARD_TIMESTAMP_FORMAT_H_
#define SHAPEGUARD_TIMESTAMP_FORMAT_H_

namespace shapeguard {

// How a timestamp is written on the wire. A member or shape may name one; otherwise each
// location has its default (epoch seconds in rest-json bodies, ISO-8601 in URIs and query
// strings, HTTP-date in headers).
enum class TimestampFormat {
  // "iso8601": 2024-06-07T12:00:00Z.
  kIso8601,
  // "rfc822": Fri, 07 Jun 2024 12:00:00 GMT (RFC 7231 IMF-fixdate).
  kHttpDate,
  // "unixTimestamp": 1717761600 (a fraction when there are milliseconds).
  kEpochSeconds,
};

}  // namespace shapeguard

#endif  // SHAPEGUARD_TIMESTAMP_FORMAT_H_
