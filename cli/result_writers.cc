#include "result_writers.h"

#include <charconv>
#include <nlohmann/json.hpp>
#include <vector>

#include "json_line.h"

namespace shapeguard::cli {

namespace {

// Straight into the string, without the temporary std::to_string makes: this runs once per
// document.
void AppendNumber(std::size_t n, std::string& out) {
  constexpr std::size_t kMaxDigits = 20;
  std::size_t size = out.size();
  out.resize(size + kMaxDigits);
  auto [end, ec] = std::to_chars(out.data() + size, out.data() + size + kMaxDigits, n);
  out.resize(static_cast<std::size_t>(end - out.data()));
}

// A text that repeats from one call to the next (the file of every document, the source of
// most diagnostics) as a JSON string between a fixed before and after, built again only
// when the text changes.
class RepeatQuoter {
 public:
  RepeatQuoter(std::string_view before, std::string_view after) : before_(before), after_(after) {}

  // before + text as a JSON string + after.
  std::string_view Quote(std::string_view text) {
    if (quoted_.empty() || text != last_) {
      last_ = text;
      quoted_ = before_;
      AppendJsonString(quoted_, text);
      quoted_ += after_;
    }
    return quoted_;
  }

 private:
  std::string_view before_, after_;
  std::string last_;
  std::string quoted_;
};

// Per thread, as FormatTo may run on any. The file comes with the key of the line number
// after it, which most lines have.
thread_local RepeatQuoter file_quoter(", \"file\": ", ", \"line\": ");
thread_local RepeatQuoter source_quoter(", \"source\": ", "}");
constexpr std::size_t kLineKeySize = sizeof(", \"line\": ") - 1;

void AppendDocumentName(const DocumentResult& result, std::string& out) {
  out += result.file;
  if (result.line) {
    out.push_back(':');
    AppendNumber(result.line, out);
  }
}

using ordered_json = nlohmann::ordered_json;
using namespace std::string_view_literals;

// Output collected in a string and written in large blocks: a stream of small writes
// would cost more than validating a document.
class BlockOutput {
 public:
  explicit BlockOutput(std::ostream& out) : out_(out) {}
  ~BlockOutput() { Flush(); }

  std::string& buffer() { return buffer_; }
  // A whole batch's text goes out in one write, not through the buffer: copying megabytes
  // into it (and growing it to hold them) cost 2% of `validate --ndjson`.
  void Append(std::string_view text) {
    if (buffer_.size() + text.size() < kBlock) {
      buffer_ += text;
      return;
    }
    Flush();
    out_.write(text.data(), static_cast<std::streamsize>(text.size()));
  }
  void MaybeFlush() {
    if (buffer_.size() >= kBlock) Flush();
  }
  void Flush() {
    out_.write(buffer_.data(), static_cast<std::streamsize>(buffer_.size()));
    buffer_.clear();
  }

 private:
  static constexpr std::size_t kBlock = 1 << 16;
  std::ostream& out_;
  std::string buffer_;
};

// `pointer: message [code, source]`, one line per diagnostic.
class TextWriter : public ResultWriter {
 public:
  explicit TextWriter(std::ostream& out) : out_(out) {}

  void Add(const DocumentResult& result) override {
    FormatTo(result, out_.buffer());
    out_.MaybeFlush();
  }
  bool FormatsEachDocument() const override { return true; }
  void AddFormatted(std::string_view text) override { out_.Append(text); }

  void FormatTo(const DocumentResult& result, std::string& text) const override {
    if (!result.report) return;  // the command reports the error on stderr
    const Report& report = *result.report;
    AppendDocumentName(result, text);
    if (report.valid()) {
      text += ": valid\n";
    } else {
      std::size_t n = report.errors.size();
      text += ": invalid, " + std::to_string(n) + (n == 1 ? " error" : " errors") +
              (report.truncated ? " (stopped early)\n" : "\n");
    }
    for (const Diagnostic& d : report.errors) Line(d, "", text);
    for (const Diagnostic& d : report.warnings) Line(d, "warning: ", text);
  }

  void Finish() override { out_.Flush(); }

 private:
  static void Line(const Diagnostic& d, const char* prefix, std::string& text) {
    text += "  ";
    text += d.path.empty() ? "(document)" : d.path;
    text += ": ";
    text += prefix;
    text += d.message;
    text += " [";
    text += CodeName(d.code);
    text += ", ";
    text += d.source;
    text += "]\n";
  }

  BlockOutput out_;
};

// One line per document: {"operation", "direction", "valid", "errors", ...}, written
// directly: this runs once per document of an NDJSON stream.
class JsonWriter : public ResultWriter {
 public:
  JsonWriter(const RunInfo& info, std::ostream& out) : out_(out) {
    std::string prefix = "{\"operation\": ";
    AppendJsonString(prefix, info.operation);
    prefix += ", \"direction\": ";
    AppendJsonString(prefix, info.direction);
    valid_head_ = prefix + ", \"valid\": true, \"errors\": []";
    invalid_head_ = prefix + ", \"valid\": false, \"errors\": ";
    error_head_ = prefix + ", \"error\": ";
  }

  void Add(const DocumentResult& result) override {
    FormatTo(result, out_.buffer());
    out_.MaybeFlush();
  }
  bool FormatsEachDocument() const override { return true; }
  void AddFormatted(std::string_view text) override { out_.Append(text); }

  // Runs once per document of an NDJSON stream: the fixed parts of a line are made once.
  void FormatTo(const DocumentResult& result, std::string& line) const override {
    if (!result.report) {
      line += error_head_;
      AppendJsonString(line, result.error);
    } else if (result.report->valid()) {
      line += valid_head_;
    } else {
      line += invalid_head_;
      AppendDiagnostics(result.report->errors, line);
    }
    if (result.report && !result.report->warnings.empty()) {
      line += ", \"warnings\": "sv;
      AppendDiagnostics(result.report->warnings, line);
    }
    if (result.report && result.report->truncated) line += ", \"truncated\": true"sv;
    std::string_view file = file_quoter.Quote(result.file);
    if (result.line) {
      line += file;
      AppendNumber(result.line, line);
    } else {
      line += file.substr(0, file.size() - kLineKeySize);
    }
    line += "}\n"sv;
  }

  void Finish() override { out_.Flush(); }

 private:
  static void AppendDiagnostics(const std::vector<Diagnostic>& diagnostics, std::string& out) {
    out.push_back('[');
    for (std::size_t i = 0; i < diagnostics.size(); ++i) {
      const Diagnostic& d = diagnostics[i];
      if (i) out += ", "sv;
      out += "{\"path\": "sv;
      AppendJsonString(out, d.path);
      out += ", \"code\": \""sv;
      out += CodeName(d.code);  // a short ASCII name: nothing to escape
      out.push_back('"');
      out += ", \"message\": "sv;
      AppendJsonString(out, d.message);
      out += source_quoter.Quote(d.source);
    }
    out.push_back(']');
  }

  BlockOutput out_;
  // Each line's start: the operation, the direction, and the verdict (a valid document's
  // empty errors too).
  std::string valid_head_, invalid_head_, error_head_;
};

// A SARIF 2.1.0 log with one run: a result per diagnostic, a notification per document
// that could not be validated.
class SarifWriter : public ResultWriter {
 public:
  SarifWriter(const RunInfo& info, std::ostream& out) : info_(info), out_(out) {}

  void Add(const DocumentResult& result) override {
    if (!result.report) {
      notifications_.push_back({{"level", "error"},
                                {"message", {{"text", DocumentName(result) + ": " + result.error}}},
                                {"locations", ordered_json::array({Location(result, "")})}});
      return;
    }
    for (const Diagnostic& d : result.report->errors)
      results_.push_back(Result(result, d, "error"));
    for (const Diagnostic& d : result.report->warnings) {
      results_.push_back(Result(result, d, "warning"));
    }
  }

  void Finish() override {
    ordered_json rules = ordered_json::array();
    for (std::size_t i = 0; i < static_cast<std::size_t>(Code::kCount); ++i) {
      auto code = static_cast<Code>(i);
      rules.push_back({{"id", std::string(CodeName(code))},
                       {"shortDescription", {{"text", std::string(CodeDescription(code))}}}});
    }
    ordered_json run = {
        {"tool",
         {{"driver", {{"name", "shapeguard"}, {"version", SHAPEGUARD_VERSION}, {"rules", rules}}}}},
        {"invocations", ordered_json::array({{{"executionSuccessful", notifications_.empty()},
                                              {"toolExecutionNotifications", notifications_}}})},
        {"results", results_}};
    ordered_json log = {{"$schema", "https://json.schemastore.org/sarif-2.1.0.json"},
                        {"version", "2.1.0"},
                        {"runs", ordered_json::array({run})}};
    out_ << log.dump(2, ' ', false, ordered_json::error_handler_t::replace) << "\n";
  }

 private:
  static ordered_json Location(const DocumentResult& result, const std::string& pointer) {
    ordered_json location = {{"physicalLocation",
                              {{"artifactLocation", {{"uri", std::string(result.file)}}},
                               {"region", {{"startLine", result.line ? result.line : 1}}}}}};
    if (!pointer.empty()) {
      location["logicalLocations"] =
          ordered_json::array({{{"fullyQualifiedName", pointer}, {"kind", "member"}}});
    }
    return location;
  }

  ordered_json Result(const DocumentResult& result, const Diagnostic& d, const char* level) {
    std::string pointer = d.path.empty() ? "(document)" : d.path;
    return {{"ruleId", std::string(CodeName(d.code))},
            {"ruleIndex", static_cast<int>(d.code)},
            {"level", level},
            {"message", {{"text", pointer + ": " + d.message}}},
            {"locations", ordered_json::array({Location(result, d.path)})},
            {"properties",
             {{"operation", info_.operation},
              {"direction", info_.direction},
              {"pointer", d.path},
              {"source", d.source}}}};
  }

  RunInfo info_;
  std::ostream& out_;
  ordered_json results_ = ordered_json::array();
  ordered_json notifications_ = ordered_json::array();
};

}  // namespace

std::string DocumentName(const DocumentResult& result) {
  std::string name;
  AppendDocumentName(result, name);
  return name;
}

std::unique_ptr<ResultWriter> MakeResultWriter(const std::string& format, const RunInfo& info,
                                               std::ostream& out) {
  if (format == "text") return std::make_unique<TextWriter>(out);
  if (format == "json") return std::make_unique<JsonWriter>(info, out);
  if (format == "sarif") return std::make_unique<SarifWriter>(info, out);
  return nullptr;
}

}  // namespace shapeguard::cli
