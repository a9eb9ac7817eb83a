// AppendJsonString, the per-document string writer of `validate --format json`, must write
// what nlohmann::json's dump writes (ill-formed UTF-8 replaced), for any bytes.
#include "json_line.h"

#include <gtest/gtest.h>

#include <random>
#include <vector>

namespace shapeguard::cli {
namespace {

std::string Dumped(const std::string& text) {
  return nlohmann::ordered_json(text).dump(-1, ' ', false,
                                           nlohmann::ordered_json::error_handler_t::replace);
}

std::string Appended(const std::string& text) {
  std::string out = "prefix";
  AppendJsonString(out, text);
  return out.substr(6);
}

TEST(JsonLine, StringsAreWrittenAsDumpWritesThem) {
  for (const std::string& text :
       std::vector<std::string>{"", "plain", "quote \" backslash \\ slash /", "\b\f\n\r\t",
                                std::string("\x00\x01\x1f\x7f", 4), "caf\xc3\xa9", "bad \xff utf-8",
                                "\xf0\x9f\x98\x80"}) {
    EXPECT_EQ(Appended(text), Dumped(text)) << testing::PrintToString(text);
  }
}

TEST(JsonLine, RandomBytesAreWrittenAsDumpWritesThem) {
  std::mt19937 random(20261130);
  for (int round = 0; round < 2000; ++round) {
    std::string text(random() % 24, ' ');
    bool ascii = round % 2 == 0;  // half stay ASCII, so that most are well-formed UTF-8
    for (char& c : text) c = static_cast<char>(ascii ? random() % 0x80 : random() % 0x100);
    ASSERT_EQ(Appended(text), Dumped(text)) << testing::PrintToString(text);
  }
}

// Plain ASCII is scanned eight bytes at a time: one byte of every value at every position of
// plain text of every length up to 40 must still come out as dump writes it.
TEST(JsonLine, OneByteInPlainTextAtEveryPosition) {
  for (std::size_t length = 1; length <= 40; ++length) {
    std::string plain;
    for (std::size_t i = 0; i < length; ++i) plain.push_back(static_cast<char>('a' + i % 26));
    for (std::size_t at = 0; at < length; ++at) {
      for (int byte = 0; byte < 256; ++byte) {
        std::string text = plain;
        text[at] = static_cast<char>(byte);
        ASSERT_EQ(Appended(text), Dumped(text)) << testing::PrintToString(text);
      }
    }
  }
}

}  // namespace
}  // namespace shapeguard::cli
