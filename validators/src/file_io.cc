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

}  // namespace shapeguard::internal
