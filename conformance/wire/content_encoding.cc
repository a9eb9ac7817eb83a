#include "wire/content_encoding.h"

#include <zlib.h>

namespace shapeguard::conformance {
Result<std::string> InflateGzip(std::string_view compressed, std::size_t max_bytes) {
  z_stream stream{};
  if (inflateInit2(&stream, 16 + MAX_WBITS) != Z_OK) return Status::Error("zlib: cannot start");
  stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(compressed.data()));
  stream.avail_in = static_cast<uInt>(compressed.size());
  std::string out;
  char chunk[16384];
  int code = Z_OK;
  while (code != Z_STREAM_END) {
    stream.next_out = reinterpret_cast<Bytef*>(chunk);
    stream.avail_out = sizeof chunk;
    code = inflate(&stream, Z_NO_FLUSH);
    if (code != Z_OK && code != Z_STREAM_END) {
      inflateEnd(&stream);
      return Status::Error("the gzip body is broken");
    }
    out.append(chunk, sizeof chunk - stream.avail_out);
    if (out.size() > max_bytes) {
      inflateEnd(&stream);
      return Status::Error("the gzip body inflates beyond " + std::to_string(max_bytes) + " bytes");
    }
    if (code == Z_OK && stream.avail_in == 0 && stream.avail_out != 0) {
      inflateEnd(&stream);
      return Status::Error("the gzip body is truncated");
    }
  }
  inflateEnd(&stream);
  return out;
}

Result<std::string> RequestBody(const HttpRequest& request, std::size_t max_bytes) {
  const std::string* encoding = request.FindHeader("Content-Encoding");
  if (!encoding) return request.body;
  std::string_view codings(*encoding);
  std::size_t comma = codings.rfind(',');
  std::string_view last =
      TrimOws(comma == std::string_view::npos ? codings : codings.substr(comma + 1));
  if (!EqualsIgnoreCase(last, "gzip")) return request.body;
  return InflateGzip(request.body, max_bytes);
}

}  // namespace shapeguard::conformance
