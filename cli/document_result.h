// The outcome of one input document, as the writers print it.
#ifndef SHAPEGUARD_CLI_DOCUMENT_RESULT_H_
#define SHAPEGUARD_CLI_DOCUMENT_RESULT_H_

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "shapeguard/report.h"

namespace shapeguard::cli {

struct DocumentResult {
  std::string_view file;         // as given on the command line; "-" for standard input
  std::size_t line = 0;          // 1-based line for NDJSON input, 0 for a whole-file document
  std::optional<Report> report;  // absent when the document could not be validated
  std::string error;             // why not: a parse error with its line and column
};

// "file" or "file:line".
std::string DocumentName(const DocumentResult& result);

}  // namespace shapeguard::cli

#endif  // SHAPEGUARD_CLI_DOCUMENT_RESULT_H_
