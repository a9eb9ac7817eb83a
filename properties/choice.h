// Choices inside generators that do not depend on RapidCheck's size. RapidCheck scales
// gen::inRange (and so elementOf) by the test's size, which starts at 0: every early case
// would take the first branch, the first enum value and no optional member. Choices here
// span their whole range at every size and still shrink towards their first value.
#ifndef SHAPEGUARD_PROPERTIES_CHOICE_H_
#define SHAPEGUARD_PROPERTIES_CHOICE_H_

#include <rapidcheck.h>

#include <cstddef>

namespace shapeguard::properties {

// The size at which RapidCheck's ranges are not scaled down.
constexpr int kFullSize = 100;

// A value in [lo, hi).
template <typename T>
T Pick(T lo, T hi) {
  return *rc::gen::resize(kFullSize, rc::gen::inRange<T>(lo, hi));
}

inline bool Coin() { return Pick(0, 2) == 1; }

// One element of a non-empty container.
template <typename Container>
const auto& PickFrom(const Container& items) {
  auto it = std::begin(items);
  std::advance(it, Pick<std::size_t>(0, std::size(items)));
  return *it;
}

}  // namespace shapeguard::properties

#endif  // SHAPEGUARD_PROPERTIES_CHOICE_H_
