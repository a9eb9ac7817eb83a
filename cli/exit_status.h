// The exit statuses of the shapeguard command line, named once for every command.
#ifndef SHAPEGUARD_CLI_EXIT_STATUS_H_
#define SHAPEGUARD_CLI_EXIT_STATUS_H_

namespace shapeguard::cli {

// The command did what was asked and found nothing wrong: every document valid, no
// conformance finding, or a listing, explanation or generation written.
inline constexpr int kExitOk = 0;

// The command ran and found something wrong: `validate` an invalid document, `conform` a
// finding, `serve` an error after it started listening.
inline constexpr int kExitFindings = 1;

// The command could not do its work: bad arguments, an unknown operation, an unreadable
// file or unparsable input, an unreachable endpoint, a binary that cannot be started.
inline constexpr int kExitUsage = 2;

}  // namespace shapeguard::cli

#endif  // SHAPEGUARD_CLI_EXIT_STATUS_H_
