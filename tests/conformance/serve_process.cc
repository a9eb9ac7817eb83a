#include "conformance/serve_process.h"

#include <poll.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>

namespace shapeguard::testing_support {
namespace {

constexpr int kStartTimeoutMs = 30000;  // an ASan build starts slowly on a busy machine
constexpr char kPrefix[] = "listening on ";

// Reads one line from fd, waiting at most timeout_ms in all; "" on timeout or EOF.
std::string ReadLine(int fd, int timeout_ms) {
  std::string line;
  char c = 0;
  while (timeout_ms > 0) {
    pollfd p{fd, POLLIN, 0};
    if (poll(&p, 1, 100) <= 0) {
      timeout_ms -= 100;
      continue;
    }
    if (read(fd, &c, 1) != 1) return "";
    if (c == '\n') return line;
    line += c;
  }
  return "";
}

}  // namespace

ServeProcess::ServeProcess(const std::string& binary, const std::vector<std::string>& extra) {
  int fds[2];
  if (pipe(fds) != 0) return;
  std::vector<std::string> args = {binary, "serve", "--port", "0"};
  args.insert(args.end(), extra.begin(), extra.end());
  pid_t parent = getpid();
  pid_ = fork();
  if (pid_ == 0) {
    // The server goes when the test does, even one that aborts (a sanitizer report) before
    // its destructors run: left behind, it would hold ctest's output pipe open, and ctest
    // would wait for it until the test's timeout.
    prctl(PR_SET_PDEATHSIG, SIGTERM);
    if (getppid() != parent) _exit(127);
    dup2(fds[1], STDOUT_FILENO);
    close(fds[0]);
    close(fds[1]);
    std::vector<char*> argv;
    for (std::string& arg : args) argv.push_back(arg.data());
    argv.push_back(nullptr);
    execv(binary.c_str(), argv.data());
    _exit(127);
  }
  close(fds[1]);
  out_ = fds[0];
  if (pid_ < 0) return;
  std::string line = ReadLine(out_, kStartTimeoutMs);
  if (line.rfind(kPrefix, 0) == 0) url_ = line.substr(sizeof kPrefix - 1);
}

ServeProcess::~ServeProcess() {
  if (pid_ > 0) {
    kill(pid_, SIGTERM);
    int status = 0;
    waitpid(pid_, &status, 0);
  }
  if (out_ >= 0) close(out_);
}

}  // namespace shapeguard::testing_support
