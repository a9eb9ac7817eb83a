// The NDJSON reader must give exactly the lines a line-by-line reader gives, with their
// numbers, however the batch boundaries fall, and with the padding the parser may read
// after each line.
#include "ndjson_batches.h"

#include <gtest/gtest.h>

#include <random>
#include <sstream>

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

std::vector<Line> ReadAll(NdjsonStreamReader& reader) {
  std::vector<Line> lines;
  NdjsonBatch batch;
  while (reader.Next(batch)) {
    EXPECT_GE(batch.text.size(), kJsonTextPadding);
    for (const NdjsonLine& line : batch.lines) {
      EXPECT_LE(line.offset + line.size + kJsonTextPadding, batch.text.size());
      lines.push_back({std::string(batch.Text(line)), line.number});
    }
  }
  return lines;
}

std::vector<Line> ReadByBatches(const std::string& input, std::size_t batch_bytes) {
  std::istringstream in(input);
  NdjsonStreamReader reader(in, batch_bytes);
  return ReadAll(reader);
}

TEST(NdjsonBatches, EdgeCasesMatchGetline) {
  for (const std::string input : {"", "\n", "a", "a\n", "a\r\nb", "\n\n  \t\na\n\nbb\n",
                                  "x\r\n\r\ny\r", "one very long line here\nshort\n"}) {
    for (std::size_t batch_bytes : {1, 2, 3, 5, 8, 1 << 20}) {
      EXPECT_EQ(ReadByBatches(input, batch_bytes), ReadByGetline(input))
          << "input " << testing::PrintToString(input) << ", batch " << batch_bytes;
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
  }
}

}  // namespace
}  // namespace shapeguard::cli
