// AsciiClass answers "is every byte in the set?" 16 or 64 bytes at a time where it can: each
// kernel this CPU runs must give the byte-by-byte answer for every length (over two 64-byte
// blocks), every position of an outsider, and every byte value (past ASCII too), and for a
// padded text whatever follows it.
#include "checks/ascii_class.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

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

using Kernel = AsciiClass::Kernel;

// The kernels this CPU runs (the scalar one always).
std::vector<Kernel> Kernels() {
  std::vector<Kernel> kernels;
  for (Kernel k : {Kernel::kScalar, Kernel::kSsse3, Kernel::kAvx512}) {
    if (AsciiClass::Runs(k)) kernels.push_back(k);
  }
  return kernels;
}

// The public answer (the fastest kernel) and every kernel this CPU runs, against the
// byte-by-byte scan.
TEST(AsciiClass, EveryKernelAgreesWithTheScalarScanAtEveryLengthAndOutsider) {
  AsciiClass set = UrlSafe();
  const std::string members = "abcXYZ019._~:/?#&=,-";
  std::vector<Kernel> kernels = Kernels();
  for (std::size_t length = 0; length <= 140; ++length) {
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
        for (Kernel kernel : kernels) {
          ASSERT_EQ(set.ContainsAllBy(kernel, changed, false), expected)
              << "kernel " << static_cast<int>(kernel) << ", length " << length << ", byte " << byte
              << " at " << at;
        }
      }
    }
  }
}

// A text followed by readable bytes: whatever those bytes are, only the text's own count.
TEST(AsciiClass, PaddedTextsIgnoreTheBytesAfterThem) {
  AsciiClass set = UrlSafe();
  const std::string members = "abcXYZ019._~:/?#&=,-";
  for (char after : {'a', ' ', '\0', '\xFF'}) {
    for (std::size_t length = 0; length <= 140; ++length) {
      std::string buffer;
      for (std::size_t i = 0; i < length; ++i) buffer.push_back(members[i % members.size()]);
      buffer.append(AsciiClass::kReadPast, after);
      std::string_view text(buffer.data(), length);
      ASSERT_TRUE(set.ContainsAllPadded(text)) << "length " << length << ", then " << int(after);
      for (std::size_t at = 0; at < length; ++at) {
        // NUL, space, "@", "a", DEL, and bytes past ASCII.
        for (int byte : {0x00, 0x20, 0x40, 0x61, 0x7F, 0x80, 0xC3, 0xFF}) {
          char kept = buffer[at];
          buffer[at] = static_cast<char>(byte);
          ASSERT_EQ(set.ContainsAllPadded(text), set.ContainsAllScalar(text))
              << "length " << length << ", byte " << byte << " at " << at;
          for (Kernel kernel : Kernels()) {
            ASSERT_EQ(set.ContainsAllBy(kernel, text, true), set.ContainsAllScalar(text))
                << "kernel " << static_cast<int>(kernel) << ", length " << length;
          }
          buffer[at] = kept;
        }
      }
    }
  }
}

TEST(AsciiClass, TheScalarKernelRunsEverywhere) { EXPECT_TRUE(AsciiClass::Runs(Kernel::kScalar)); }

TEST(AsciiClass, EmptySetHoldsOnlyTheEmptyText) {
  AsciiClass none;
  EXPECT_TRUE(none.ContainsAll(""));
  EXPECT_FALSE(none.ContainsAll(std::string(40, 'a')));
  EXPECT_FALSE(none.ContainsAll(std::string(40, '\0')));
}

}  // namespace
}  // namespace shapeguard::internal
