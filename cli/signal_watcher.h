// SIGINT and SIGTERM, turned into a call on an ordinary thread: a signal handler could not
// stop a server safely.
#ifndef SHAPEGUARD_CLI_SIGNAL_WATCHER_H_
#define SHAPEGUARD_CLI_SIGNAL_WATCHER_H_

#include <signal.h>

#include <functional>
#include <thread>

namespace shapeguard::cli {

// Blocks SIGINT and SIGTERM in the calling thread (threads started after it inherit the
// mask) and calls on_signal from a thread of its own when one arrives. Construct it before
// starting any other thread.
class SignalWatcher {
 public:
  explicit SignalWatcher(std::function<void()> on_signal);
  // Ends the waiting thread if no signal came.
  ~SignalWatcher();
  SignalWatcher(const SignalWatcher&) = delete;
  SignalWatcher& operator=(const SignalWatcher&) = delete;

 private:
  sigset_t signals_;
  std::thread thread_;
};

}  // namespace shapeguard::cli

#endif  // SHAPEGUARD_CLI_SIGNAL_WATCHER_H_
