// Picking with a Chooser, and the pieces the checks' Generate builds values from: words,
// digits, resource paths, methods.
#ifndef SHAPEGUARD_CHECKS_VALUE_PIECES_H_
#define SHAPEGUARD_CHECKS_VALUE_PIECES_H_

#include <cstddef>
#include <iterator>
#include <string>
#include <string_view>

#include "shapeguard/constraint.h"

namespace shapeguard::internal {

// A value in [lo, hi).
template <typename T>
T Pick(Chooser& chooser, T lo, T hi) {
  return static_cast<T>(lo + static_cast<T>(chooser.Below(static_cast<std::size_t>(hi - lo))));
}

inline bool Coin(Chooser& chooser) { return chooser.Below(2) == 1; }

// One element of a non-empty container.
template <typename Container>
const auto& PickFrom(Chooser& chooser, const Container& items) {
  auto it = std::begin(items);
  std::advance(it, chooser.Below(std::size(items)));
  return *it;
}

// Letters and digits, the alphabet most generated names draw from.
inline constexpr std::string_view kAlnum =
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

// `count` decimal digits.
std::string Digits(Chooser& chooser, int count);

// min to max characters of alphabet.
std::string Word(Chooser& chooser, int min, int max, std::string_view alphabet);

// An API Gateway resource path: "/", or segments of names and {parameters}, perhaps ending
// in {proxy+}.
std::string ResourcePath(Chooser& chooser);

// An HTTP method the http-method check accepts; the wildcard "*" only when allowed.
std::string HttpMethod(Chooser& chooser, bool allow_wildcard);

}  // namespace shapeguard::internal

#endif  // SHAPEGUARD_CHECKS_VALUE_PIECES_H_
