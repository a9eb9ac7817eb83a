// NDJSON batches straight out of a regular file mapped into memory: no copy into a buffer
// (read() copying the input cost ~6% of `validate --ndjson` on a large file), and lines
// are parsed where they lie, since the bytes that follow a line are readable too.
// Pages of batches done with are dropped from the mapping, so a file of any size is
// validated in constant resident memory.
//
// A file another process truncates while it is being read would fault (SIGBUS) on the
// pages past its new end, as with any memory-mapped reader (ripgrep, for one): inputs are
// expected to hold still, as they must for a report about them to mean anything.
#ifndef SHAPEGUARD_CLI_NDJSON_MAPPED_H_
#define SHAPEGUARD_CLI_NDJSON_MAPPED_H_

#include <cstddef>
#include <memory>

#include "ndjson_batches.h"

namespace shapeguard::cli {

class NdjsonMappedReader : public NdjsonReader {
 public:
  // The reader of the open file fd (not taken over), or nullptr where it cannot be mapped:
  // not a regular file, empty, or refused by mmap. The caller then reads it as a stream.
  static std::unique_ptr<NdjsonMappedReader> Open(int fd, std::size_t batch_bytes);
  ~NdjsonMappedReader() override;
  NdjsonMappedReader(const NdjsonMappedReader&) = delete;
  NdjsonMappedReader& operator=(const NdjsonMappedReader&) = delete;

  bool Next(NdjsonBatch& batch) override;
  void Release(const NdjsonBatch& batch) override;

 private:
  NdjsonMappedReader(const char* data, std::size_t size, std::size_t mapped_size,
                     std::size_t batch_bytes);

  const char* data_;
  std::size_t size_;         // the file's
  std::size_t mapped_size_;  // size_ rounded up to whole pages: all readable
  std::size_t batch_bytes_;
  std::size_t position_ = 0;
  std::size_t released_ = 0;  // pages before this offset are dropped
  LineSplitter splitter_;
};

}  // namespace shapeguard::cli

#endif  // SHAPEGUARD_CLI_NDJSON_MAPPED_H_
