#include "shapeguard/utf8.h"

#include <gtest/gtest.h>

#include <random>
#include <string>
#include <utility>

namespace shapeguard {
namespace {

TEST(CountCodePoints, CountsCharactersNotBytes) {
  EXPECT_EQ(CountCodePoints(""), 0u);
  EXPECT_EQ(CountCodePoints("abc"), 3u);
  EXPECT_EQ(CountCodePoints("\xC3\xA9"), 1u);           // é
  EXPECT_EQ(CountCodePoints("\xE2\x82\xAC"), 1u);       // €
  EXPECT_EQ(CountCodePoints("\xF0\x9F\x98\x80x"), 2u);  // 😀x
}

// At lengths around the 8- and 16-byte steps and past 255 blocks of 16 (where the vector
// counters are summed), from every offset of the first block, over any bytes, well-formed or
// not: the count is the bytes that are not 10xxxxxx.
TEST(CountCodePoints, CountsTheBytesThatStartACodePointAtAnyLength) {
  auto starts = [](std::string_view text) {
    std::size_t n = 0;
    for (char c : text) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    return n;
  };
  std::mt19937 random(20261205);
  for (std::size_t length :
       {0u, 1u, 7u, 8u, 15u, 16u, 17u, 31u, 33u, 4080u, 4095u, 4096u, 4111u, 8161u, 9000u}) {
    std::string any(length + 16, '\0');
    for (char& c : any) c = static_cast<char>(random() & 0xFF);
    // Only continuation bytes: every counter counts in every block.
    std::string continuations(length + 16, '\x80');
    for (const std::string& text : {any, continuations}) {
      for (std::size_t offset = 0; offset < 16; ++offset) {
        std::string_view part = std::string_view(text).substr(offset, length);
        ASSERT_EQ(CountCodePoints(part), starts(part)) << "length " << length << " at " << offset;
      }
    }
  }
}

// Empty text: the escaping writes nothing (and hands memcpy no null pointer; UBSan checks).
TEST(AppendJsonEscaped, EmptyTextAddsNothing) {
  std::string out = "x";
  AppendJsonEscaped(out, "");
  AppendJsonEscaped(out, std::string_view());
  EXPECT_EQ(out, "x");
  EXPECT_EQ(QuoteForMessage(""), "\"\"");
  EXPECT_EQ(QuoteForMessage(std::string_view()), "\"\"");
}

TEST(IsValidUtf8, RejectsIllFormedSequences) {
  EXPECT_TRUE(IsValidUtf8("plain \xC3\xA9 \xF0\x9F\x98\x80"));
  EXPECT_FALSE(IsValidUtf8("\xC3"));              // truncated
  EXPECT_FALSE(IsValidUtf8("\xC3\x28"));          // bad continuation
  EXPECT_FALSE(IsValidUtf8("\xC0\xAF"));          // overlong "/"
  EXPECT_FALSE(IsValidUtf8("\xED\xA0\x80"));      // surrogate U+D800
  EXPECT_FALSE(IsValidUtf8("\xF4\x90\x80\x80"));  // past U+10FFFF
  EXPECT_FALSE(IsValidUtf8("\xFF"));
}

// ASCII is skipped eight bytes at a time: a sequence must be judged the same at every offset
// of every length of ASCII text around it.
TEST(IsValidUtf8, JudgesSequencesAtEveryOffsetOfAsciiText) {
  const std::pair<std::string, bool> sequences[] = {{"\xC3\xA9", true}, {"\xF0\x9F\x98\x80", true},
                                                    {"\xC3", false},    {"\xED\xA0\x80", false},
                                                    {"\xFF", false},    {"\x80", false}};
  for (std::size_t length = 0; length <= 24; ++length) {
    for (std::size_t at = 0; at <= length; ++at) {
      for (const auto& [sequence, valid] : sequences) {
        std::string text(length, 'a');
        text.insert(at, sequence);
        EXPECT_EQ(IsValidUtf8(text), valid) << length << " " << at;
      }
    }
  }
}

TEST(QuoteForMessage, EscapesAndTruncatesAtCodePoints) {
  EXPECT_EQ(QuoteForMessage("a\"b\n"), "\"a\\\"b\\n\"");
  EXPECT_EQ(QuoteForMessage("\x01"), "\"\\u0001\"");
  EXPECT_EQ(QuoteForMessage("abcdef", 3), "\"abc\xE2\x80\xA6\"");
  // Cut between code points, never inside one.
  EXPECT_EQ(QuoteForMessage("\xC3\xA9\xC3\xA9\xC3\xA9", 2), "\"\xC3\xA9\xC3\xA9\xE2\x80\xA6\"");
  EXPECT_EQ(QuoteForMessage("abc", 3), "\"abc\"");
}

// Escapes are found sixteen bytes at a time: every byte value, at every position of plain
// text of every length across two blocks and a tail, must be found (or passed over) as the
// byte-by-byte definition says, by NextJsonEscape and by QuoteForMessage (which also escapes
// DEL).
TEST(NextJsonEscape, FindsEveryByteValueAtEveryPosition) {
  auto json_special = [](unsigned char c) { return c < 0x20 || c == '"' || c == '\\'; };
  for (std::size_t length = 1; length <= 40; ++length) {
    for (std::size_t at = 0; at < length; ++at) {
      for (int byte = 0; byte < 0x80; ++byte) {
        auto c = static_cast<unsigned char>(byte);
        std::string text(length, 'a');
        text[at] = static_cast<char>(c);
        ASSERT_EQ(NextJsonEscape(text, 0), json_special(c) ? at : length)
            << length << " " << at << " " << byte;
        std::string expected = "\"" + text.substr(0, at);
        if (json_special(c) || c == 0x7F) {
          AppendJsonEscape(expected, c);
        } else {
          expected.push_back(static_cast<char>(c));
        }
        expected += text.substr(at + 1) + "\"";
        ASSERT_EQ(QuoteForMessage(text, 100), expected) << length << " " << at << " " << byte;
      }
    }
  }
}

TEST(QuoteForMessage, CutsLongAsciiAndMixedTextAtTheSameCodePoint) {
  std::string ascii(100, 'x');
  EXPECT_EQ(QuoteForMessage(ascii, 80), "\"" + std::string(80, 'x') + "\xE2\x80\xA6\"");
  for (std::size_t at = 0; at < 90; ++at) {
    std::string mixed(100, 'x');
    mixed.replace(at, 1, "\xC3\xA9");  // one code point of two bytes
    std::string quoted = QuoteForMessage(mixed, 80);
    // 80 code points shown: 81 bytes when the two-byte one is among them, else 80.
    std::size_t shown_bytes = at < 80 ? 81 : 80;
    EXPECT_EQ(quoted.size(), shown_bytes + 2 + 3) << at;
  }
}

}  // namespace
}  // namespace shapeguard
