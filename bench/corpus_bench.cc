// Validates an NDJSON corpus from memory and prints the throughput as one line of JSON, the
// way the peers of ../shared/peers are measured: the file is read untimed, the timed pass
// splits lines, parses and validates each.
//
// usage: corpus_bench OPERATION CORPUS.ndjson [--reps N] [--path fast|reference]
//                     [--stop-at-first] [--verdicts FILE] [--limit N]
#include <time.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include <simdjson.h>

#include "shapeguard/catalog.h"
#include "text_validation.h"

namespace {

struct Options {
  std::string operation;
  std::string corpus;
  int reps = 3;
  bool reference = false;
  bool parse_only = false;  // simdjson parse alone: the floor under the fast path
  bool stop_at_first = false;
  std::string verdicts;
  std::size_t limit = SIZE_MAX;
};

Options Parse(int argc, char** argv) {
  Options o;
  o.operation = argv[1];
  o.corpus = argv[2];
  for (int i = 3; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--reps") o.reps = std::atoi(argv[++i]);
    else if (a == "--path") {
      std::string path = argv[++i];
      o.reference = path == "reference";
      o.parse_only = path == "parse";
    }
    else if (a == "--stop-at-first") o.stop_at_first = true;
    else if (a == "--verdicts") o.verdicts = argv[++i];
    else if (a == "--limit") o.limit = std::strtoull(argv[++i], nullptr, 10);
  }
  return o;
}

// CPU time of this thread: on a shared machine it varies less than wall time.
double ThreadSeconds() {
  timespec t;
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
  return t.tv_sec + t.tv_nsec / 1e9;
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
  bytes.append(shapeguard::internal::kTextPadding, ' ');  // readable padding past the last line
  std::size_t text_size = bytes.size() - shapeguard::internal::kTextPadding;

  auto catalog = shapeguard::Catalog::Builtin();
  auto schema = catalog->GetSchema(o.operation, shapeguard::Direction::kInput);
  if (!schema.ok()) {
    std::cerr << schema.error() << "\n";
    return 2;
  }
  shapeguard::ValidateOptions options;
  options.stop_at_first = o.stop_at_first;

  std::vector<double> seconds, cpu_seconds;
  std::size_t docs = 0, valid = 0, invalid = 0, errors = 0;
  std::string verdicts;
  for (int rep = 0; rep <= o.reps; ++rep) {  // rep 0 warms up, untimed
    docs = valid = invalid = errors = 0;
    verdicts.clear();
    auto start = std::chrono::steady_clock::now();
    double cpu_start = ThreadSeconds();
    for (std::size_t pos = 0; pos < text_size && docs < o.limit;) {
      const char* line = bytes.data() + pos;
      const char* end = static_cast<const char*>(std::memchr(line, '\n', text_size - pos));
      std::size_t length = end ? static_cast<std::size_t>(end - line) : text_size - pos;
      pos += length + 1;
      std::string_view text(line, length);
      bool ok;
      if (o.parse_only) {
        static simdjson::dom::parser parser;
        simdjson::dom::element root;
        ok = !parser.parse(text.data(), text.size(), false).get(root);
      } else if (o.reference) {
        auto report = shapeguard::internal::ValidateTextReference(*schema.value(), text, options);
        ok = report.ok() && report.value().valid();
        errors += report.ok() ? report.value().errors.size() : 0;
      } else {
        auto report = shapeguard::internal::ValidateTextFast(*schema.value(), text, options, true);
        if (!report) {
          auto fallback = schema.value()->ValidateText(text, options);
          ok = fallback.ok() && fallback.value().valid();
        } else {
          ok = report->valid();
          errors += report->errors.size();
        }
      }
      ++docs;
      ok ? ++valid : ++invalid;
      if (!o.verdicts.empty()) verdicts.push_back(ok ? 'V' : 'I');
    }
    double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    if (rep > 0) {
      seconds.push_back(s);
      cpu_seconds.push_back(ThreadSeconds() - cpu_start);
    }
  }
  if (!o.verdicts.empty()) std::ofstream(o.verdicts) << verdicts << "\n";
  std::sort(seconds.begin(), seconds.end());
  std::sort(cpu_seconds.begin(), cpu_seconds.end());
  double median = seconds[seconds.size() / 2];
  double cpu_median = cpu_seconds[cpu_seconds.size() / 2];
  std::printf(
      "{\"name\": \"shapeguard_%s\", \"docs\": %zu, \"bytes\": %zu, \"valid\": %zu, "
      "\"invalid\": %zu, \"errors\": %zu, \"median_s\": %.6f, \"docs_per_s\": %.0f, "
      "\"mb_per_s\": %.1f, \"cpu_s\": %.6f, \"docs_per_cpu_s\": %.0f}\n",
      o.parse_only ? "simdjson_parse" : o.reference ? "reference" : (o.stop_at_first ? "fast_first" : "fast"), docs, text_size,
      valid, invalid, errors, median, docs / median, text_size / median / 1e6, cpu_median,
      docs / cpu_median);
  return 0;
}
