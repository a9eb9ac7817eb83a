// AWS Signature Version 4 (SigV4) request signing.
// https://docs.aws.amazon.com/IAM/latest/UserGuide/create-signed-request.html
#ifndef SHAPEGUARD_CONFORMANCE_WIRE_SIGV4_H_
#define SHAPEGUARD_CONFORMANCE_WIRE_SIGV4_H_

#include <chrono>
#include <string>
#include <string_view>

#include "shapeguard/result.h"
#include "wire/aws_credentials.h"
#include "wire/http_message.h"

namespace shapeguard::conformance {

// Whom to sign as, for which region and service, at which time.
struct SigningParams {
  Credentials credentials;
  std::string region;  // "us-east-1"
  std::string
      service;  // the signing name, see Operation::signing_name(); "s3" changes the URI rules
  std::string amz_date;  // the signing time, "20150830T123600Z" (see AmzDate)
};

// Each intermediate result of signing, so tests can compare them with AWS's test suite.
struct Signature {
  std::string canonical_request;
  std::string string_to_sign;
  std::string signed_headers;  // "host;x-amz-date"
  std::string signature;       // lower-case hex
  std::string authorization;   // the Authorization header's value
};

// A time as SigV4 writes it: ISO 8601 basic format in UTC, "20150830T123600Z".
std::string AmzDate(std::chrono::system_clock::time_point time);

// The canonical URI of a path as it is on the request line. Except for S3, the path is
// normalised (dot segments removed, repeated slashes collapsed) and percent-encoded again,
// so "%2F" in a label is signed as "%252F"; for S3 it is signed as it is.
std::string CanonicalUri(std::string_view path, bool s3);

// The canonical query string: each name and value URI-encoded (RFC 3986 unreserved kept,
// after decoding what the query already encoded), pairs sorted by name then value.
std::string CanonicalQuery(std::string_view query);

// Signs the request as it stands. Every header it has is signed except those that
// intermediaries may change (Authorization, User-Agent, Expect, X-Amzn-Trace-Id); its Host
// header must be the authority the request goes to (HttpClient::authority()). Fails when the
// request has no Host header or amz_date is not of the form "YYYYMMDDTHHMMSSZ".
Result<Signature> ComputeSignature(const HttpRequest& request, const SigningParams& params);

// Sets X-Amz-Date (and X-Amz-Security-Token when the credentials have a session token, so
// the token is signed), then adds the Authorization header, replacing any earlier one. For
// S3 it also sets X-Amz-Content-SHA256, which S3 requires. Fails as ComputeSignature does.
Status SignRequest(HttpRequest& request, const SigningParams& params);

}  // namespace shapeguard::conformance

#endif  // SHAPEGUARD_CONFORMANCE_WIRE_SIGV4_H_
