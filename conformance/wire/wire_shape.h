// What the parameter form hides: deviations of a JSON body from the wire form its model and
// protocol prescribe, that an SDK would silently absorb (a null it reads as absent) or read
// differently from AWS (a timestamp or number in another form).
#ifndef SHAPEGUARD_CONFORMANCE_WIRE_WIRE_SHAPE_H_
#define SHAPEGUARD_CONFORMANCE_WIRE_WIRE_SHAPE_H_

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "shapeguard/operation.h"

namespace shapeguard::conformance {

struct WireDeviation {
  std::string pointer;  // RFC 6901, into the wire body (wire names)
  std::string rule;     // the wire rule broken and its source; no per-body values
};

// Walks a JSON body (rest-json or json) against `shape`: a member sent as null (AWS leaves
// absent members out); a timestamp whose form is not the member's timestampFormat (epoch
// seconds by default in JSON bodies: a number; iso8601 and rfc822: strings in that form); a
// number or boolean sent as a string (a float's "NaN", "Infinity" and "-Infinity" are the
// protocol's own strings). `body_only`: the top level's header and status members are not
// in the body. Members the shape does not declare are not judged here (they are undeclared).
// Stops at kMaxBodyDepth.
std::vector<WireDeviation> FindWireDeviations(ShapeView shape, const nlohmann::json& body,
                                              bool body_only);

}  // namespace shapeguard::conformance

#endif  // SHAPEGUARD_CONFORMANCE_WIRE_WIRE_SHAPE_H_
