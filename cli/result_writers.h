// Output formats of `shapeguard validate`: text for terminals, json (one line per document)
// for scripts, SARIF 2.1.0 for code-scanning tools.
#ifndef SHAPEGUARD_CLI_RESULT_WRITERS_H_
#define SHAPEGUARD_CLI_RESULT_WRITERS_H_

#include <memory>
#include <ostream>
#include <string>
#include <string_view>

#include "document_result.h"

namespace shapeguard::cli {

class ResultWriter {
 public:
  virtual ~ResultWriter() = default;
  // Called once per document, in input order.
  virtual void Add(const DocumentResult& result) = 0;
  // Called once after the last document.
  virtual void Finish() {}

  // Writers whose output is a text per document (text, json) let `--jobs` threads format
  // documents: FormatTo appends what Add would write, touches no state of the writer (any
  // thread may call it), and AddFormatted writes such text, in input order.
  virtual bool FormatsEachDocument() const { return false; }
  virtual void FormatTo(const DocumentResult& result, std::string& out) const {}
  virtual void AddFormatted(std::string_view text) {}
};

// Names the operation and direction every result line carries.
struct RunInfo {
  std::string operation;  // "apigatewayv2.CreateStage"
  std::string direction;  // "input" or "output"
};

// "text", "json" or "sarif"; nullptr for another name.
std::unique_ptr<ResultWriter> MakeResultWriter(const std::string& format, const RunInfo& info,
                                               std::ostream& out);

}  // namespace shapeguard::cli

#endif  // SHAPEGUARD_CLI_RESULT_WRITERS_H_
