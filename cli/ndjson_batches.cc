#include "ndjson_batches.h"

#include <cstring>

#include "shapeguard/schema.h"

namespace shapeguard::cli {
namespace {

// Most lines start with their document: only one that starts with a blank is searched (the
// search's call on every line cost 1% of `validate --ndjson`).
bool IsBlank(std::string_view line) {
  return line.empty() ||
         ((line[0] == ' ' || line[0] == '\t') && line.find_first_not_of(" \t") == line.npos);
}

}  // namespace

void LineSplitter::Split(const char* data, std::size_t end, std::vector<NdjsonLine>& lines) {
  std::size_t start = 0;
  while (start < end) {
    const void* found = std::memchr(data + start, '\n', end - start);
    std::size_t stop = found ? static_cast<const char*>(found) - data : end;
    std::size_t size = stop - start;
    if (size > 0 && data[stop - 1] == '\r') --size;
    if (!IsBlank(std::string_view(data + start, size))) {
      lines.push_back({start, size, next_number_});
    }
    ++next_number_;
    start = stop + 1;
  }
}

NdjsonStreamReader::NdjsonStreamReader(std::istream& in, std::size_t batch_bytes)
    : in_(in), batch_bytes_(batch_bytes) {}

bool NdjsonStreamReader::Next(NdjsonBatch& batch) {
  batch.bytes.swap(carry_);
  carry_.clear();
  batch.lines.clear();
  ReadUntilLineEnd(batch.bytes);
  if (batch.bytes.empty()) return false;
  // Whole lines stay in the batch; the cut-off start of the next one waits in carry_.
  std::string_view bytes = batch.bytes.view();
  std::size_t end = bytes.size();
  if (in_ && bytes.back() != '\n') {
    end = bytes.rfind('\n') + 1;  // ReadUntilLineEnd saw a '\n'
    carry_.Append(bytes.substr(end));
  }
  batch.bytes.Truncate(end);
  splitter_.Split(batch.bytes.data(), end, batch.lines);
  batch.bytes.Append(kJsonTextPadding, ' ');
  batch.text = batch.bytes.view();
  return true;
}

// Reads a batch's worth, then on until a line break or the end of the input.
void NdjsonStreamReader::ReadUntilLineEnd(ByteBuffer& bytes) {
  std::size_t want = batch_bytes_;
  std::size_t searched = 0;
  while (in_) {
    in_.read(bytes.Room(want), static_cast<std::streamsize>(want));
    bytes.Commit(static_cast<std::size_t>(in_.gcount()));
    if (bytes.size() >= batch_bytes_ &&
        std::memchr(bytes.data() + searched, '\n', bytes.size() - searched) != nullptr) {
      return;
    }
    searched = bytes.size();
    want = std::max(want, bytes.size());  // a very long line: grow geometrically
  }
}

}  // namespace shapeguard::cli
