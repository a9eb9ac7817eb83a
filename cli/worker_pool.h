// Threads that run one task each per round, and live as long as the pool. A thread started
// per round would rebuild its thread-local parser and buffers every time, faulting in fresh
// pages: on this project's virtual machines that cost more than the validation it carried.
#ifndef SHAPEGUARD_CLI_WORKER_POOL_H_
#define SHAPEGUARD_CLI_WORKER_POOL_H_

#include <condition_variable>
#include <cstddef>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace shapeguard::cli {

class WorkerPool {
 public:
  explicit WorkerPool(std::size_t workers);
  ~WorkerPool();  // waits for the running round, then ends the threads
  WorkerPool(const WorkerPool&) = delete;
  WorkerPool& operator=(const WorkerPool&) = delete;

  // Runs task(i) on worker i for every i < count (at most the number of workers) and
  // returns once they are started (after the last round's tasks have finished); the task
  // must stay valid until Wait returns.
  void Start(std::size_t count, const std::function<void(std::size_t)>& task);
  // Returns once every task of the last Start has returned.
  void Wait();

 private:
  void Work(std::size_t index);

  std::mutex mutex_;
  std::condition_variable started_, finished_;
  const std::function<void(std::size_t)>* task_ = nullptr;
  std::size_t count_ = 0;
  std::size_t running_ = 0;
  std::size_t round_ = 0;  // bumped by Start: workers wait for a round they have not run
  bool stopping_ = false;
  std::vector<std::thread> threads_;
};

}  // namespace shapeguard::cli

#endif  // SHAPEGUARD_CLI_WORKER_POOL_H_
