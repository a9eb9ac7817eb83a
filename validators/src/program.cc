#include "program.h"

#include <cstdint>
#include <cstring>

namespace shapeguard::internal {
namespace {

// Length and the bytes at both ends and the middle, mixed by one multiplication; the seed
// varies the multiplier, so IndexMembers can pick one that gives every member its own slot.
std::size_t HashName(std::string_view name, std::uint32_t seed) {
  std::uint64_t key = name.size();
  if (!name.empty()) {
    key |= std::uint64_t{static_cast<unsigned char>(name.front())} << 16 |
           std::uint64_t{static_cast<unsigned char>(name[name.size() / 2])} << 24 |
           std::uint64_t{static_cast<unsigned char>(name.back())} << 32;
  }
  return static_cast<std::size_t>((key * (0x9E3779B97F4A7C15ULL + 2 * seed)) >> 40);
}

template <class Word>
Word Load(const char* p) {
  Word word;
  std::memcpy(&word, p, sizeof word);
  return word;
}

// Equal bytes, compared a word at a time (the last word overlapping the one before): member
// names are short, and a call to memcmp would cost more than the comparison.
bool SameBytes(const char* a, const char* b, std::size_t size) {
  using W8 = std::uint64_t;
  using W4 = std::uint32_t;
  if (size >= 8) {
    for (std::size_t i = 0; i + 8 < size; i += 8) {
      if (Load<W8>(a + i) != Load<W8>(b + i)) return false;
    }
    return Load<W8>(a + size - 8) == Load<W8>(b + size - 8);
  }
  if (size >= 4) {
    return Load<W4>(a) == Load<W4>(b) && Load<W4>(a + size - 4) == Load<W4>(b + size - 4);
  }
  for (std::size_t i = 0; i < size; ++i) {
    if (a[i] != b[i]) return false;
  }
  return true;
}

constexpr std::uint32_t kSeedsToTry = 64;

}  // namespace

const Member* Node::FindMember(std::string_view name) const {
  if (hash_slots.empty()) return nullptr;
  std::size_t mask = hash_slots.size() - 1;
  for (std::size_t i = HashName(name, hash_seed) & mask;; i = (i + 1) & mask) {
    HashSlot slot = hash_slots[i];
    if (slot.member == 0) return nullptr;
    if (slot.name_size != name.size()) continue;
    const Member& member = members[slot.member - 1];
    if (SameBytes(member.name.data(), name.data(), name.size())) return &member;
  }
}

void Node::IndexMembers() {
  required.clear();
  for (std::uint32_t i = 0; i < members.size(); ++i) {
    if (members[i].required) required.push_back(i);
  }
  std::size_t size = 4;
  while (size < 2 * members.size()) size *= 2;
  // Linear probing finds every member whatever the seed; a seed without collisions makes
  // each lookup of a declared member one probe. Else the last seed tried stays.
  for (hash_seed = 0; hash_seed < kSeedsToTry; ++hash_seed) {
    hash_slots.assign(size, HashSlot{});
    bool collided = false;
    for (std::uint32_t i = 0; i < members.size(); ++i) {
      std::size_t j = HashName(members[i].name, hash_seed) & (size - 1);
      collided |= hash_slots[j].member != 0;
      while (hash_slots[j].member != 0) j = (j + 1) & (size - 1);
      hash_slots[j] = {i + 1, static_cast<std::uint32_t>(members[i].name.size())};
    }
    if (!collided) return;
  }
  --hash_seed;
}

}  // namespace shapeguard::internal
