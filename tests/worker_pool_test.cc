// WorkerPool runs each round's tasks exactly once each, on their own workers, and Wait
// returns only once they are done.
#include "worker_pool.h"

#include <gtest/gtest.h>

#include <atomic>
#include <set>
#include <thread>

namespace shapeguard::cli {
namespace {

TEST(WorkerPool, RunsEveryTaskOfEveryRoundOnce) {
  WorkerPool pool(3);
  std::vector<int> runs(3);
  std::vector<std::thread::id> threads(3);
  std::set<std::thread::id> seen;
  for (int round = 1; round <= 200; ++round) {
    std::size_t count = 1 + round % 3;
    std::function<void(std::size_t)> task = [&](std::size_t i) {
      ++runs[i];
      threads[i] = std::this_thread::get_id();
    };
    pool.Start(count, task);
    pool.Wait();
    for (std::size_t i = 0; i < 3; ++i) {
      int expected = 0;  // rounds so far with more than i tasks
      for (int r = 1; r <= round; ++r) {
        expected += static_cast<int>(static_cast<std::size_t>(1 + r % 3) > i);
      }
      ASSERT_EQ(runs[i], expected) << "worker " << i << ", round " << round;
    }
    for (std::size_t i = 0; i < count; ++i) seen.insert(threads[i]);
  }
  // Three threads in all: the workers live across rounds, none is the caller.
  EXPECT_EQ(seen.size(), 3u);
  EXPECT_EQ(seen.count(std::this_thread::get_id()), 0u);
}

TEST(WorkerPool, WaitReturnsAfterTheTasksFinish) {
  WorkerPool pool(2);
  std::atomic<int> finished = 0;
  std::function<void(std::size_t)> slow = [&](std::size_t) {
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
    ++finished;
  };
  pool.Start(2, slow);
  pool.Wait();
  EXPECT_EQ(finished.load(), 2);
  pool.Start(5, slow);  // more tasks than workers: one per worker
  pool.Wait();
  EXPECT_EQ(finished.load(), 4);
}

TEST(WorkerPool, DestroyedWhileARoundRunsWaitsForIt) {
  std::atomic<int> finished = 0;
  std::function<void(std::size_t)> slow = [&](std::size_t) {
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
    ++finished;
  };
  {
    WorkerPool pool(2);
    pool.Start(2, slow);
  }
  EXPECT_EQ(finished.load(), 2);
}

}  // namespace
}  // namespace shapeguard::cli
