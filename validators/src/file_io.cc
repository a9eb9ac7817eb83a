#include "file_io.h"

#include <libdeflate.h>
#include <zlib.h>

#include <cerrno>
#include <cstdint>
#include <cstring>
#include <fstream>
#include <memory>
#include <sstream>

namespace shapeguard::internal {

namespace {

// A model larger than this is not a model: refused before allocating for it.
constexpr std::size_t kMaxInflated = std::size_t{1} << 30;

}  // namespace

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
  // libdeflate inflates a whole buffer two to three times as fast as zlib's streaming
  // inflate: inflating ec2's model was a third of a one-document run. It needs the size
  // inflated, which the gzip trailer's last four bytes give (modulo 2^32), and checks the
  // CRC-32 and that size itself.
  if (compressed.size() < 18) return Status::Error(origin + ": gzip: truncated data");
  const auto* end = reinterpret_cast<const unsigned char*>(compressed.data() + compressed.size());
  std::size_t size = std::uint32_t{end[-4]} | std::uint32_t{end[-3]} << 8 |
                     std::uint32_t{end[-2]} << 16 | std::uint32_t{end[-1]} << 24;
  std::unique_ptr<libdeflate_decompressor, void (*)(libdeflate_decompressor*)> decompressor(
      libdeflate_alloc_decompressor(), libdeflate_free_decompressor);
  if (!decompressor) return Status::Error(origin + ": gzip: out of memory");
  if (size > kMaxInflated) return Status::Error(origin + ": gzip: inflates past 1 GiB");
  // The padding is part of the one allocation: appending it later would copy the text.
  std::string out(size + padding, ' ');
  std::size_t produced = 0;
  libdeflate_result result = libdeflate_gzip_decompress(
      decompressor.get(), compressed.data(), compressed.size(), out.data(), size, &produced);
  if (result != LIBDEFLATE_SUCCESS || produced != size) {
    return Status::Error(
        origin + ": gzip: " + (result == LIBDEFLATE_BAD_DATA ? "corrupt data" : "wrong size"));
  }
  out.resize(size);
  return out;
}

}  // namespace shapeguard::internal
