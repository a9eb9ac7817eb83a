// Reading whole files, plain or gzip-compressed (newer botocore releases ship .json.gz).
#ifndef SHAPEGUARD_FILE_IO_H_
#define SHAPEGUARD_FILE_IO_H_

#include <string>
#include <string_view>

#include "shapeguard/result.h"

namespace shapeguard::internal {

// The file's bytes; fails naming the file and the reason.
Result<std::string> ReadFile(const std::string& path);

// The decompressed bytes of a gzip file; fails naming the file and the reason.
Result<std::string> ReadGzipFile(const std::string& path);

// The decompressed bytes of gzip data held in memory (the embedded models); fails naming
// `origin` and the reason. `padding` spaces follow the bytes in the string's storage,
// outside its size (readable, for a parser that reads ahead).
Result<std::string> Gunzip(std::string_view compressed, const std::string& origin,
                           std::size_t padding = 0);

}  // namespace shapeguard::internal

#endif  // SHAPEGUARD_FILE_IO_H_
