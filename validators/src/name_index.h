// A fixed set of names, looked up by hash: a structure's members, an enum's values. Built
// once when a schema compiles, then only read (by any number of threads).
#ifndef SHAPEGUARD_NAME_INDEX_H_
#define SHAPEGUARD_NAME_INDEX_H_

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

namespace shapeguard::internal {

// A cheap hash of a member name or enum value (length and the bytes at both ends and the
// middle); the seed varies it. Inline: it runs for every member of every document.
inline std::size_t NameHash(std::string_view name, std::uint32_t seed = 0);

class NameIndex {
 public:
  static constexpr std::uint32_t kNotFound = UINT32_MAX;

  NameIndex() = default;
  // Indexes names by their position in the list; a name listed twice keeps the first.
  explicit NameIndex(const std::vector<std::string_view>& names);

  // The position of name in the list the index was built from, or kNotFound.
  std::uint32_t Find(std::string_view name) const {
    if (slots_.empty()) return kNotFound;
    std::size_t mask = slots_.size() - 1;
    for (std::size_t i = NameHash(name, seed_) & mask;; i = (i + 1) & mask) {
      const Slot& slot = slots_[i];
      if (slot.position == kNotFound) return kNotFound;
      if (slot.size == name.size() && SameBytes(bytes_.data() + slot.offset, name)) {
        return slot.position;
      }
    }
  }

 private:
  // A name's bytes sit in bytes_ (the index owns them, so it can be copied and moved).
  struct Slot {
    std::uint32_t offset = 0;
    std::uint32_t size = 0;
    std::uint32_t position = kNotFound;  // kNotFound: an empty slot
  };

  static bool SameBytes(const char* stored, std::string_view name);
  bool Place(const std::vector<std::string_view>& names, std::uint32_t seed);

  std::vector<Slot> slots_;
  std::string bytes_;
  std::uint32_t seed_ = 0;
};

// Inline: a lookup runs for every member of every document.

template <class Word>
Word LoadWord(const char* p) {
  Word word;
  std::memcpy(&word, p, sizeof word);
  return word;
}

// Length and the bytes at both ends and the middle, mixed by one multiplication; the seed
// varies the multiplier.
inline std::size_t NameHash(std::string_view name, std::uint32_t seed) {
  std::uint64_t key = name.size();
  if (!name.empty()) {
    key |= std::uint64_t{static_cast<unsigned char>(name.front())} << 16 |
           std::uint64_t{static_cast<unsigned char>(name[name.size() / 2])} << 24 |
           std::uint64_t{static_cast<unsigned char>(name.back())} << 32;
  }
  return static_cast<std::size_t>((key * (0x9E3779B97F4A7C15ULL + 2 * seed)) >> 40);
}

// Equal bytes, compared a word at a time (the last word overlapping the one before): names
// are short, and a call to memcmp would cost more than the comparison.
inline bool NameIndex::SameBytes(const char* stored, std::string_view name) {
  using W8 = std::uint64_t;
  using W4 = std::uint32_t;
  const char* b = name.data();
  std::size_t size = name.size();
  if (size >= 8) {
    for (std::size_t i = 0; i + 8 < size; i += 8) {
      if (LoadWord<W8>(stored + i) != LoadWord<W8>(b + i)) return false;
    }
    return LoadWord<W8>(stored + size - 8) == LoadWord<W8>(b + size - 8);
  }
  if (size >= 4) {
    return LoadWord<W4>(stored) == LoadWord<W4>(b) &&
           LoadWord<W4>(stored + size - 4) == LoadWord<W4>(b + size - 4);
  }
  for (std::size_t i = 0; i < size; ++i) {
    if (stored[i] != b[i]) return false;
  }
  return true;
}

}  // namespace shapeguard::internal

#endif  // SHAPEGUARD_NAME_INDEX_H_
