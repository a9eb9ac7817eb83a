#include "shapeguard/json_pointer.h"

#include <gtest/gtest.h>

namespace shapeguard {
namespace {

TEST(EscapePointerToken, EscapesTildeBeforeSlash) {
  EXPECT_EQ(EscapePointerToken("a/b"), "a~1b");
  EXPECT_EQ(EscapePointerToken("a~b"), "a~0b");
  // "~1" literally must not become "/" on the way back: "~" is escaped first.
  EXPECT_EQ(EscapePointerToken("~1"), "~01");
  EXPECT_EQ(EscapePointerToken(""), "");
}

// Long tokens are scanned a word at a time: a "~" or "/" at any position of any length must
// still be escaped, as the byte-by-byte definition says.
TEST(EscapePointerToken, EveryPositionOfEveryLength) {
  for (std::size_t length = 1; length <= 40; ++length) {
    for (std::size_t at = 0; at < length; ++at) {
      for (char special : {'~', '/'}) {
        std::string token(length, 'k');
        token[at] = special;
        std::string expected =
            token.substr(0, at) + (special == '~' ? "~0" : "~1") + token.substr(at + 1);
        ASSERT_EQ(EscapePointerToken(token), expected) << token;
      }
    }
    EXPECT_EQ(EscapePointerToken(std::string(length, 'k')), std::string(length, 'k'));
  }
}

TEST(ParsePointer, UnescapesTokens) {
  auto tokens = ParsePointer("/name/child~1name/~01");
  ASSERT_TRUE(tokens.ok()) << tokens.error();
  EXPECT_EQ(tokens.value(), (std::vector<std::string>{"name", "child/name", "~1"}));
}

TEST(ParsePointer, EmptyPointerIsTheWholeDocument) {
  auto tokens = ParsePointer("");
  ASSERT_TRUE(tokens.ok());
  EXPECT_TRUE(tokens.value().empty());
}

TEST(ParsePointer, KeepsEmptyTokens) {
  auto tokens = ParsePointer("/a//");
  ASSERT_TRUE(tokens.ok());
  EXPECT_EQ(tokens.value(), (std::vector<std::string>{"a", "", ""}));
}

TEST(ParsePointer, RejectsWhatRfc6901Rejects) {
  EXPECT_FALSE(ParsePointer("name").ok());
  EXPECT_FALSE(ParsePointer("/a~2b").ok());
  EXPECT_FALSE(ParsePointer("/a~").ok());
  EXPECT_NE(ParsePointer("/a~2b").error().find("offset 2"), std::string::npos);
}

TEST(RenderPointer, InvertsParse) {
  std::vector<std::string> tokens = {"~1pets~1{petId}", "GET", "a/b~c"};
  std::string pointer = RenderPointer(tokens);
  EXPECT_EQ(pointer, "/~01pets~01{petId}/GET/a~1b~0c");
  EXPECT_EQ(ParsePointer(pointer).value(), tokens);
}

}  // namespace
}  // namespace shapeguard
