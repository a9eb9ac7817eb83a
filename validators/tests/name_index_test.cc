// NameIndex must find each listed name at its position and nothing else, whatever the
// names' lengths and however their hashes collide.
#include "name_index.h"

#include <gtest/gtest.h>

#include <random>
#include <set>
#include <string>
#include <vector>

namespace shapeguard::internal {
namespace {

std::vector<std::string_view> Views(const std::vector<std::string>& names) {
  return {names.begin(), names.end()};
}

TEST(NameIndex, FindsEachNameAtItsPosition) {
  std::vector<std::string> names = {"ApiId",
                                    "StageName",
                                    "",
                                    "a",
                                    "ab",
                                    "abcd",
                                    "abcdefgh",
                                    "ThrottlingBurstLimit",
                                    "DefaultRouteSettings"};
  NameIndex index(Views(names));
  for (std::uint32_t i = 0; i < names.size(); ++i) EXPECT_EQ(index.Find(names[i]), i) << names[i];
  for (std::string other : {"apiId", "ApiI", "ApiIdX", "b", "abce", "abcdefgi", "abcdefghi"}) {
    EXPECT_EQ(index.Find(other), NameIndex::kNotFound) << other;
  }
}

TEST(NameIndex, EmptyIndexFindsNothing) {
  EXPECT_EQ(NameIndex().Find("x"), NameIndex::kNotFound);
  EXPECT_EQ(NameIndex(std::vector<std::string_view>{}).Find(""), NameIndex::kNotFound);
}

TEST(NameIndex, ARepeatedNameKeepsItsFirstPosition) {
  std::vector<std::string> names = {"x", "y", "x"};
  NameIndex index(Views(names));
  EXPECT_EQ(index.Find("x"), 0u);
  EXPECT_EQ(index.Find("y"), 1u);
}

// Many names sharing length and end bytes collide under every seed: probing must still
// find all of them, and a copy of the index must work as the original does.
TEST(NameIndex, RandomSetsAgreeWithASet) {
  std::mt19937 random(20261202);
  for (int round = 0; round < 200; ++round) {
    std::set<std::string> unique;
    std::size_t count = 1 + random() % 80;
    while (unique.size() < count) {
      std::string name(random() % 12, 'a');
      for (char& c : name) c = "ab_Z"[random() % 4];
      unique.insert(name);
    }
    std::vector<std::string> names(unique.begin(), unique.end());
    NameIndex original(Views(names));
    NameIndex index = original;
    for (std::uint32_t i = 0; i < names.size(); ++i) ASSERT_EQ(index.Find(names[i]), i);
    for (int probe = 0; probe < 50; ++probe) {
      std::string other(random() % 13, 'a');
      for (char& c : other) c = "ab_Zq"[random() % 5];
      bool listed = unique.count(other) > 0;
      ASSERT_EQ(index.Find(other) != NameIndex::kNotFound, listed) << other;
    }
  }
}

}  // namespace
}  // namespace shapeguard::internal
