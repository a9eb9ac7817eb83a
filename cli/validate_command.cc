#include "validate_command.h"

#include <cerrno>
#include <cstring>
#include <fstream>
#include <functional>
#include <iostream>

#include "document_result.h"
#include "exit_status.h"
#include "ndjson_batches.h"
#include "result_writers.h"
#include "worker_pool.h"

namespace shapeguard::cli {
namespace {

// NDJSON is read this much at a time per job. With one job, little enough that a batch is
// still in the core's cache when it is parsed: 128 KiB ran 4% faster than 1 MiB on the
// peers' corpus (median of 21 paired runs; 64 KiB was no better). With several, enough that
// handing batches to threads costs little next to validating them: at 128 KiB, --jobs 2 ran
// 20% slower than at 1 MiB. Both keep memory flat.
constexpr std::size_t kBatchBytesOneJob = 128 << 10;
constexpr std::size_t kBatchBytesPerJob = 1 << 20;

// Runs documents through the schema and the writer, tracking the exit status.
class Validation {
 public:
  Validation(const Schema& schema, const ValidateArgs& args, ResultWriter& writer,
             std::ostream& err)
      : schema_(schema), args_(args), writer_(writer), err_(err) {}

  void Input(const std::string& file) {
    std::ifstream file_stream;
    std::istream* in = &std::cin;
    if (file != "-") {
      file_stream.open(file, std::ios::binary);
      if (!file_stream) {
        err_ << "shapeguard: cannot read " << file << ": " << std::strerror(errno) << "\n";
        any_error_ = true;
        return;
      }
      in = &file_stream;
    }
    if (args_.ndjson) {
      NdjsonStreamReader reader(*in, Jobs() > 1 ? kBatchBytesPerJob : kBatchBytesOneJob);
      Lines(file, reader);
    } else {
      Record(Check(file, ReadUpTo(*in, args_.options.max_bytes)));
    }
    if (in->bad()) {
      err_ << "shapeguard: error reading " << file << "\n";
      any_error_ = true;
    }
  }

  int ExitStatus() const {
    return any_error_ ? kExitUsage : (any_invalid_ ? kExitFindings : kExitOk);
  }

 private:
  // The whole input, or just over `limit` bytes of it: enough for ValidateText to refuse it
  // without holding an arbitrarily large file in memory.
  static std::string ReadUpTo(std::istream& in, std::size_t limit) {
    std::string text;
    char chunk[1 << 16];
    while (limit == 0 || text.size() <= limit) {
      in.read(chunk, sizeof chunk);
      text.append(chunk, static_cast<std::size_t>(in.gcount()));
      if (!in) break;
    }
    // Running out of input is how reading ends, not an error (bad() still reports one).
    if (in.eof()) in.clear(in.rdstate() & std::ios::badbit);
    return text;
  }

  // How many threads validate NDJSON batches (--jobs; 0 counts as 1).
  std::size_t Jobs() const { return std::max<std::size_t>(args_.jobs, 1); }

  // Validates one document. Touches no shared state, so batches run on several threads.
  DocumentResult Check(std::string_view file, std::string_view text) const {
    return Outcome(file, 0, schema_.ValidateText(text, args_.options));
  }

  static DocumentResult Outcome(std::string_view file, std::size_t line, Result<Report> report) {
    DocumentResult result;
    result.file = file;
    result.line = line;
    if (report.ok()) {
      result.report = std::move(report).value();
    } else {
      result.error = report.error();
    }
    return result;
  }

  // Hands one result to the writer, in input order.
  void Record(const DocumentResult& result) {
    Account(result);
    writer_.Add(result);
  }

  // Notes the result in the exit status; a document that could not be validated is
  // reported on stderr.
  void Account(const DocumentResult& result) {
    if (!result.report) {
      err_ << "shapeguard: " << DocumentName(result) << ": " << result.error << "\n";
      any_error_ = true;
    } else if (!result.report->valid()) {
      any_invalid_ = true;
    }
  }

  // What one job did with one batch. A writer that formats documents one by one gets their
  // text (formatted on the job's thread), and the batch keeps only what the exit status and
  // stderr need: whether any document was invalid, and the documents that could not be
  // validated. Other writers get every result.
  struct BatchOutcome {
    std::vector<DocumentResult> results;
    std::string text;
    bool any_invalid = false;
    // Scratch kept from batch to batch: the lines' texts and their reports.
    std::vector<std::string_view> lines;
    std::vector<Result<Report>> reports;
  };

  // Up to one batch per job, read together and validated side by side.
  struct Round {
    explicit Round(std::size_t jobs) : batches(jobs), outcomes(jobs) {}
    std::vector<NdjsonBatch> batches;
    std::vector<BatchOutcome> outcomes;
    std::size_t filled = 0;
  };

  // NDJSON: one document per line, blank lines skipped, validated in batches. With several
  // jobs, each round's batches are validated on the pool's threads, one each, while this thread
  // writes the round before and reads the round after, so input order is kept and neither
  // reading nor writing holds the jobs up.
  void Lines(const std::string& file, NdjsonStreamReader& reader) {
    std::size_t jobs = Jobs();
    Round current(jobs), next(jobs), written(jobs);
    if (jobs == 1) {
      for (Read(reader, current); current.filled > 0; Read(reader, current)) {
        CheckBatch(file, current.batches[0], current.outcomes[0]);
        Write(current);
      }
      return;
    }
    std::function<void(std::size_t)> check = [&](std::size_t i) {
      CheckBatch(file, current.batches[i], current.outcomes[i]);
    };
    WorkerPool workers(jobs);
    for (Read(reader, current); current.filled > 0;) {
      workers.Start(current.filled, check);
      Write(written);
      Read(reader, next);
      workers.Wait();
      std::swap(written, current);
      std::swap(current, next);
    }
    Write(written);
  }

  void Read(NdjsonStreamReader& reader, Round& round) {
    round.filled = 0;
    while (round.filled < round.batches.size() && reader.Next(round.batches[round.filled])) {
      ++round.filled;
    }
  }

  // Records a validated round in input order, then marks it empty.
  void Write(Round& round) {
    bool formatted = writer_.FormatsEachDocument();
    for (std::size_t i = 0; i < round.filled; ++i) {
      const BatchOutcome& outcome = round.outcomes[i];
      for (const DocumentResult& result : outcome.results) {
        if (formatted) {
          Account(result);
        } else {
          Record(result);
        }
      }
      if (formatted) {
        any_invalid_ |= outcome.any_invalid;
        writer_.AddFormatted(outcome.text);
      }
    }
    round.filled = 0;
  }

  void CheckBatch(std::string_view file, const NdjsonBatch& batch, BatchOutcome& outcome) const {
    // Filled as locals and moved in at the end: the outcomes of a round's jobs sit side by
    // side, and growing them in place, document by document, made the cores take the
    // shared cache line from each other (--jobs 2 ran no faster than --jobs 1).
    std::vector<DocumentResult> results = std::move(outcome.results);
    std::string text = std::move(outcome.text);
    results.clear();
    text.clear();
    bool any_invalid = false;
    outcome.lines.clear();
    for (const NdjsonLine& line : batch.lines) outcome.lines.push_back(batch.Text(line));
    schema_.ValidatePaddedLines(batch.text, outcome.lines, outcome.reports, args_.options);
    bool formats = writer_.FormatsEachDocument();
    for (std::size_t i = 0; i < batch.lines.size(); ++i) {
      DocumentResult result = Outcome(file, batch.lines[i].number, std::move(outcome.reports[i]));
      if (!formats) {
        results.push_back(std::move(result));
        continue;
      }
      writer_.FormatTo(result, text);
      if (!result.report) {
        results.push_back(std::move(result));
      } else {
        any_invalid |= !result.report->valid();
      }
    }
    outcome.results = std::move(results);
    outcome.text = std::move(text);
    outcome.any_invalid = any_invalid;
  }

  const Schema& schema_;
  const ValidateArgs& args_;
  ResultWriter& writer_;
  std::ostream& err_;
  bool any_invalid_ = false;
  bool any_error_ = false;
};

}  // namespace

int RunValidate(const Catalog& catalog, const ValidateArgs& args, std::ostream& out,
                std::ostream& err) {
  Direction direction = args.output ? Direction::kOutput : Direction::kInput;
  auto schema = catalog.GetSchema(args.operation, direction);
  if (!schema.ok()) {
    err << "shapeguard: " << schema.error() << "\n";
    return kExitUsage;
  }
  RunInfo info{schema.value()->qualified_name(), std::string(DirectionName(direction))};
  auto writer = MakeResultWriter(args.format, info, out);
  if (!writer) {
    err << "shapeguard: unknown format \"" << args.format << "\" (text, json or sarif)\n";
    return kExitUsage;
  }
  for (const std::string& w : schema.value()->warnings()) {
    err << "shapeguard: warning: " << w << "\n";
  }
  Validation validation(*schema.value(), args, *writer, err);
  for (const std::string& file : args.files) validation.Input(file);
  writer->Finish();
  out.flush();
  return validation.ExitStatus();
}

}  // namespace shapeguard::cli
