#include "file_io.h"

#include <zlib.h>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>

namespace shapeguard::internal {

Result<std::string> ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::Error(path + ": " + std::strerror(errno));
  std::ostringstream bytes;
  bytes << in.rdbuf();
  if (in.bad()) return Status::Error(path + ": read error");
  return bytes.str();
}

Result<std::string> ReadGzipFile(const std::string& path) {
  gzFile file = gzopen(path.c_str(), "rb");
  if (!file) return Status::Error(path + ": " + std::strerror(errno));
  std::string out;
  char buffer[1 << 16];
  int n;
  while ((n = gzread(file, buffer, sizeof buffer)) > 0) out.append(buffer, n);
  int error_number = 0;
  std::string error = n < 0 ? gzerror(file, &error_number) : "";
  gzclose(file);
  if (n < 0) return Status::Error(path + ": gzip: " + error);
  return out;
}

Result<std::string> Gunzip(std::string_view compressed, const std::string& origin) {
  z_stream stream{};
  // 16 + MAX_WBITS: a gzip header and trailer around the deflate data.
  if (inflateInit2(&stream, 16 + MAX_WBITS) != Z_OK) {
    return Status::Error(origin + ": gzip: cannot start inflating");
  }
  stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(compressed.data()));
  stream.avail_in = static_cast<uInt>(compressed.size());
  std::string out;
  char buffer[1 << 16];
  int result = Z_OK;
  while (result == Z_OK) {
    stream.next_out = reinterpret_cast<Bytef*>(buffer);
    stream.avail_out = sizeof buffer;
    result = inflate(&stream, Z_NO_FLUSH);
    out.append(buffer, sizeof buffer - stream.avail_out);
  }
  std::string error = stream.msg ? stream.msg : "truncated data";
  inflateEnd(&stream);
  if (result != Z_STREAM_END) return Status::Error(origin + ": gzip: " + error);
  return out;
}

}  // namespace shapeguard::internal
