#include "file_io.h"

#include <gtest/gtest.h>
#include <zlib.h>

#include <string>

#include "embedded.h"

namespace shapeguard::internal {
namespace {

// gzip data of `text` as zlib writes it (a header with a time stamp, unlike the models').
std::string Compressed(const std::string& text) {
  z_stream stream{};
  EXPECT_EQ(deflateInit2(&stream, 9, Z_DEFLATED, 16 + MAX_WBITS, 8, Z_DEFAULT_STRATEGY), Z_OK);
  std::string out(deflateBound(&stream, text.size()) + 32, '\0');
  stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(text.data()));
  stream.avail_in = static_cast<uInt>(text.size());
  stream.next_out = reinterpret_cast<Bytef*>(out.data());
  stream.avail_out = static_cast<uInt>(out.size());
  EXPECT_EQ(deflate(&stream, Z_FINISH), Z_STREAM_END);
  out.resize(stream.total_out);
  deflateEnd(&stream);
  return out;
}

TEST(Gunzip, InflatesWithThePaddingAfterTheText) {
  std::string text = R"({"shapes": {}, "operations": {}})";
  auto inflated = Gunzip(Compressed(text), "m.json.gz", kEmbeddedPadding);
  ASSERT_TRUE(inflated.ok()) << inflated.error();
  EXPECT_EQ(inflated.value(), text);
  // The padding is readable after the text, inside the string's storage.
  EXPECT_GE(inflated.value().capacity(), text.size() + kEmbeddedPadding);
  EXPECT_EQ(inflated.value().data()[text.size() + kEmbeddedPadding - 1], ' ');
  EXPECT_EQ(Gunzip(Compressed(""), "empty.gz").value(), "");
}

TEST(Gunzip, RefusesDamagedData) {
  // Appended rather than std::string(1000, 'x') + "y": g++ 12 at -O3 wrongly warns
  // (-Warray-bounds) on the latter.
  std::string data = Compressed(std::string(1000, 'x').append("y"));
  EXPECT_EQ(Gunzip(data.substr(0, 10), "short.gz").error(), "short.gz: gzip: truncated data");
  std::string corrupt = data;
  corrupt[corrupt.size() - 8] ^= 1;  // the CRC-32
  EXPECT_EQ(Gunzip(corrupt, "crc.gz").error().rfind("crc.gz: gzip: ", 0), 0u);
  std::string huge = data;
  huge[huge.size() - 1] = '\x7f';  // claims about 2 GiB inflated
  EXPECT_EQ(Gunzip(huge, "huge.gz").error(), "huge.gz: gzip: inflates past 1 GiB");
  EXPECT_FALSE(Gunzip("not gzip at all, not at all", "text").ok());
}

}  // namespace
}  // namespace shapeguard::internal
