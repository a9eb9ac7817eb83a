#include "name_index.h"

#include <algorithm>

namespace shapeguard::internal {
namespace {

// Seeds tried for an index where every name has a slot of its own (one probe per lookup of
// a listed name); past them, the last one stays and a few names probe further.
constexpr std::uint32_t kSeedsToTry = 64;

// Above this many names a seed that places every name alone is rare (ec2's InstanceType
// enum has about a thousand values) and the search cost a third of a one-document run's
// time: one seed is placed.
constexpr std::size_t kMostNamesForSeedSearch = 128;

}  // namespace

NameIndex::NameIndex(const std::vector<std::string_view>& names) {
  for (std::string_view name : names) bytes_.append(name);
  std::size_t size = 4;
  while (size < 2 * names.size()) size *= 2;
  slots_.resize(size);
  std::uint32_t seeds = names.size() <= kMostNamesForSeedSearch ? kSeedsToTry : 1;
  for (std::uint32_t seed = 0; seed < seeds; ++seed) {
    if (Place(names, seed)) return;
  }
}

// Fills the slots with this seed; true when no two names wanted the same slot. Linear
// probing finds every name either way.
bool NameIndex::Place(const std::vector<std::string_view>& names, std::uint32_t seed) {
  std::fill(slots_.begin(), slots_.end(), Slot{});
  seed_ = seed;
  std::size_t mask = slots_.size() - 1;
  bool collided = false;
  std::uint32_t offset = 0;
  for (std::uint32_t position = 0; position < names.size(); ++position) {
    std::string_view name = names[position];
    Slot slot{offset, static_cast<std::uint32_t>(name.size()), position};
    offset += slot.size;
    if (Find(name) != kNotFound) continue;  // listed before: the first one stays
    std::size_t i = NameHash(name, seed) & mask;
    collided |= slots_[i].position != kNotFound;
    while (slots_[i].position != kNotFound) i = (i + 1) & mask;
    slots_[i] = slot;
  }
  return !collided;
}

}  // namespace shapeguard::internal
