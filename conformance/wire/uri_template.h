// Matching a request path against an operation's http.requestUri template: the inverse of
// the label filling EncodeRequest does.
#ifndef SHAPEGUARD_CONFORMANCE_WIRE_URI_TEMPLATE_H_
#define SHAPEGUARD_CONFORMANCE_WIRE_URI_TEMPLATE_H_

#include <map>
#include <optional>
#include <string>
#include <string_view>

namespace shapeguard::conformance {

// What a path matched: each label's percent-decoded value, and how many literal segments
// agreed (a router prefers the template with more of them: "/v2/apis/{apiId}/stages" over
// "/v2/apis/{apiId}/{anything+}").
struct UriMatch {
  std::map<std::string, std::string> labels;
  int literal_segments = 0;
  int query_literals = 0;  // MatchRequestTarget: the template's query literals (all present)

  // How specific the match is, for choosing among templates: literal segments first, then
  // query literals ("?uploads&x-id=..." over "?uploads").
  int specificity() const { return literal_segments * 16 + query_literals; }
};

// Matches an encoded request path ("/v2/apis/a1/stages/prod") against a requestUri
// template ("/v2/apis/{apiId}/stages/{stageName}"); a query part of the template
// ("/apikeys?mode=import") is ignored. Segments are compared after the path is split at
// "/", so an encoded "%2F" inside a label stays in that label. A {label} takes exactly one
// segment, possibly empty (a missing label: EncodeRequest leaves its segment empty, and the
// server must answer 400, not 404); a greedy {label+} takes the rest of the path, slashes
// included, and must be last.
std::optional<UriMatch> MatchUriTemplate(std::string_view path_template, std::string_view path);

// Matches a request's path and query against a template as a router does: the path as
// MatchUriTemplate matches it, and every "name" or "name=value" literal of the template's
// query part ("/{Bucket}?uploads", "/restapis?mode=import") present in the request's query.
std::optional<UriMatch> MatchRequestTarget(std::string_view uri_template, std::string_view path,
                                           std::string_view query);

}  // namespace shapeguard::conformance

#endif  // SHAPEGUARD_CONFORMANCE_WIRE_URI_TEMPLATE_H_
