// AsciiClass answers "is every byte in the set?" 16 bytes at a time where it can: the fast
// answer must be the byte-by-byte one for every length, every position of an outsider, and
// every byte value (past ASCII too).
#include "checks/ascii_class.h"

#include <gtest/gtest.h>

#include <string>

namespace shapeguard::internal {
namespace {

AsciiClass UrlSafe() {  // [A-Za-z0-9._~:/?#&=,-]
  AsciiClass set;
  set.Add('A', 'Z');
  set.Add('a', 'z');
  set.Add('0', '9');
  for (char c : std::string("._~:/?#&=,-")) set.Add(c, c);
  return set;
}

TEST(AsciiClass, AddsRangesAndNothingElse) {
  AsciiClass set = UrlSafe();
  EXPECT_TRUE(set.Contains('a') && set.Contains('Z') && set.Contains('~') && set.Contains('-'));
  EXPECT_FALSE(set.Contains(' ') || set.Contains('[') || set.Contains('@') || set.Contains(0));
  EXPECT_FALSE(set.Contains(0xC3) || set.Contains(0xFF) || set.Contains(0x80 | 'a'));
}

TEST(AsciiClass, EveryLengthAndEveryOutsiderAgreeWithTheScalarScan) {
  AsciiClass set = UrlSafe();
  const std::string members = "abcXYZ019._~:/?#&=,-";
  for (std::size_t length = 0; length <= 70; ++length) {
    std::string text;
    for (std::size_t i = 0; i < length; ++i) text.push_back(members[i % members.size()]);
    ASSERT_TRUE(set.ContainsAll(text)) << length;
    for (std::size_t at = 0; at < length; ++at) {
      for (int byte = 0; byte < 256; ++byte) {
        std::string changed = text;
        changed[at] = static_cast<char>(byte);
        bool expected = set.ContainsAllScalar(changed);
        ASSERT_EQ(expected, set.Contains(static_cast<unsigned char>(byte)));
        ASSERT_EQ(set.ContainsAll(changed), expected)
            << "length " << length << ", byte " << byte << " at " << at;
      }
    }
  }
}

TEST(AsciiClass, EmptySetHoldsOnlyTheEmptyText) {
  AsciiClass none;
  EXPECT_TRUE(none.ContainsAll(""));
  EXPECT_FALSE(none.ContainsAll(std::string(40, 'a')));
  EXPECT_FALSE(none.ContainsAll(std::string(40, '\0')));
}

}  // namespace
}  // namespace shapeguard::internal
