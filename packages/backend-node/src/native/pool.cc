#include "pool.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>

#if defined(__linux__)
#include <sched.h>
#endif

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
thread_local bool in_job = false;  // this thread is running a chunk of a pool job

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

// Waits for `done()` on the calling thread: spins for spin_time(), then yields the CPU between
// checks. The thread it waits for may be descheduled (more runnable threads than cores, as on a
// shared machine): pure spinning then burns the whole time slice the other thread needs, and a
// job's last chunk took milliseconds instead of microseconds (measured: training at 0.36x of
// PyTorch's tokens per CPU-second at load 20 on 2 cores).
template <typename Done>
void wait_for(Done done) {
  const auto start = std::chrono::steady_clock::now();
  const auto spin = spin_time();
  for (int it = 0; !done(); ++it) {
    if (it < 256 || std::chrono::steady_clock::now() - start < spin) {
      cpu_relax();
    } else {
      std::this_thread::yield();
    }
  }
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
    // After a chunk throws, the rest are claimed and skipped, so the job still completes.
    if (!job->failed.load(std::memory_order_relaxed)) {
      try {
        (*job->fn)(i);
        ++ran;
      } catch (...) {
        std::lock_guard<std::mutex> lk(job->error_mu);
        if (!job->error) job->error = std::current_exception();
        job->failed.store(true, std::memory_order_relaxed);
      }
    }
    job->done.fetch_add(1, std::memory_order_release);
  }
}

void ThreadPool::worker_loop() {
  in_job = true;  // a kernel that calls run() from a worker runs inline
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
  if (workers_.empty() || chunks == 1 || in_job) {
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
  in_job = true;
  caller_chunks_.fetch_add(static_cast<uint64_t>(work_on(&job)), std::memory_order_relaxed);
  in_job = false;
  // work_on never throws, so `job` (on this stack) outlives every worker that holds it.
  wait_for([&] { return job.done.load(std::memory_order_acquire) >= chunks; });
  {
    std::lock_guard<std::mutex> lk(mu_);
    job_ = nullptr;
  }
  wait_for([&] { return active_.load(std::memory_order_acquire) == 0; });
  if (job.error) std::rethrow_exception(job.error);
}

#if defined(__linux__)
namespace {

std::string read_text(const std::string& path) {
  std::ifstream in(path);
  std::stringstream ss;
  ss << in.rdbuf();
  return in ? ss.str() : std::string();
}

// The cgroup of this process for `controller` ("" for the v2 unified hierarchy), from /proc/self/cgroup.
std::string cgroup_path(const std::string& proc_cgroup, const std::string& controller) {
  std::istringstream lines(proc_cgroup);
  std::string line;
  while (std::getline(lines, line)) {
    // "hierarchy-id:controller-list:path"
    const size_t a = line.find(':'), b = a == std::string::npos ? a : line.find(':', a + 1);
    if (b == std::string::npos) continue;
    const std::string list = line.substr(a + 1, b - a - 1), path = line.substr(b + 1);
    if (controller.empty() ? list.empty() : ("," + list + ",").find("," + controller + ",") != std::string::npos) {
      return path;
    }
  }
  return "";
}

// The smallest CPU quota (in CPUs) on the way from `dir` up to `root`, or 0 when there is none.
// `read_quota(dir)` returns the quota of one cgroup folder, 0 for none.
template <class ReadQuota>
double smallest_quota(const std::string& root, std::string path, ReadQuota read_quota) {
  double best = 0;
  for (;;) {
    const double q = read_quota(root + path);
    if (q > 0 && (best == 0 || q < best)) best = q;
    if (path.empty() || path == "/") break;
    const size_t slash = path.find_last_of('/');
    path = slash == std::string::npos ? "" : path.substr(0, slash);
  }
  return best;
}

}  // namespace

double cgroup_cpu_limit() {
  const std::string self = read_text("/proc/self/cgroup");
  // cgroup v2: cpu.max holds "max <period>" or "<quota> <period>".
  double v2 = smallest_quota("/sys/fs/cgroup", cgroup_path(self, ""), [](const std::string& dir) {
    std::istringstream in(read_text(dir + "/cpu.max"));
    std::string quota;
    double period = 0;
    if (!(in >> quota >> period) || quota == "max" || period <= 0) return 0.0;
    return std::atof(quota.c_str()) / period;
  });
  if (v2 > 0) return v2;
  // cgroup v1: cpu.cfs_quota_us (-1 for none) over cpu.cfs_period_us, under the cpu controller's mount.
  const std::string v1_path = cgroup_path(self, "cpu");
  for (const char* root : {"/sys/fs/cgroup/cpu,cpuacct", "/sys/fs/cgroup/cpu"}) {
    double v1 = smallest_quota(root, v1_path, [](const std::string& dir) {
      const double quota = std::atof(read_text(dir + "/cpu.cfs_quota_us").c_str());
      const double period = std::atof(read_text(dir + "/cpu.cfs_period_us").c_str());
      return quota > 0 && period > 0 ? quota / period : 0.0;
    });
    if (v1 > 0) return v1;
  }
  return 0;
}

int affinity_cpus() {
  cpu_set_t set;
  CPU_ZERO(&set);
  if (sched_getaffinity(0, sizeof(set), &set) != 0) return 0;
  return CPU_COUNT(&set);
}
#else
double cgroup_cpu_limit() { return 0; }
int affinity_cpus() { return 0; }
#endif

int online_cpus() { return static_cast<int>(std::thread::hardware_concurrency()); }

int default_threads() {
  int n = online_cpus();
  const int affinity = affinity_cpus();
  if (affinity > 0) n = n > 0 ? std::min(n, affinity) : affinity;
  const double quota = cgroup_cpu_limit();
  if (quota > 0) n = std::min(n, static_cast<int>(std::ceil(quota)));
  return std::max(1, n);
}

ThreadPool& pool() {
  static ThreadPool instance([] {
    const char* env = std::getenv("STAGECOACH_THREADS");
    int n = env ? std::atoi(env) : 0;
    if (n <= 0) n = default_threads();
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
