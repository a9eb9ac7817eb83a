// How API Gateway (REST) addresses method settings: a resource path and an HTTP method, in
// method-settings keys ("~1pets~1{petId}/GET", "*/*") and in patch paths
// ("/~1pets~1{petId}/GET/logging/loglevel"). Source: 001_d148f77672da085e.txt.
#ifndef SHAPEGUARD_CHECKS_METHOD_SETTING_H_
#define SHAPEGUARD_CHECKS_METHOD_SETTING_H_

#include <span>
#include <string_view>

namespace shapeguard::internal {

// "/" or "/part/part...", each part letters, digits and ._:- or a {param} / {proxy+}
// placeholder.
bool IsResourcePath(std::string_view path);

// A method API Gateway routes (GET, PUT, POST, DELETE, PATCH, HEAD, OPTIONS, ANY), or "*".
bool IsHttpMethodOrWildcard(std::string_view method);

// The methods IsHttpMethodOrWildcard accepts, for messages.
std::string_view HttpMethodsText();

// The same methods as a list (generators pick from it).
std::span<const std::string_view> HttpMethods();

}  // namespace shapeguard::internal

#endif  // SHAPEGUARD_CHECKS_METHOD_SETTING_H_
