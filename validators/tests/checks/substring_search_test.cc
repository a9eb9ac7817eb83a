// SubstringSearch tries 16 start positions at once where it can: its answer must be
// string_view::find's for every text length, needle length and starting point, with the
// needle at every position (the last block overlaps the one before it, so the positions
// near the end are where a slip would show).
#include "checks/substring_search.h"

#include <gtest/gtest.h>

#include <random>
#include <string>

namespace shapeguard::internal {
namespace {

// Texts over a small alphabet, so needles made of it occur often and partly.
std::string RandomText(std::mt19937& random, std::size_t length) {
  static const std::string kAlphabet = "$ab.d";
  std::string text;
  for (std::size_t i = 0; i < length; ++i) text.push_back(kAlphabet[random() % kAlphabet.size()]);
  return text;
}

void ExpectSameAsFind(const std::string& text, const std::string& needle) {
  SubstringSearch search(needle);
  for (std::size_t from = 0; from <= text.size() + 1; ++from) {
    ASSERT_EQ(search.Find(text, from), std::string_view(text).find(needle, from))
        << "text \"" << text << "\", needle \"" << needle << "\", from " << from;
  }
}

TEST(SubstringSearch, AgreesWithFindOnRandomTexts) {
  std::mt19937 random(20261204);
  for (std::size_t length = 0; length <= 80; ++length) {
    for (int round = 0; round < 20; ++round) {
      std::string text = RandomText(random, length);
      std::size_t needle_length = random() % 24;
      std::string needle = RandomText(random, needle_length);
      ExpectSameAsFind(text, needle);
      // A needle cut from the text itself, so there is at least one match.
      if (length > 0) {
        std::size_t at = random() % length;
        ExpectSameAsFind(text, text.substr(at, random() % (length - at + 1)));
      }
    }
  }
}

TEST(SubstringSearch, FindsTheNeedleAtEveryPosition) {
  const std::string needle = "$context.requestId";
  for (std::size_t length = needle.size(); length <= 90; ++length) {
    for (std::size_t at = 0; at + needle.size() <= length; ++at) {
      std::string text(length, 'x');
      text.replace(at, needle.size(), needle);
      SubstringSearch search(needle);
      ASSERT_EQ(search.Find(text), at) << "length " << length;
      ASSERT_EQ(search.Find(text, at + 1), std::string::npos) << "length " << length;
      // Its first and last bytes without the middle are not a match.
      text[at + 5] = 'X';
      ASSERT_EQ(search.Find(text), std::string::npos) << "length " << length << ", at " << at;
    }
  }
}

TEST(SubstringSearch, EmptyNeedleAndShortTexts) {
  SubstringSearch empty("");
  EXPECT_EQ(empty.Find("abc"), 0u);
  EXPECT_EQ(empty.Find("abc", 3), 3u);
  EXPECT_EQ(empty.Find("abc", 4), std::string::npos);
  SubstringSearch one("$");
  EXPECT_EQ(one.Find("ab$c$"), 2u);
  EXPECT_EQ(one.Find("ab$c$", 3), 4u);
  EXPECT_EQ(SubstringSearch("abcd").Find("abc"), std::string::npos);
}

}  // namespace
}  // namespace shapeguard::internal
