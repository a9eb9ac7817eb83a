#include "wire/content_encoding.h"

#include <gtest/gtest.h>
#include <zlib.h>

#include <string>

namespace shapeguard::conformance {
namespace {

std::string Gzip(const std::string& text) {
  z_stream stream{};
  deflateInit2(&stream, Z_BEST_COMPRESSION, Z_DEFLATED, 16 + MAX_WBITS, 8, Z_DEFAULT_STRATEGY);
  std::string out(deflateBound(&stream, text.size()) + 32, '\0');
  stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(text.data()));
  stream.avail_in = static_cast<uInt>(text.size());
  stream.next_out = reinterpret_cast<Bytef*>(out.data());
  stream.avail_out = static_cast<uInt>(out.size());
  deflate(&stream, Z_FINISH);
  out.resize(stream.total_out);
  deflateEnd(&stream);
  return out;
}

HttpRequest WithEncoding(std::string encoding, std::string body) {
  HttpRequest request{"POST", "/", "", {}, std::move(body)};
  if (!encoding.empty()) request.headers.emplace_back("Content-Encoding", std::move(encoding));
  return request;
}

TEST(RequestBody, UndoesALastGzipCoding) {
  std::string text = R"({"QueueName":"q"})";
  EXPECT_EQ(RequestBody(WithEncoding("gzip", Gzip(text))).value(), text);
  EXPECT_EQ(RequestBody(WithEncoding("custom, gzip", Gzip(text))).value(), text);
  EXPECT_EQ(RequestBody(WithEncoding("", text)).value(), text);
  // A coding other than a last gzip is the member's own value: the body stays as sent.
  EXPECT_EQ(RequestBody(WithEncoding("gzip, custom", text)).value(), text);
}

TEST(RequestBody, RefusesBrokenAndExplodingGzip) {
  std::string packed = Gzip(std::string(1 << 20, 'a'));  // 1 MiB of one byte: ~1 kB
  auto bomb = RequestBody(WithEncoding("gzip", packed), 64 << 10);
  ASSERT_FALSE(bomb.ok());
  EXPECT_NE(bomb.error().find("inflates beyond 65536"), std::string::npos) << bomb.error();
  EXPECT_FALSE(RequestBody(WithEncoding("gzip", "not gzip at all")).ok());
  std::string truncated = Gzip("some text that is long enough to be cut");
  truncated.resize(truncated.size() / 2);
  EXPECT_FALSE(RequestBody(WithEncoding("gzip", truncated)).ok());
}

}  // namespace
}  // namespace shapeguard::conformance
