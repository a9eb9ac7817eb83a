// Runs `shapeguard serve` in the background for a test: started on a free port, its URL read
// from its first line, stopped when the object goes.
#ifndef SHAPEGUARD_TESTS_CONFORMANCE_SERVE_PROCESS_H_
#define SHAPEGUARD_TESTS_CONFORMANCE_SERVE_PROCESS_H_

#include <sys/types.h>

#include <string>
#include <vector>

namespace shapeguard::testing_support {

class ServeProcess {
 public:
  // Starts `binary serve --port 0 <extra...>` and waits (up to 30 s) for the line
  // "listening on URL". url() is empty when it did not come.
  ServeProcess(const std::string& binary, const std::vector<std::string>& extra);
  ~ServeProcess();
  ServeProcess(const ServeProcess&) = delete;
  ServeProcess& operator=(const ServeProcess&) = delete;

  const std::string& url() const { return url_; }

 private:
  pid_t pid_ = -1;
  int out_ = -1;  // the read end of its stdout, kept open so that it never gets SIGPIPE
  std::string url_;
};

}  // namespace shapeguard::testing_support

#endif  // SHAPEGUARD_TESTS_CONFORMANCE_SERVE_PROCESS_H_
