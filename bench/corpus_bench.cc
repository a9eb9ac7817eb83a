// Validates an NDJSON corpus from memory and prints the throughput as one line of JSON, the
// way the C++ peers of ../shared/peers are measured (and in their RESULT line format): the
// file is read and split into lines untimed, the timed pass parses and validates each line.
//
// usage: corpus_bench OPERATION CORPUS.ndjson [--reps N] [--path fast|reference]
//                     [--stop-at-first] [--together] [--verdicts FILE] [--limit N]
// --together: the lines in batches of 128 KiB through Schema::ValidatePaddedLines, as
// `validate --ndjson` takes them, instead of one ValidatePaddedText per line.
#include <simdjson.h>
#include <time.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include "shapeguard/catalog.h"
#include "shapeguard/text_validation.h"

namespace {

// As `validate --ndjson` reads with one job.
constexpr std::ptrdiff_t kBatchBytes = 128 << 10;

struct Options {
  std::string operation;
  std::string corpus;
  int reps = 3;
  bool reference = false;
  bool parse_only = false;  // simdjson parse alone: the floor under the fast path
  bool stop_at_first = false;
  bool together = false;
  std::string verdicts;
  std::size_t limit = SIZE_MAX;
};

Options Parse(int argc, char** argv) {
  Options o;
  o.operation = argv[1];
  o.corpus = argv[2];
  for (int i = 3; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--reps")
      o.reps = std::atoi(argv[++i]);
    else if (a == "--path") {
      std::string path = argv[++i];
      o.reference = path == "reference";
      o.parse_only = path == "parse";
    } else if (a == "--stop-at-first")
      o.stop_at_first = true;
    else if (a == "--together")
      o.together = true;
    else if (a == "--verdicts")
      o.verdicts = argv[++i];
    else if (a == "--limit")
      o.limit = std::strtoull(argv[++i], nullptr, 10);
  }
  return o;
}

// CPU time of this thread: on a shared machine it varies less than wall time.
double ThreadSeconds() {
  timespec t;
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
  return t.tv_sec + t.tv_nsec / 1e9;
}

std::string Name(const Options& o) {
  if (o.parse_only) return "simdjson_parse";
  if (o.reference) return "shapeguard_reference";
  if (o.together) return "shapeguard_lib_together";
  return o.stop_at_first ? "shapeguard_lib_first" : "shapeguard_lib";
}

std::string JsonArray(const std::vector<double>& values) {
  std::string out = "[";
  for (double v : values) out += (out.size() > 1 ? ", " : "") + std::to_string(v);
  return out + "]";
}

// Validates one document; returns its verdict and how many errors it has.
std::pair<bool, std::size_t> Run(const Options& o, const shapeguard::Schema& schema,
                                 const shapeguard::ValidateOptions& options,
                                 std::string_view text) {
  if (o.parse_only) {
    static simdjson::dom::parser parser;
    simdjson::dom::element root;
    return {!parser.parse(text.data(), text.size(), false).get(root), 0};
  }
  auto report = o.reference ? shapeguard::ValidateTextReference(schema, text, options)
                            : schema.ValidatePaddedText(text, options);
  if (!report.ok()) return {false, 1};
  return {report.value().valid(), report.value().errors.size()};
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 3) {
    std::cerr << "usage: corpus_bench OPERATION CORPUS.ndjson [--reps N] [--path fast|reference]"
                 " [--stop-at-first] [--verdicts FILE] [--limit N]\n";
    return 2;
  }
  Options o = Parse(argc, argv);
  std::ifstream in(o.corpus, std::ios::binary);
  std::string bytes((std::istreambuf_iterator<char>(in)), {});
  bytes.append(shapeguard::kJsonTextPadding, ' ');  // readable padding past the last line
  std::size_t text_size = bytes.size() - shapeguard::kJsonTextPadding;

  auto catalog = shapeguard::Catalog::Builtin();
  auto schema = catalog->GetSchema(o.operation, shapeguard::Direction::kInput);
  if (!schema.ok()) {
    std::cerr << schema.error() << "\n";
    return 2;
  }
  shapeguard::ValidateOptions options;
  options.stop_at_first = o.stop_at_first;

  // The lines, found untimed: the C++ peers' runner (simdjson's DOM rows, the library's
  // reference) splits its corpus before its clock starts too.
  std::vector<std::string_view> lines;
  for (std::size_t pos = 0; pos < text_size && lines.size() < o.limit;) {
    const char* line = bytes.data() + pos;
    const char* end = static_cast<const char*>(std::memchr(line, '\n', text_size - pos));
    std::size_t length = end ? static_cast<std::size_t>(end - line) : text_size - pos;
    lines.emplace_back(line, length);
    pos += length + 1;
  }

  std::vector<double> seconds, cpu_seconds;
  std::size_t docs = 0, valid = 0, errors = 0;
  std::string verdicts;
  for (int rep = 0; rep <= o.reps; ++rep) {  // rep 0 warms up, untimed
    docs = valid = errors = 0;
    verdicts.clear();
    std::vector<std::string_view> batch;
    std::vector<shapeguard::Result<shapeguard::Report>> results;
    auto count = [&](bool ok, std::size_t error_count) {
      ++docs;
      valid += ok;
      errors += error_count;
      if (!o.verdicts.empty()) verdicts.push_back(ok ? '1' : '0');
    };
    auto start = std::chrono::steady_clock::now();
    double cpu_start = ThreadSeconds();
    for (std::size_t i = 0; i < lines.size(); ++i) {
      if (!o.together) {
        auto [ok, error_count] = Run(o, *schema.value(), options, lines[i]);
        count(ok, error_count);
        continue;
      }
      batch.push_back(lines[i]);
      bool last = i + 1 == lines.size();
      if (!last && lines[i].data() + lines[i].size() - batch.front().data() < kBatchBytes) {
        continue;
      }
      schema.value()->ValidatePaddedLines(bytes, batch, results, options);
      for (const auto& report : results) {
        count(report.ok() && report.value().valid(),
              report.ok() ? report.value().errors.size() : 1);
      }
      batch.clear();
    }
    double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    if (rep > 0) {
      seconds.push_back(s);
      cpu_seconds.push_back(ThreadSeconds() - cpu_start);
    }
  }
  if (!o.verdicts.empty()) std::ofstream(o.verdicts) << verdicts;
  std::printf(
      "RESULT {\"name\": \"%s\", \"docs\": %zu, \"bytes\": %zu, \"valid\": %zu, "
      "\"invalid\": %zu, \"errors\": %zu, \"secs\": %s, \"cpu_secs\": %s}\n",
      Name(o).c_str(), docs, text_size, valid, docs - valid, errors, JsonArray(seconds).c_str(),
      JsonArray(cpu_seconds).c_str());
  return 0;
}
