#include "signal_watcher.h"

#include <pthread.h>

#include <utility>

namespace shapeguard::cli {

SignalWatcher::SignalWatcher(std::function<void()> on_signal) {
  sigemptyset(&signals_);
  sigaddset(&signals_, SIGINT);
  sigaddset(&signals_, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &signals_, nullptr);
  thread_ = std::thread([this, on_signal = std::move(on_signal)] {
    int received = 0;
    sigwait(&signals_, &received);
    on_signal();
  });
}

SignalWatcher::~SignalWatcher() {
  // The thread is in sigwait, or has returned from it (a signal came); either way this
  // ends it: a pending SIGTERM to a finished thread is harmless before join.
  pthread_kill(thread_.native_handle(), SIGTERM);
  thread_.join();
}

}  // namespace shapeguard::cli
