#include "pool.h"

#include <algorithm>
#include <chrono>
#include <cstdlib>

#if defined(__x86_64__) || defined(__i386__)
#include <immintrin.h>
static inline void cpu_relax() { _mm_pause(); }
#elif defined(__aarch64__)
static inline void cpu_relax() { asm volatile("yield"); }
#else
static inline void cpu_relax() {}
#endif

namespace sc {

namespace {
// How long an idle worker spins before sleeping: STAGECOACH_SPIN_US, default 50 µs. Spinning longer
// hides the wake-up latency between back-to-back kernels on an idle machine, but on a shared one the
// spinning worker takes CPU from the main JavaScript thread: measured here, 1 ms of spin cost ~30%
// of training throughput under load and 0-200 µs were indistinguishable (the OMP_WAIT_POLICY=PASSIVE
// lesson of the PyTorch baseline).
std::chrono::microseconds spin_time() {
  static const std::chrono::microseconds value = [] {
    const char* env = std::getenv("STAGECOACH_SPIN_US");
    long us = env ? std::atol(env) : 50;
    return std::chrono::microseconds(us < 0 ? 0 : us);
  }();
  return value;
}
}

ThreadPool::ThreadPool(int threads) {
  for (int i = 1; i < threads; ++i) workers_.emplace_back([this] { worker_loop(); });
}

ThreadPool::~ThreadPool() {
  {
    std::lock_guard<std::mutex> lk(mu_);
    stop_ = true;
    generation_.fetch_add(1);
  }
  cv_.notify_all();
  for (auto& t : workers_) t.join();
}

int64_t ThreadPool::work_on(Job* job) {
  int64_t ran = 0;
  for (;;) {
    int64_t i = job->next.fetch_add(1, std::memory_order_relaxed);
    if (i >= job->chunks) return ran;
    (*job->fn)(i);
    ++ran;
    job->done.fetch_add(1, std::memory_order_release);
  }
}

void ThreadPool::worker_loop() {
  uint64_t seen = generation_.load();
  for (;;) {
    // Spin a little: the next kernel usually follows within microseconds.
    auto start = std::chrono::steady_clock::now();
    const auto spin = spin_time();
    bool changed = false;
    for (int it = 0;; ++it) {
      if (generation_.load(std::memory_order_acquire) != seen) { changed = true; break; }
      cpu_relax();
      if ((it & 255) == 255 && std::chrono::steady_clock::now() - start > spin) break;
    }
    Job* job = nullptr;
    {
      std::unique_lock<std::mutex> lk(mu_);
      if (!changed) cv_.wait(lk, [&] { return stop_ || generation_.load() != seen; });
      if (stop_) return;
      seen = generation_.load();
      job = job_;
      if (job) active_.fetch_add(1);
    }
    if (job) {
      worker_chunks_.fetch_add(static_cast<uint64_t>(work_on(job)), std::memory_order_relaxed);
      active_.fetch_sub(1, std::memory_order_release);
    }
  }
}

void ThreadPool::run(int64_t chunks, const std::function<void(int64_t)>& fn) {
  if (chunks <= 0) return;
  if (workers_.empty() || chunks == 1) {
    for (int64_t i = 0; i < chunks; ++i) fn(i);
    return;
  }
  std::lock_guard<std::mutex> run_lock(run_mu_);
  Job job;
  job.fn = &fn;
  job.chunks = chunks;
  {
    std::lock_guard<std::mutex> lk(mu_);
    job_ = &job;
    generation_.fetch_add(1, std::memory_order_release);
  }
  cv_.notify_all();
  jobs_.fetch_add(1, std::memory_order_relaxed);
  caller_chunks_.fetch_add(static_cast<uint64_t>(work_on(&job)), std::memory_order_relaxed);
  while (job.done.load(std::memory_order_acquire) < chunks) cpu_relax();
  {
    std::lock_guard<std::mutex> lk(mu_);
    job_ = nullptr;
  }
  while (active_.load(std::memory_order_acquire) != 0) cpu_relax();
}

ThreadPool& pool() {
  static ThreadPool instance([] {
    const char* env = std::getenv("STAGECOACH_THREADS");
    int n = env ? std::atoi(env) : 0;
    if (n <= 0) n = static_cast<int>(std::thread::hardware_concurrency());
    return std::max(1, std::min(n, 256));
  }());
  return instance;
}

void parallel_for(int64_t n, int64_t grain, const std::function<void(int64_t, int64_t)>& fn) {
  if (n <= 0) return;
  grain = std::max<int64_t>(grain, 1);
  int64_t max_chunks = static_cast<int64_t>(pool().size()) * 4;
  int64_t chunks = std::min(max_chunks, (n + grain - 1) / grain);
  if (chunks <= 1) {
    fn(0, n);
    return;
  }
  int64_t step = (n + chunks - 1) / chunks;
  chunks = (n + step - 1) / step;
  pool().run(chunks, [&](int64_t c) {
    int64_t b = c * step;
    fn(b, std::min(n, b + step));
  });
}

}  // namespace sc
