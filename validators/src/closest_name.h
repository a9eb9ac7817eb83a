// "Did you mean": the known name nearest to a mistyped one, for the catalog's messages about
// unknown services and operations.
#ifndef SHAPEGUARD_CLOSEST_NAME_H_
#define SHAPEGUARD_CLOSEST_NAME_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace shapeguard::internal {

// A name as compared here and in the catalog: without case, "-", "_" and spaces
// ("create-stage" finds CreateStage, "API Gateway" apigateway).
std::string FoldName(std::string_view name);

// The name among `known` nearest to `wanted` by edit distance (ignoring case, "-" and "_"),
// when it is close enough to be a typo: at most 2 edits, and at most a third of the name.
// Nothing when none is, or when two names tie for nearest.
std::optional<std::string> ClosestName(std::string_view wanted,
                                       const std::vector<std::string>& known);

// `did you mean "Name"? ` for the closest name, or "" when there is none.
std::string DidYouMean(std::string_view wanted, const std::vector<std::string>& known);

}  // namespace shapeguard::internal

#endif  // SHAPEGUARD_CLOSEST_NAME_H_
