// Runs a command line in shapeguard-network, the binary next to this one that links the
// HTTP client and server (see command_line.h).
#ifndef SHAPEGUARD_CLI_NETWORK_HANDOFF_H_
#define SHAPEGUARD_CLI_NETWORK_HANDOFF_H_

#include <iosfwd>
#include <string>

namespace shapeguard::cli {

// The file name of the binary that runs `conform` and `serve`.
inline constexpr const char* kNetworkBinaryName = "shapeguard-network";

// Replaces this process with shapeguard-network from the directory of the running binary,
// given the same arguments (same process id, so signals and exit status are the caller's).
// Returns only when it cannot: prints why (naming `command`) on err and returns 2.
int HandOffToNetworkBinary(const std::string& command, char** argv, std::ostream& err);

// The path of kNetworkBinaryName next to the running binary; "" when the running binary's
// path cannot be read.
std::string NetworkBinaryPath();

}  // namespace shapeguard::cli

#endif  // SHAPEGUARD_CLI_NETWORK_HANDOFF_H_
