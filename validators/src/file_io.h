// Reading whole files, plain or gzip-compressed (newer botocore releases ship .json.gz).
#ifndef SHAPEGUARD_FILE_IO_H_
#define SHAPEGUARD_FILE_IO_H_

#include <string>

#include "shapeguard/result.h"

namespace shapeguard::internal {

// The file's bytes; fails naming the file and the reason.
Result<std::string> ReadFile(const std::string& path);

// The decompressed bytes of a gzip file; fails naming the file and the reason.
Result<std::string> ReadGzipFile(const std::string& path);

}  // namespace shapeguard::internal

#endif  // SHAPEGUARD_FILE_IO_H_
