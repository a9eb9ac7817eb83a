#include "result_writers.h"

#include <vector>

#include <nlohmann/json.hpp>

#include "json_line.h"

namespace shapeguard::cli {

std::string DocumentName(const DocumentResult& result) {
  return result.line ? result.file + ":" + std::to_string(result.line) : result.file;
}

namespace {

using ordered_json = nlohmann::ordered_json;

ordered_json DiagnosticJson(const Diagnostic& d) {
  return {{"path", d.path},
          {"code", std::string(CodeName(d.code))},
          {"message", d.message},
          {"source", d.source}};
}

// `pointer: message [code, source]`, one line per diagnostic.
class TextWriter : public ResultWriter {
 public:
  explicit TextWriter(std::ostream& out) : out_(out) {}

  void Add(const DocumentResult& result) override {
    if (!result.report) return;  // the command reports the error on stderr
    const Report& report = *result.report;
    out_ << DocumentName(result) << ": ";
    if (report.valid()) {
      out_ << "valid";
    } else {
      std::size_t n = report.errors.size();
      out_ << "invalid, " << n << (n == 1 ? " error" : " errors")
           << (report.truncated ? " (stopped early)" : "");
    }
    out_ << "\n";
    for (const Diagnostic& d : report.errors) Line(d, "");
    for (const Diagnostic& d : report.warnings) Line(d, "warning: ");
  }

 private:
  void Line(const Diagnostic& d, const char* prefix) {
    out_ << "  " << (d.path.empty() ? "(document)" : d.path) << ": " << prefix << d.message
         << " [" << CodeName(d.code) << ", " << d.source << "]\n";
  }

  std::ostream& out_;
};

// One line per document: {"operation", "direction", "valid", "errors", ...}.
class JsonWriter : public ResultWriter {
 public:
  JsonWriter(const RunInfo& info, std::ostream& out) : info_(info), out_(out) {}

  void Add(const DocumentResult& result) override {
    ordered_json line = {{"operation", info_.operation}, {"direction", info_.direction}};
    if (result.report) {
      line["valid"] = result.report->valid();
      line["errors"] = ordered_json::array();
      for (const Diagnostic& d : result.report->errors) line["errors"].push_back(DiagnosticJson(d));
      if (!result.report->warnings.empty()) {
        line["warnings"] = ordered_json::array();
        for (const Diagnostic& d : result.report->warnings) {
          line["warnings"].push_back(DiagnosticJson(d));
        }
      }
      if (result.report->truncated) line["truncated"] = true;
    } else {
      line["error"] = result.error;
    }
    line["file"] = result.file;
    if (result.line) line["line"] = result.line;
    out_ << ToJsonLine(line) << "\n";
  }

 private:
  RunInfo info_;
  std::ostream& out_;
};

// A SARIF 2.1.0 log with one run: a result per diagnostic, a notification per document
// that could not be validated.
class SarifWriter : public ResultWriter {
 public:
  SarifWriter(const RunInfo& info, std::ostream& out) : info_(info), out_(out) {}

  void Add(const DocumentResult& result) override {
    if (!result.report) {
      notifications_.push_back(
          {{"level", "error"},
           {"message", {{"text", DocumentName(result) + ": " + result.error}}},
           {"locations", ordered_json::array({Location(result, "")})}});
      return;
    }
    for (const Diagnostic& d : result.report->errors) results_.push_back(Result(result, d, "error"));
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
         {{"driver",
           {{"name", "shapeguard"},
            {"version", SHAPEGUARD_VERSION},
            {"rules", rules}}}}},
        {"invocations",
         ordered_json::array({{{"executionSuccessful", notifications_.empty()},
                               {"toolExecutionNotifications", notifications_}}})},
        {"results", results_}};
    ordered_json log = {{"$schema", "https://json.schemastore.org/sarif-2.1.0.json"},
                        {"version", "2.1.0"},
                        {"runs", ordered_json::array({run})}};
    out_ << log.dump(2, ' ', false, ordered_json::error_handler_t::replace) << "\n";
  }

 private:
  static ordered_json Location(const DocumentResult& result, const std::string& pointer) {
    ordered_json location = {
        {"physicalLocation",
         {{"artifactLocation", {{"uri", result.file}}},
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

std::unique_ptr<ResultWriter> MakeResultWriter(const std::string& format, const RunInfo& info,
                                               std::ostream& out) {
  if (format == "text") return std::make_unique<TextWriter>(out);
  if (format == "json") return std::make_unique<JsonWriter>(info, out);
  if (format == "sarif") return std::make_unique<SarifWriter>(info, out);
  return nullptr;
}

}  // namespace shapeguard::cli
