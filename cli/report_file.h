// Reports written whole or not at all: a run that is killed while writing, or a disk that
// fills, must not leave a truncated report that a CI step then reads as a clean one.
#ifndef SHAPEGUARD_CLI_REPORT_FILE_H_
#define SHAPEGUARD_CLI_REPORT_FILE_H_

#include <iosfwd>
#include <string>

namespace shapeguard::cli {

// Writes text to path through a temporary file beside it and a rename. On failure says
// which file to err, leaves any earlier file at path as it was, and returns false.
bool WriteReportFile(const std::string& path, const std::string& text, std::ostream& err);

}  // namespace shapeguard::cli

#endif  // SHAPEGUARD_CLI_REPORT_FILE_H_
