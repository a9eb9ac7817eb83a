// A command run beside the process (`proxy -- COMMAND`): started with extra environment
// variables and the default signal mask, waited for, its status as a shell reports it.
#ifndef SHAPEGUARD_CLI_CHILD_PROCESS_H_
#define SHAPEGUARD_CLI_CHILD_PROCESS_H_

#include <sys/types.h>

#include <string>
#include <utility>
#include <vector>

#include "shapeguard/result.h"

namespace shapeguard::cli {

// Starts argv[0] (searched on PATH) with the environment plus `set` (replacing variables of
// the same name). The child gets an empty signal mask whatever the caller blocks. Fails,
// saying why, when it cannot be started.
Result<pid_t> StartChild(const std::vector<std::string>& argv,
                         const std::vector<std::pair<std::string, std::string>>& set);

// Waits for the child; its exit status, or 128 + the signal that ended it.
int WaitForChild(pid_t pid);

}  // namespace shapeguard::cli

#endif  // SHAPEGUARD_CLI_CHILD_PROCESS_H_
