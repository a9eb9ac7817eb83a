// Pieces the kinds' generators build values from: words, digits, resource paths, methods.
// For use inside rc::gen::exec: they pick with operator*.
#ifndef SHAPEGUARD_PROPERTIES_KINDS_PIECES_H_
#define SHAPEGUARD_PROPERTIES_KINDS_PIECES_H_

#include <string>
#include <string_view>

namespace shapeguard::properties {

// Letters and digits, the alphabet most generated names draw from.
inline constexpr std::string_view kAlnum =
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

// `count` decimal digits.
std::string Digits(int count);

// min to max characters of alphabet.
std::string Word(int min, int max, std::string_view alphabet);

// An API Gateway resource path: "/", or segments of names and {parameters}, perhaps ending
// in {proxy+}.
std::string ResourcePath();

// An HTTP method the http-method check accepts; the wildcard "*" only when allowed.
std::string HttpMethod(bool allow_wildcard);

}  // namespace shapeguard::properties

#endif  // SHAPEGUARD_PROPERTIES_KINDS_PIECES_H_
