// Reads NDJSON in large batches of whole lines, so that a stream of any length is
// validated in constant memory and each line can be parsed in place (the batch keeps the
// padding the fast parser reads past the end of a line).
#ifndef SHAPEGUARD_CLI_NDJSON_BATCHES_H_
#define SHAPEGUARD_CLI_NDJSON_BATCHES_H_

#include <cstddef>
#include <istream>
#include <string_view>
#include <vector>

#include "byte_buffer.h"

namespace shapeguard::cli {

// One non-blank line of a batch.
struct NdjsonLine {
  std::size_t offset = 0;  // into NdjsonBatch::bytes
  std::size_t size = 0;    // without the line break
  std::size_t number = 0;  // 1-based line number in the whole input
};

struct NdjsonBatch {
  ByteBuffer bytes;  // whole lines, then kJsonTextPadding readable bytes
  std::vector<NdjsonLine> lines;

  std::string_view Text(const NdjsonLine& line) const {
    return bytes.view().substr(line.offset, line.size);
  }
};

class NdjsonBatchReader {
 public:
  // batch_bytes: how much to read at a time; a longer line makes a batch of its own.
  NdjsonBatchReader(std::istream& in, std::size_t batch_bytes);

  // Fills batch with the next lines; false at the end of the input.
  bool Next(NdjsonBatch& batch);

 private:
  void ReadUntilLineEnd(ByteBuffer& bytes);
  void SplitLines(NdjsonBatch& batch, std::size_t end);

  std::istream& in_;
  std::size_t batch_bytes_;
  ByteBuffer carry_;  // the start of a line the last batch cut
  std::size_t next_number_ = 1;
};

}  // namespace shapeguard::cli

#endif  // SHAPEGUARD_CLI_NDJSON_BATCHES_H_
