// A deviation from the contract that an oracle found, in the report's form.
#ifndef SHAPEGUARD_CONFORMANCE_CONFORM_FINDING_H_
#define SHAPEGUARD_CONFORMANCE_CONFORM_FINDING_H_

#include <nlohmann/json.hpp>
#include <string>

#include "conform/exchange.h"

namespace shapeguard::conformance {

struct Finding {
  std::string operation;            // "apigatewayv2.CreateStage"
  std::string oracle;               // the name of one of Oracles()
  std::string rule;                 // the rule broken and its source; findings are de-duplicated by
                                    // (operation, oracle, rule), so it holds no per-request values
  nlohmann::ordered_json request;   // {"method", "path", "query", "headers", "body", "params"}
  nlohmann::ordered_json response;  // {"status", "headers", "body"}
  std::string reproduce;            // a curl command that sends the request again
};

// A finding about an exchange: its request, response and reproduction filled in.
Finding MakeFinding(const Exchange& exchange, std::string oracle, std::string rule);

// A finding about `first` (a write or a delete) that a later exchange shows: it names the
// first exchange's operation and request, carries the later one's response as the evidence,
// and reproduces with both requests.
Finding FollowUpFinding(const Exchange& first, const Exchange& later, std::string oracle,
                        std::string rule);

// A shell command that sends the request to the endpoint again with curl. Every argument is
// single-quoted, so it is safe to paste whatever the bytes.
std::string CurlCommand(const std::string& endpoint, const HttpRequest& request);

// A body as it goes in a report: the JSON value when it is JSON, else the text.
nlohmann::ordered_json BodyForReport(const std::string& body);

}  // namespace shapeguard::conformance

#endif  // SHAPEGUARD_CONFORMANCE_CONFORM_FINDING_H_
