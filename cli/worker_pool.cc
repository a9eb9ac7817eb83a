#include "worker_pool.h"

#include <algorithm>

namespace shapeguard::cli {

WorkerPool::WorkerPool(std::size_t workers) {
  for (std::size_t i = 0; i < workers; ++i) threads_.emplace_back([this, i] { Work(i); });
}

WorkerPool::~WorkerPool() {
  Wait();
  {
    std::lock_guard lock(mutex_);
    stopping_ = true;
  }
  started_.notify_all();
  for (std::thread& t : threads_) t.join();
}

void WorkerPool::Start(std::size_t count, const std::function<void(std::size_t)>& task) {
  {
    std::unique_lock lock(mutex_);
    finished_.wait(lock, [this] { return running_ == 0; });  // a round at a time
    task_ = &task;
    count_ = std::min(count, threads_.size());
    running_ = count_;
    ++round_;
  }
  started_.notify_all();
}

void WorkerPool::Wait() {
  std::unique_lock lock(mutex_);
  finished_.wait(lock, [this] { return running_ == 0; });
}

void WorkerPool::Work(std::size_t index) {
  std::size_t done_round = 0;
  for (;;) {
    const std::function<void(std::size_t)>* task = nullptr;
    {
      std::unique_lock lock(mutex_);
      started_.wait(lock, [&] { return stopping_ || round_ != done_round; });
      if (stopping_) return;
      done_round = round_;
      if (index < count_) task = task_;
    }
    if (!task) continue;
    (*task)(index);
    std::lock_guard lock(mutex_);
    if (--running_ == 0) finished_.notify_all();
  }
}

}  // namespace shapeguard::cli
