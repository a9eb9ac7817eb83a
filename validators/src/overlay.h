// Overlays: the documented constraints the models do not encode, as data.
//
// A file schemas/overlays/<service>.json holds
//   {"service": "apigatewayv2",
//    "sources": {"000_d6df98e444a9a227.txt": "what the source is", ...},
//    "rules": [{"target": "StageVariablesMap$key", "check": "pattern",
//               "args": {"regex": "[A-Za-z0-9_]+", "anchoring": "full"},
//               "source": "000_d6df98e444a9a227.txt", "note": "optional why"}, ...]}
// A target is a shape name followed by steps, each "$" and a structure member name, or
// "$key"/"$value" for a map, or "$member" for a list: "Tags$value" is every value of every
// Tags map; "Stage$variables$key" only the keys of the Stage's variables map. A rule replaces
// the rules of the same check kind that a less specific target (the shape, the model) gave
// the same position; rules of other kinds add up.
#ifndef SHAPEGUARD_OVERLAY_H_
#define SHAPEGUARD_OVERLAY_H_

#include <map>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "shapeguard/result.h"

namespace shapeguard::internal {

struct OverlayRule {
  std::string target;              // as written, e.g. "Stage$variables$key"
  std::vector<std::string> steps;  // the shape name, then each step
  std::string check;               // a registry name
  nlohmann::json args;             // always an object
  std::string source;              // a key of Overlay::sources
  std::string note;
};

struct Overlay {
  std::string service;
  std::string origin;
  std::map<std::string, std::string> sources;
  std::vector<OverlayRule> rules;
};

// Parses and checks an overlay file: every rule has a target, a known check kind and a
// declared source. Whether targets exist is checked against the model when compiling.
Result<Overlay> ParseOverlay(std::string_view text, std::string origin);

}  // namespace shapeguard::internal

#endif  // SHAPEGUARD_OVERLAY_H_
