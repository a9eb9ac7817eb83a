// Runs a program with arguments and optional standard input; captures its output.
#ifndef SHAPEGUARD_TESTS_RUN_PROCESS_H_
#define SHAPEGUARD_TESTS_RUN_PROCESS_H_

#include <string>
#include <vector>

namespace shapeguard::testing_support {

struct ProcessResult {
  int exit_code = -1;  // -1 when the process did not exit normally
  std::string out;
  std::string err;
};

ProcessResult RunProcess(const std::string& program, const std::vector<std::string>& args,
                         const std::string& stdin_text = "");

// Splits text into lines (without the newlines).
std::vector<std::string> Lines(const std::string& text);

}  // namespace shapeguard::testing_support

#endif  // SHAPEGUARD_TESTS_RUN_PROCESS_H_
