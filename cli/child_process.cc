#include "child_process.h"

#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>

#include <cerrno>
#include <cstring>

extern char** environ;

namespace shapeguard::cli {

Result<pid_t> StartChild(const std::vector<std::string>& argv,
                         const std::vector<std::pair<std::string, std::string>>& set) {
  if (argv.empty()) return Status::Error("no command to run");
  std::vector<std::string> environment;
  for (char** entry = environ; *entry != nullptr; ++entry) {
    std::string text(*entry);
    bool replaced = false;
    for (const auto& [name, value] : set) replaced |= text.rfind(name + "=", 0) == 0;
    if (!replaced) environment.push_back(std::move(text));
  }
  for (const auto& [name, value] : set) environment.push_back(name + "=" + value);
  std::vector<char*> args;
  args.reserve(argv.size() + 1);
  for (const std::string& arg : argv) args.push_back(const_cast<char*>(arg.c_str()));
  args.push_back(nullptr);
  std::vector<char*> env;
  env.reserve(environment.size() + 1);
  for (std::string& entry : environment) env.push_back(entry.data());
  env.push_back(nullptr);

  posix_spawnattr_t attributes;
  posix_spawnattr_init(&attributes);
  sigset_t none;
  sigemptyset(&none);
  posix_spawnattr_setsigmask(&attributes, &none);
  posix_spawnattr_setflags(&attributes, POSIX_SPAWN_SETSIGMASK);
  pid_t pid = 0;
  int failed = posix_spawnp(&pid, args[0], nullptr, &attributes, args.data(), env.data());
  posix_spawnattr_destroy(&attributes);
  if (failed != 0) {
    return Status::Error("cannot run " + argv[0] + ": " + std::strerror(failed));
  }
  return pid;
}

int WaitForChild(pid_t pid) {
  int status = 0;
  while (waitpid(pid, &status, 0) < 0) {
    if (errno != EINTR) return 127;
  }
  if (WIFEXITED(status)) return WEXITSTATUS(status);
  if (WIFSIGNALED(status)) return 128 + WTERMSIG(status);
  return 1;
}

}  // namespace shapeguard::cli
