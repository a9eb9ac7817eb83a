// Report: the outcome of validating one document.
#ifndef SHAPEGUARD_REPORT_H_
#define SHAPEGUARD_REPORT_H_

#include <cstddef>
#include <vector>

#include "shapeguard/diagnostic.h"

namespace shapeguard {

// How much work a validation may do. The defaults collect every error.
struct ValidateOptions {
  // Stop at the first error instead of collecting all of them.
  bool stop_at_first = false;
  // Stop collecting after this many errors (the report says it was truncated).
  std::size_t max_errors = 1000;
  // Documents nesting deeper than this are refused: shapes may recurse, and the walk must
  // stay bounded on untrusted input.
  std::size_t max_depth = 128;
  // JSON text longer than this many bytes is refused before parsing (0: no limit), so a
  // caller fed untrusted input can bound the memory and time one document costs.
  std::size_t max_bytes = 0;
};

// The errors (and warnings, which never make a document invalid) found in one document, in
// document order.
struct Report {
  std::vector<Diagnostic> errors;
  std::vector<Diagnostic> warnings;
  // True when the walk stopped early (stop_at_first or max_errors).
  bool truncated = false;

  bool valid() const { return errors.empty(); }
};

}  // namespace shapeguard

#endif  // SHAPEGUARD_REPORT_H_
