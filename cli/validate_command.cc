#include "validate_command.h"

#include <cerrno>
#include <cstring>
#include <fstream>
#include <iostream>
#include <sstream>

#include "document_result.h"
#include "result_writers.h"

namespace shapeguard::cli {
namespace {

// Runs documents through the schema and the writer, tracking the exit status.
class Validation {
 public:
  Validation(const Schema& schema, const ValidateArgs& args, ResultWriter& writer,
             std::ostream& err)
      : schema_(schema), args_(args), writer_(writer), err_(err) {}

  void Document(const std::string& file, std::size_t line, std::string_view text) {
    DocumentResult result;
    result.file = file;
    result.line = line;
    auto report = schema_.ValidateText(text, args_.options);
    if (report.ok()) {
      result.report = std::move(report).value();
      if (!result.report->valid()) any_invalid_ = true;
    } else {
      result.error = report.error();
      err_ << "shapeguard: " << DocumentName(result) << ": " << result.error << "\n";
      any_error_ = true;
    }
    writer_.Add(result);
  }

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
      Lines(file, *in);
    } else {
      Document(file, 0, ReadUpTo(*in, args_.options.max_bytes));
    }
    if (in->bad()) {
      err_ << "shapeguard: error reading " << file << "\n";
      any_error_ = true;
    }
  }

  int ExitStatus() const { return any_error_ ? 2 : (any_invalid_ ? 1 : 0); }

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

  // NDJSON: one document per line, read as a stream; blank lines are skipped.
  void Lines(const std::string& file, std::istream& in) {
    std::string line;
    for (std::size_t number = 1; std::getline(in, line); ++number) {
      if (!line.empty() && line.back() == '\r') line.pop_back();
      if (line.find_first_not_of(" \t") == std::string::npos) continue;
      Document(file, number, line);
    }
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
    return 2;
  }
  RunInfo info{schema.value()->qualified_name(), std::string(DirectionName(direction))};
  auto writer = MakeResultWriter(args.format, info, out);
  if (!writer) {
    err << "shapeguard: unknown format \"" << args.format << "\" (text, json or sarif)\n";
    return 2;
  }
  if (auto warnings = catalog.Warnings(schema.value()->service()); warnings.ok()) {
    for (const std::string& w : warnings.value()) err << "shapeguard: warning: " << w << "\n";
  }
  Validation validation(*schema.value(), args, *writer, err);
  for (const std::string& file : args.files) validation.Input(file);
  writer->Finish();
  out.flush();
  return validation.ExitStatus();
}

}  // namespace shapeguard::cli
