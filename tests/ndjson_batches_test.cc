// Both NDJSON readers, from a stream and from a mapped file, must give exactly the lines a
// line-by-line reader gives, with their numbers, however the batch boundaries fall, and
// with the padding the parser may read after each line.
#include "ndjson_batches.h"

#include <fcntl.h>
#include <unistd.h>

#include <cstdio>
#include <fstream>
#include <random>
#include <sstream>

#include <gtest/gtest.h>

#include "ndjson_mapped.h"
#include "shapeguard/schema.h"

namespace shapeguard::cli {
namespace {

struct Line {
  std::string text;
  std::size_t number;
  bool operator==(const Line&) const = default;
};

// The simple reading: std::getline, a trailing '\r' dropped, blank lines skipped.
std::vector<Line> ReadByGetline(const std::string& input) {
  std::vector<Line> lines;
  std::istringstream in(input);
  std::string line;
  for (std::size_t number = 1; std::getline(in, line); ++number) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.find_first_not_of(" \t") != std::string::npos) lines.push_back({line, number});
  }
  return lines;
}

bool Within(std::string_view part, const ByteBuffer& whole) {
  return part.data() >= whole.data() && part.data() + part.size() <= whole.data() + whole.size();
}

// mapped_size: for a mapped file, its size rounded up to whole pages; a batch read in place
// must end its padding within them.
std::vector<Line> ReadAll(NdjsonReader& reader, std::size_t mapped_size = 0) {
  std::vector<Line> lines;
  NdjsonBatch batch;
  std::size_t input_end = 0;
  while (reader.Next(batch)) {
    EXPECT_GE(batch.text.size(), kJsonTextPadding);
    if (mapped_size > 0 && !Within(batch.text, batch.bytes)) {
      EXPECT_LE(input_end + batch.text.size(), mapped_size) << "padding past the mapping";
    }
    EXPECT_GT(batch.input_end, input_end);
    input_end = batch.input_end;
    for (const NdjsonLine& line : batch.lines) {
      EXPECT_LE(line.offset + line.size + kJsonTextPadding, batch.text.size());
      lines.push_back({std::string(batch.Text(line)), line.number});
    }
    reader.Release(batch);
  }
  return lines;
}

std::vector<Line> ReadByBatches(const std::string& input, std::size_t batch_bytes) {
  std::istringstream in(input);
  NdjsonStreamReader reader(in, batch_bytes);
  return ReadAll(reader);
}

// The lines of input written to a file, read through a mapping; empty input (which cannot
// be mapped) gives no reader and no lines.
std::vector<Line> ReadByMapping(const std::string& input, std::size_t batch_bytes) {
  std::string path = testing::TempDir() + "ndjson_mapped_test.ndjson";
  std::ofstream(path, std::ios::binary) << input;
  int fd = ::open(path.c_str(), O_RDONLY);
  EXPECT_GE(fd, 0);
  auto reader = NdjsonMappedReader::Open(fd, batch_bytes);
  ::close(fd);
  std::remove(path.c_str());
  EXPECT_EQ(reader == nullptr, input.empty());
  std::size_t page = static_cast<std::size_t>(::sysconf(_SC_PAGESIZE));
  return reader ? ReadAll(*reader, (input.size() + page - 1) / page * page) : std::vector<Line>{};
}

TEST(NdjsonBatches, EdgeCasesMatchGetline) {
  for (const std::string input : {"", "\n", "a", "a\n", "a\r\nb", "\n\n  \t\na\n\nbb\n",
                                  "x\r\n\r\ny\r", "one very long line here\nshort\n"}) {
    for (std::size_t batch_bytes : {1, 2, 3, 5, 8, 1 << 20}) {
      EXPECT_EQ(ReadByBatches(input, batch_bytes), ReadByGetline(input))
          << "input " << testing::PrintToString(input) << ", batch " << batch_bytes;
      EXPECT_EQ(ReadByMapping(input, batch_bytes), ReadByGetline(input))
          << "mapped input " << testing::PrintToString(input) << ", batch " << batch_bytes;
    }
  }
}

TEST(NdjsonBatches, RandomInputsMatchGetline) {
  std::mt19937 random(20261130);
  const std::string alphabet = "ab{}\" \t\r\n\n\n";
  for (int round = 0; round < 500; ++round) {
    std::string input(random() % 200, ' ');
    for (char& c : input) c = alphabet[random() % alphabet.size()];
    std::size_t batch_bytes = 1 + random() % 40;
    ASSERT_EQ(ReadByBatches(input, batch_bytes), ReadByGetline(input))
        << "input " << testing::PrintToString(input) << ", batch " << batch_bytes;
    ASSERT_EQ(ReadByMapping(input, batch_bytes), ReadByGetline(input))
        << "mapped input " << testing::PrintToString(input) << ", batch " << batch_bytes;
  }
}

// Lines that end too near the end of the file's last page need copying (the padding would
// run past the mapping); the others are read in place. Both must come out whole, with
// readable padding, and releasing pages behind a batch must not touch the lines after it.
TEST(NdjsonBatches, MappedFileAcrossPagesMatchesGetline) {
  std::mt19937 random(20261202);
  const std::size_t page = static_cast<std::size_t>(::sysconf(_SC_PAGESIZE));
  for (std::size_t file_size : {5 * page, 5 * page - 10, 5 * page - 100, 5 * page + 1}) {
    std::string input;
    while (input.size() + 400 < file_size) {
      input += "{\"n\":" + std::to_string(random()) + std::string(random() % 300, ' ') + "}\n";
    }
    input += std::string(file_size - input.size() - 1, 'x') + "\n";
    for (std::size_t batch_bytes : {1, 100, 4096, 5000, 1 << 20}) {
      EXPECT_EQ(ReadByMapping(input, batch_bytes), ReadByGetline(input)) << batch_bytes;
    }
    input.back() = 'y';  // no final line break
    EXPECT_EQ(ReadByMapping(input, 4096), ReadByGetline(input));
  }
}

}  // namespace
}  // namespace shapeguard::cli
