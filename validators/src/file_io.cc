#include "file_io.h"

#include <zlib.h>

#include <cerrno>
#include <cstdint>
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

Result<std::string> Gunzip(std::string_view compressed, const std::string& origin,
                           std::size_t padding) {
  z_stream stream{};
  // A plain 10-byte header (no name, comment or extra field: what import_models.py writes)
  // is skipped and the deflate data inflated raw, without the CRC-32, which was a tenth of
  // a one-document run; the models are part of the binary, and the tests parse every one.
  // Any other header: zlib reads it (16 + MAX_WBITS) and checks the CRC.
  bool plain =
      compressed.size() > 18 && compressed.substr(0, 3) == "\x1f\x8b\x08" && compressed[3] == 0;
  if (inflateInit2(&stream, plain ? -MAX_WBITS : 16 + MAX_WBITS) != Z_OK) {
    return Status::Error(origin + ": gzip: cannot start inflating");
  }
  std::string_view data = plain ? compressed.substr(10, compressed.size() - 18) : compressed;
  stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
  stream.avail_in = static_cast<uInt>(data.size());
  // The trailer's last four bytes are the size inflated (modulo 2^32): inflating straight
  // into a string of that size saves growing and copying it (ec2's model is 1.5 MB).
  std::string out;
  if (compressed.size() >= 4) {
    const auto* end = reinterpret_cast<const unsigned char*>(compressed.data() + compressed.size());
    out.resize(std::uint32_t{end[-4]} | std::uint32_t{end[-3]} << 8 | std::uint32_t{end[-2]} << 16 |
               std::uint32_t{end[-1]} << 24);
  }
  std::size_t produced = 0;
  int result = Z_OK;
  while (result == Z_OK) {
    if (produced == out.size()) out.resize(out.size() + (1 << 16));
    stream.next_out = reinterpret_cast<Bytef*>(out.data() + produced);
    stream.avail_out = static_cast<uInt>(out.size() - produced);
    result = inflate(&stream, Z_NO_FLUSH);
    produced = out.size() - stream.avail_out;
  }
  std::string error = stream.msg ? stream.msg : "truncated data";
  inflateEnd(&stream);
  if (result != Z_STREAM_END) return Status::Error(origin + ": gzip: " + error);
  // The padding is part of the one allocation: appending it would copy the text again.
  out.resize(produced + padding, ' ');
  out.resize(produced);
  return out;
}

}  // namespace shapeguard::internal
