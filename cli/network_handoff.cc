#include "network_handoff.h"

#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <iostream>

#include "exit_status.h"

namespace shapeguard::cli {

std::string NetworkBinaryPath() {
  std::error_code ec;
  std::filesystem::path self = std::filesystem::read_symlink("/proc/self/exe", ec);
  if (ec) return "";
  return (self.parent_path() / kNetworkBinaryName).string();
}

int HandOffToNetworkBinary(const std::string& command, char** argv, std::ostream& err) {
  std::string path = NetworkBinaryPath();
  if (path.empty()) {
    err << "shapeguard: " << command << " runs in " << kNetworkBinaryName
        << ", which cannot be found: the path of this binary is unreadable (/proc/self/exe)\n";
    return kExitUsage;
  }
  std::cout.flush();
  execv(path.c_str(), argv);
  err << "shapeguard: " << command << " runs in " << path
      << ", which cannot be started: " << std::strerror(errno)
      << " (install it next to this binary)\n";
  return kExitUsage;
}

}  // namespace shapeguard::cli
