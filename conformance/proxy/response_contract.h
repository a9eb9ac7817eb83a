// The response half of the proxy's check: the upstream's answer judged by the same oracles
// `conform` uses, for the protocols whose responses the proxy reads (rest-json, json, query
// and ec2).
#ifndef SHAPEGUARD_CONFORMANCE_PROXY_RESPONSE_CONTRACT_H_
#define SHAPEGUARD_CONFORMANCE_PROXY_RESPONSE_CONTRACT_H_

#include <vector>

#include "conform/exchange.h"
#include "conform/finding.h"
#include "shapeguard/operation.h"

namespace shapeguard::proxy {

// Decodes exchange.response into exchange.decoded, then judges it: no 5xx (server-error);
// a JSON body labelled as JSON (content-type); a success body that validates against the
// output shape with no undeclared key, an error of a type the operation declares
// (response-shape); a success with the model's success status (positive-acceptance); and
// no success at all for a request that broke the input contract (negative-rejection).
std::vector<conformance::Finding> CheckResponse(conformance::Exchange& exchange,
                                                bool request_valid);

}  // namespace shapeguard::proxy

#endif  // SHAPEGUARD_CONFORMANCE_PROXY_RESPONSE_CONTRACT_H_
