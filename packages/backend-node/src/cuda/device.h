// The GPU this process uses: initialisation, the stream, allocations (tracked so every pointer a kernel
// receives from JavaScript is checked against a live allocation of sufficient size) and copies.
#pragma once
#include <string>
#include "common.h"

namespace sc {

/** What deviceInit found. */
struct DeviceInfo {
  bool ok = false;
  std::string reason;  // why no GPU can be used, when !ok
  int device = 0;
  std::string name;
  int computeMajor = 0;
  int computeMinor = 0;
  int multiprocessors = 0;
  size_t totalMemory = 0;
  int driverVersion = 0;   // cudaDriverGetVersion: 13000 = CUDA 13.0
  int runtimeVersion = 0;  // cudaRuntimeGetVersion of the statically linked runtime
};

/** Picks device 0 (or STAGECOACH_CUDA_DEVICE), creates the stream and the memory pool. Idempotent. */
DeviceInfo deviceInit();

/** Stream-ordered allocation of `bytes` (0 → nullptr). Fills `error` on failure. */
void* deviceAlloc(size_t bytes, std::string* error);
/** Frees an allocation made by deviceAlloc; false when `ptr` is not one. */
bool deviceFree(void* ptr);
/** Bytes of the live allocation starting at `ptr`, or -1 when it is not one (nullptr: 0). */
long long allocationBytes(const void* ptr);
/** Live allocations and their total bytes. */
void allocationTotals(long long* count, long long* bytes, long long* peakBytes);

/** Device → host copy, then waits for the stream; reports a pending kernel fault or index error. */
std::string download(void* host, const void* device, size_t bytes);
/** Host → device copy on the stream (the host buffer may be reused when it returns). */
std::string upload(void* device, const void* host, size_t bytes);
/** Uploads of at most this many bytes (a multiple of 4) go through uploadInline. */
constexpr size_t kInlineUploadBytes = 1024;
/** Writes `bytes` (<= kInlineUploadBytes, multiple of 4) to `device` with a kernel launch: no synchronisation. */
std::string uploadInline(void* device, const void* host, size_t bytes);
/** Waits for all queued work; reports a fault or a deferred index error. */
std::string synchronize();
/** Free and total device memory now. */
std::string memoryInfo(size_t* freeBytes, size_t* totalBytes);

/**
 * A device word kernels set when they meet an out-of-range index (gather, cross-entropy targets,
 * scatter): the first one wins, encoded as kernelId * 2^32 + position. Read and cleared by synchronize().
 */
unsigned long long* indexErrorWord();

/** Kernel ids of indexErrorWord. */
enum IndexErrorKernel : unsigned { kErrGather = 1, kErrCrossEntropy = 2, kErrScatter = 3, kErrOneHot = 4 };

}  // namespace sc
