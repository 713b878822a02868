#include "device.h"
#include <cstdlib>
#include <mutex>
#include <unordered_map>

namespace sc {
namespace {

std::mutex mutex;
DeviceInfo info;
bool initialised = false;
cudaStream_t theStream = nullptr;
unsigned long long* errorWord = nullptr;
std::unordered_map<const void*, size_t> allocations;
long long liveBytes = 0;
long long peak = 0;
bool syncEveryLaunch = false;

const char* errorKernelName(unsigned id) {
  switch (id) {
    case kErrGather: return "gather (GatherV2): an index is outside [0, axis size)";
    case kErrCrossEntropy: return "cross-entropy: a target is outside [0, vocab)";
    case kErrScatter: return "scatter (ScatterNd): an index is outside the output shape";
    case kErrOneHot: return "oneHot: an index is outside [0, depth)";
    default: return "a kernel reported an out-of-range index";
  }
}

}  // namespace

std::string cudaMessage(const char* what, cudaError_t err) {
  if (err == cudaSuccess) return std::string();
  return std::string(what) + ": " + cudaGetErrorName(err) + ": " + cudaGetErrorString(err);
}

cudaStream_t stream() { return theStream; }

std::string checkLaunch(const char* kernel) {
  cudaError_t err = cudaGetLastError();
  if (err != cudaSuccess) return cudaMessage((std::string(kernel) + " (launch)").c_str(), err);
  if (syncEveryLaunch) {
    err = cudaStreamSynchronize(theStream);
    if (err != cudaSuccess) return cudaMessage((std::string(kernel) + " (STAGECOACH_CUDA_SYNC=1 synchronize)").c_str(), err);
  }
  return std::string();
}

DeviceInfo deviceInit() {
  std::lock_guard<std::mutex> lock(mutex);
  if (initialised) return info;
  initialised = true;
  const char* sync = std::getenv("STAGECOACH_CUDA_SYNC");
  syncEveryLaunch = sync != nullptr && sync[0] == '1';
  cudaDriverGetVersion(&info.driverVersion);
  cudaRuntimeGetVersion(&info.runtimeVersion);
  int count = 0;
  cudaError_t err = cudaGetDeviceCount(&count);
  if (err != cudaSuccess) {
    // cudaErrorInsufficientDriver / cudaErrorNoDevice: no libcuda.so.1 or no GPU visible.
    info.reason = cudaMessage("cudaGetDeviceCount", err);
    cudaGetLastError();
    return info;
  }
  if (count == 0) {
    info.reason = "the CUDA driver sees no GPU";
    return info;
  }
  const char* wanted = std::getenv("STAGECOACH_CUDA_DEVICE");
  info.device = wanted != nullptr ? std::atoi(wanted) : 0;
  if (info.device < 0 || info.device >= count) {
    info.reason = "STAGECOACH_CUDA_DEVICE=" + std::string(wanted) + " but only " + std::to_string(count) + " GPU(s) are visible";
    return info;
  }
  cudaDeviceProp prop{};
  if ((err = cudaGetDeviceProperties(&prop, info.device)) != cudaSuccess ||
      (err = cudaSetDevice(info.device)) != cudaSuccess) {
    info.reason = cudaMessage("cudaSetDevice", err);
    return info;
  }
  info.name = prop.name;
  info.computeMajor = prop.major;
  info.computeMinor = prop.minor;
  info.multiprocessors = prop.multiProcessorCount;
  info.totalMemory = prop.totalGlobalMem;
  if ((err = cudaStreamCreateWithFlags(&theStream, cudaStreamNonBlocking)) != cudaSuccess) {
    info.reason = cudaMessage("cudaStreamCreate", err);
    return info;
  }
  // Keep freed memory in the stream-ordered pool instead of returning it to the driver at each sync.
  cudaMemPool_t pool;
  if (cudaDeviceGetDefaultMemPool(&pool, info.device) == cudaSuccess) {
    unsigned long long keep = ~0ULL;
    cudaMemPoolSetAttribute(pool, cudaMemPoolAttrReleaseThreshold, &keep);
  }
  cudaGetLastError();
  if ((err = cudaMalloc(reinterpret_cast<void**>(&errorWord), sizeof(unsigned long long))) != cudaSuccess ||
      (err = cudaMemset(errorWord, 0, sizeof(unsigned long long))) != cudaSuccess) {
    info.reason = cudaMessage("cudaMalloc (error word)", err);
    return info;
  }
  info.ok = true;
  return info;
}

void* deviceAlloc(size_t bytes, std::string* error) {
  if (bytes == 0) return nullptr;
  void* ptr = nullptr;
  cudaError_t err = cudaMallocAsync(&ptr, bytes, theStream);
  if (err != cudaSuccess) {
    cudaGetLastError();
    size_t freeBytes = 0, total = 0;
    cudaMemGetInfo(&freeBytes, &total);
    *error = cudaMessage(("cudaMallocAsync of " + std::to_string(bytes) + " bytes (" + std::to_string(freeBytes >> 20) +
                          " MiB free of " + std::to_string(total >> 20) + " MiB)").c_str(), err);
    return nullptr;
  }
  std::lock_guard<std::mutex> lock(mutex);
  allocations[ptr] = bytes;
  liveBytes += static_cast<long long>(bytes);
  if (liveBytes > peak) peak = liveBytes;
  return ptr;
}

bool deviceFree(void* ptr) {
  if (ptr == nullptr) return true;
  {
    std::lock_guard<std::mutex> lock(mutex);
    auto it = allocations.find(ptr);
    if (it == allocations.end()) return false;
    liveBytes -= static_cast<long long>(it->second);
    allocations.erase(it);
  }
  cudaFreeAsync(ptr, theStream);
  return true;
}

long long allocationBytes(const void* ptr) {
  if (ptr == nullptr) return 0;
  std::lock_guard<std::mutex> lock(mutex);
  auto it = allocations.find(ptr);
  return it == allocations.end() ? -1 : static_cast<long long>(it->second);
}

void allocationTotals(long long* count, long long* bytes, long long* peakBytes) {
  std::lock_guard<std::mutex> lock(mutex);
  *count = static_cast<long long>(allocations.size());
  *bytes = liveBytes;
  *peakBytes = peak;
}

unsigned long long* indexErrorWord() { return errorWord; }

std::string synchronize() {
  cudaError_t err = cudaStreamSynchronize(theStream);
  if (err != cudaSuccess) {
    return cudaMessage("a queued CUDA kernel failed (run with STAGECOACH_CUDA_SYNC=1 to name it); cudaStreamSynchronize", err);
  }
  unsigned long long word = 0;
  err = cudaMemcpy(&word, errorWord, sizeof(word), cudaMemcpyDeviceToHost);
  if (err != cudaSuccess) return cudaMessage("reading the index-error word", err);
  if (word != 0) {
    cudaMemset(errorWord, 0, sizeof(word));
    unsigned id = static_cast<unsigned>(word >> 32);
    unsigned position = static_cast<unsigned>(word & 0xffffffffu);
    return std::string(errorKernelName(id)) + " (at flat position " + std::to_string(position) +
           "); the result was computed with the index clamped";
  }
  return std::string();
}

std::string download(void* host, const void* device, size_t bytes) {
  if (bytes > 0) SC_CUDA_TRY("cudaMemcpyAsync (device to host)", cudaMemcpyAsync(host, device, bytes, cudaMemcpyDeviceToHost, theStream));
  return synchronize();
}

std::string upload(void* device, const void* host, size_t bytes) {
  if (bytes == 0) return std::string();
  // Small tensors (scalars, shapes, hyper-parameters: most uploads) travel as a kernel argument, so
  // creating one does not drain the stream.
  if (bytes <= kInlineUploadBytes && bytes % 4 == 0) return uploadInline(device, host, bytes);
  SC_CUDA_TRY("cudaMemcpyAsync (host to device)", cudaMemcpyAsync(device, host, bytes, cudaMemcpyHostToDevice, theStream));
  // Pageable host memory: wait, so the caller may reuse the buffer as soon as this returns.
  SC_CUDA_TRY("cudaStreamSynchronize (upload)", cudaStreamSynchronize(theStream));
  return std::string();
}

std::string memoryInfo(size_t* freeBytes, size_t* totalBytes) {
  SC_CUDA_TRY("cudaMemGetInfo", cudaMemGetInfo(freeBytes, totalBytes));
  return std::string();
}

}  // namespace sc
