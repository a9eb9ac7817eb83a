// `shapeguard serve` as scripts use it: --list-faults, usage errors, and a server started on
// port 0 that announces its URL, answers, and exits 0 on SIGTERM.
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <string>
#include <vector>

#include "emulator/faults.h"
#include "run_process.h"
#include "wire/http_client.h"

namespace shapeguard {
namespace {

using testing_support::Lines;
using testing_support::ProcessResult;

ProcessResult Shapeguard(const std::vector<std::string>& args) {
  return testing_support::RunProcess(SHAPEGUARD_BINARY, args);
}

TEST(CliServe, ListFaultsPrintsTheNamesOnePerLine) {
  ProcessResult r = Shapeguard({"serve", "--list-faults"});
  EXPECT_EQ(r.exit_code, 0);
  std::vector<std::string> names;
  for (const emulator::FaultInfo& info : emulator::AllFaults()) names.emplace_back(info.name);
  EXPECT_EQ(Lines(r.out), names);
  EXPECT_GE(names.size(), 10u);
}

TEST(CliServe, AnUnknownFaultOrNoPortIsAUsageError) {
  ProcessResult unknown = Shapeguard({"serve", "--port", "0", "--fault", "no-such-fault"});
  EXPECT_EQ(unknown.exit_code, 2);
  EXPECT_NE(unknown.err.find("unknown fault \"no-such-fault\""), std::string::npos);
  EXPECT_EQ(Shapeguard({"serve"}).exit_code, 2);
}

// The server as a child process whose stdout is a pipe, so the test reads the announced URL.
class ServeProcess {
 public:
  explicit ServeProcess(const std::vector<std::string>& extra) {
    int fds[2];
    EXPECT_EQ(pipe(fds), 0);
    pid_ = fork();
    if (pid_ == 0) {
      dup2(fds[1], STDOUT_FILENO);
      close(fds[0]);
      std::vector<std::string> args = {SHAPEGUARD_BINARY, "serve", "--port", "0"};
      args.insert(args.end(), extra.begin(), extra.end());
      std::vector<char*> argv;
      for (std::string& a : args) argv.push_back(a.data());
      argv.push_back(nullptr);
      execv(SHAPEGUARD_BINARY, argv.data());
      _exit(127);
    }
    close(fds[1]);
    out_ = fdopen(fds[0], "r");
  }
  ~ServeProcess() {
    if (pid_ > 0) kill(pid_, SIGKILL), waitpid(pid_, nullptr, 0);
    if (out_) fclose(out_);
  }

  std::string FirstLine() {
    char line[256] = {};
    if (!fgets(line, sizeof line, out_)) return "";
    std::string text = line;
    if (!text.empty() && text.back() == '\n') text.pop_back();
    return text;
  }

  // Sends the signal and returns the exit status (-1 when not a normal exit).
  int Stop(int signal) {
    kill(pid_, signal);
    int status = 0;
    waitpid(pid_, &status, 0);
    pid_ = -1;
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  }

 private:
  pid_t pid_ = -1;
  FILE* out_ = nullptr;
};

TEST(CliServe, AnnouncesItsUrlAnswersAndStopsCleanly) {
  for (int signal : {SIGTERM, SIGINT}) {
    ServeProcess server({"--fault", "wrong-error-type"});
    std::string line = server.FirstLine();
    const std::string prefix = "listening on http://127.0.0.1:";
    ASSERT_EQ(line.rfind(prefix, 0), 0u) << line;
    auto client = conformance::HttpClient::Create(line.substr(std::string("listening on ").size()));
    ASSERT_TRUE(client.ok()) << client.error();
    auto response = client->Send({"GET", "/@connections/nosuch", "", {}, ""});
    ASSERT_TRUE(response.ok()) << response.error();
    EXPECT_EQ(response->status, 410);
    EXPECT_EQ(response->headers["x-amzn-errortype"], "GoneException");
    // Closes the kept-alive connection, which the server would otherwise wait for.
    { conformance::HttpClient closing = std::move(client).value(); }
    EXPECT_EQ(server.Stop(signal), 0);
  }
}

}  // namespace
}  // namespace shapeguard
