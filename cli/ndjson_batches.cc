#include "ndjson_batches.h"

#include <cstring>

#include "shapeguard/schema.h"

namespace shapeguard::cli {
namespace {

bool IsBlank(std::string_view line) { return line.find_first_not_of(" \t") == line.npos; }

}  // namespace

NdjsonBatchReader::NdjsonBatchReader(std::istream& in, std::size_t batch_bytes)
    : in_(in), batch_bytes_(batch_bytes) {}

bool NdjsonBatchReader::Next(NdjsonBatch& batch) {
  batch.bytes.swap(carry_);
  carry_.clear();
  batch.lines.clear();
  ReadUntilLineEnd(batch.bytes);
  if (batch.bytes.empty()) return false;
  // Whole lines stay in the batch; the cut-off start of the next one waits in carry_.
  std::size_t end = batch.bytes.size();
  if (in_ && batch.bytes.back() != '\n') {
    end = batch.bytes.rfind('\n') + 1;  // ReadUntilLineEnd saw a '\n'
    carry_.assign(batch.bytes, end);
  }
  batch.bytes.resize(end);
  SplitLines(batch, end);
  batch.bytes.append(kJsonTextPadding, ' ');
  return true;
}

// Reads a batch's worth, then on until a line break or the end of the input.
void NdjsonBatchReader::ReadUntilLineEnd(std::string& bytes) {
  std::size_t want = batch_bytes_;
  std::size_t searched = 0;
  while (in_) {
    std::size_t old_size = bytes.size();
    bytes.resize(old_size + want);
    in_.read(bytes.data() + old_size, static_cast<std::streamsize>(want));
    bytes.resize(old_size + static_cast<std::size_t>(in_.gcount()));
    if (bytes.size() >= batch_bytes_ &&
        std::memchr(bytes.data() + searched, '\n', bytes.size() - searched) != nullptr) {
      return;
    }
    searched = bytes.size();
    want = std::max(want, bytes.size());  // a very long line: grow geometrically
  }
}

void NdjsonBatchReader::SplitLines(NdjsonBatch& batch, std::size_t end) {
  const char* data = batch.bytes.data();
  std::size_t start = 0;
  while (start < end) {
    const void* found = std::memchr(data + start, '\n', end - start);
    std::size_t stop = found ? static_cast<const char*>(found) - data : end;
    std::size_t size = stop - start;
    if (size > 0 && data[stop - 1] == '\r') --size;
    if (!IsBlank(std::string_view(data + start, size))) {
      batch.lines.push_back({start, size, next_number_});
    }
    ++next_number_;
    start = stop + 1;
  }
}

}  // namespace shapeguard::cli
