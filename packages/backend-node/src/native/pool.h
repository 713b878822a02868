// A small persistent thread pool: (usable CPUs - 1) workers plus the calling thread.
// Workers spin briefly after a job (kernels arrive back to back during a training step),
// then sleep on a condition variable so they never compete with other work for long.
#pragma once

#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <exception>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace sc {

class ThreadPool {
 public:
  explicit ThreadPool(int threads);
  ~ThreadPool();
  ThreadPool(const ThreadPool&) = delete;
  ThreadPool& operator=(const ThreadPool&) = delete;

  /** Total threads that work on a job (workers + caller). */
  int size() const { return static_cast<int>(workers_.size()) + 1; }

  /** Chunks run so far by the calling thread and by the workers (for diagnosing parallel efficiency). */
  uint64_t caller_chunks() const { return caller_chunks_.load(); }
  uint64_t worker_chunks() const { return worker_chunks_.load(); }
  uint64_t jobs() const { return jobs_.load(); }

  /**
   * Runs fn(i) for every i in [0, chunks) across the pool; returns when all are done. When a chunk
   * throws, the chunks not yet started are skipped and run() rethrows the first exception on the
   * calling thread, once no worker holds the job. Called from inside a chunk, it runs inline.
   */
  void run(int64_t chunks, const std::function<void(int64_t)>& fn);

 private:
  struct Job {
    const std::function<void(int64_t)>* fn;
    int64_t chunks;
    std::atomic<int64_t> next{0};
    std::atomic<int64_t> done{0};
    std::atomic<bool> failed{false};
    std::mutex error_mu;
    std::exception_ptr error;  // the first exception a chunk threw, rethrown by run()
  };
  void worker_loop();
  static int64_t work_on(Job* job);
  std::atomic<uint64_t> caller_chunks_{0}, worker_chunks_{0}, jobs_{0};

  std::vector<std::thread> workers_;
  std::mutex mu_;
  std::condition_variable cv_;
  std::atomic<uint64_t> generation_{0};
  Job* job_ = nullptr;  // guarded by mu_
  std::atomic<int> active_{0};
  bool stop_ = false;
  std::mutex run_mu_;  // one job at a time
};

/**
 * The process-wide pool, created on first use with STAGECOACH_THREADS threads, else default_threads().
 */
ThreadPool& pool();

/** CPUs this process may use: the online CPUs, capped by its CPU affinity and its cgroup CPU quota. */
int default_threads();
int online_cpus();
/** CPUs in this process's affinity mask (sched_getaffinity), 0 when unknown. */
int affinity_cpus();
/** The cgroup CPU quota in CPUs (v2 cpu.max, v1 cfs_quota_us / cfs_period_us), 0 when there is none. */
double cgroup_cpu_limit();

/**
 * Splits [0, n) into at most pool().size()*4 ranges of at least `grain` items and runs
 * fn(begin, end) on each. Runs inline when one range suffices.
 */
void parallel_for(int64_t n, int64_t grain, const std::function<void(int64_t, int64_t)>& fn);

}  // namespace sc
