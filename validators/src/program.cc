#include "program.h"

namespace shapeguard::internal {
namespace {

// Cheap and good enough for member names: length and the bytes at both ends and the middle.
std::size_t HashName(std::string_view name) {
  std::size_t h = name.size() * 0x9E3779B97F4A7C15ULL;
  if (!name.empty()) {
    h ^= static_cast<unsigned char>(name.front()) * 0x100000001B3ULL;
    h ^= static_cast<unsigned char>(name.back()) << 17;
    h ^= static_cast<unsigned char>(name[name.size() / 2]) << 29;
  }
  return h ^ (h >> 31);
}

}  // namespace

const Member* Node::FindMember(std::string_view name) const {
  if (hash_slots.empty()) return nullptr;
  std::size_t mask = hash_slots.size() - 1;
  for (std::size_t i = HashName(name) & mask;; i = (i + 1) & mask) {
    std::uint32_t slot = hash_slots[i];
    if (slot == 0) return nullptr;
    if (members[slot - 1].name == name) return &members[slot - 1];
  }
}

void Node::IndexMembers() {
  std::size_t size = 4;
  while (size < 2 * members.size()) size *= 2;
  hash_slots.assign(size, 0);
  for (std::uint32_t i = 0; i < members.size(); ++i) {
    std::size_t j = HashName(members[i].name) & (size - 1);
    while (hash_slots[j] != 0) j = (j + 1) & (size - 1);
    hash_slots[j] = i + 1;
  }
}

}  // namespace shapeguard::internal
