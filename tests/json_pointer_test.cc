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

// RFC 6901: an array index is "0" or digits without a leading zero, so "01" names nothing
// (an object member "01" is another matter).
TEST(ResolvePointer, ArrayIndexesHaveNoLeadingZero) {
  nlohmann::json document = {{"a", {"x", "y"}}, {"o", {{"01", "member"}}}};
  ASSERT_NE(ResolvePointer(document, "/a/0"), nullptr);
  EXPECT_EQ(*ResolvePointer(document, "/a/0"), "x");
  ASSERT_NE(ResolvePointer(document, "/a/1"), nullptr);
  EXPECT_EQ(*ResolvePointer(document, "/a/1"), "y");
  EXPECT_EQ(ResolvePointer(document, "/a/01"), nullptr);
  EXPECT_EQ(ResolvePointer(document, "/a/00"), nullptr);
  EXPECT_EQ(ResolvePointer(document, "/a/2"), nullptr);
  EXPECT_EQ(ResolvePointer(document, "/a/-"), nullptr);
  ASSERT_NE(ResolvePointer(document, "/o/01"), nullptr);
  EXPECT_EQ(*ResolvePointer(document, "/o/01"), "member");
}

TEST(ParsePointer, TildeZeroOneIsTildeOneNotSlash) {
  auto tokens = ParsePointer("/~01");
  ASSERT_TRUE(tokens.ok());
  EXPECT_EQ(tokens.value(), (std::vector<std::string>{"~1"}));
}

TEST(ParsePointer, ATrailingSlashIsAnEmptyLastToken) {
  auto tokens = ParsePointer("/a/");
  ASSERT_TRUE(tokens.ok());
  EXPECT_EQ(tokens.value(), (std::vector<std::string>{"a", ""}));
  EXPECT_EQ(ParsePointer("/").value(), (std::vector<std::string>{""}));
}

TEST(ResolvePointer, FollowsMembersAndIndexes) {
  nlohmann::json doc = {{"a", {{"b/c", 1}, {"", 2}, {"~1", 3}}}, {"list", {10, 11}}};
  ASSERT_NE(ResolvePointer(doc, ""), nullptr);
  EXPECT_EQ(*ResolvePointer(doc, ""), doc);
  EXPECT_EQ(*ResolvePointer(doc, "/a/b~1c"), 1);
  EXPECT_EQ(*ResolvePointer(doc, "/a/"), 2);  // the empty member name
  EXPECT_EQ(*ResolvePointer(doc, "/a/~01"), 3);
  EXPECT_EQ(*ResolvePointer(doc, "/list/0"), 10);
  EXPECT_EQ(*ResolvePointer(doc, "/list/1"), 11);
}

TEST(ResolvePointer, RefusesWhatRefersToNothing) {
  nlohmann::json doc = {{"a", {{"b", 1}}}, {"list", {10, 11}}};
  EXPECT_EQ(ResolvePointer(doc, "/list/01"), nullptr);  // a leading zero is not an index
  EXPECT_EQ(ResolvePointer(doc, "/list/-"), nullptr);   // the element after the last
  EXPECT_EQ(ResolvePointer(doc, "/list/2"), nullptr);
  EXPECT_EQ(ResolvePointer(doc, "/list/x"), nullptr);
  EXPECT_EQ(ResolvePointer(doc, "/list/"), nullptr);
  EXPECT_EQ(ResolvePointer(doc, "/a/b/c"), nullptr);  // below a number
  EXPECT_EQ(ResolvePointer(doc, "/a/c"), nullptr);
  EXPECT_EQ(ResolvePointer(doc, "a"), nullptr);     // not a pointer
  EXPECT_EQ(ResolvePointer(doc, "/a~2"), nullptr);  // not a pointer
}

}  // namespace
}  // namespace shapeguard
