// How a fuzzed scenario's target request departs from a valid one. A fuzz harness decodes
// its input into a Mutation; the runner applies it (wire/percent_encoding keeps what is
// written into a path or query well-formed, so the tamper reaches the server's routing and
// decoding rather than the client's).
#ifndef SHAPEGUARD_CONFORMANCE_CONFORM_MUTATION_H_
#define SHAPEGUARD_CONFORMANCE_CONFORM_MUTATION_H_

#include <cstddef>
#include <cstdint>
#include <string>

#include "wire/http_message.h"

namespace shapeguard::conformance {

enum class Tamper : std::uint8_t {
  kNone,              // the valid scenario: write, read back, create again
  kOneViolation,      // one rule broken; `choice` picks the violation kind
  kUnknownReference,  // a bound identifier replaced by one naming nothing; `choice` picks it
  kBodyBytes,         // `bytes` written into the encoded body at `choice`
  kHeader,            // a header's value replaced by `bytes`; `choice` picks the header
  kQuery,             // `bytes` added to the query as a parameter
  kLabel,             // a path segment replaced by `bytes`; `choice` picks the segment
  kMethod,            // another HTTP method; `choice` picks it
  kCount
};

struct Mutation {
  Tamper tamper = Tamper::kNone;
  std::size_t choice = 0;
  std::string bytes;
  // Prerequisites the scenario leaves out (bit i: the i-th); the target is then sent with
  // what it would name missing, and its answer judged as any answer is.
  std::uint8_t absent = 0;
};

// True for the tampers applied to the encoded request (kBodyBytes and after).
bool IsWireTamper(Tamper tamper);

// True when the tamper may route the request to another operation (or none): its answer is
// then judged only by the oracles every answer is judged by.
bool MayChangeRoute(Tamper tamper);

// Applies a wire tamper to an encoded, not yet signed, request. Header values lose control
// characters but HTAB (an HTTP message cannot carry them); path and query bytes are
// percent-encoded.
void TamperRequest(HttpRequest& request, const Mutation& mutation);

}  // namespace shapeguard::conformance

#endif  // SHAPEGUARD_CONFORMANCE_CONFORM_MUTATION_H_
