// Shared declarations of the CUDA addon: the error type every launcher returns, the stream all work
// runs on, and the limits the launchers check. Host code only includes cuda_runtime_api.h here, so
// the .cc files compile with the host compiler and the .cu files with nvcc.
#pragma once
#include <cstddef>
#include <cstdint>
#include <string>
#include <cuda_runtime_api.h>

namespace sc {

/** Tensors have at most this rank in the shape-generic kernels (broadcast, transpose, slice). */
constexpr int kMaxRank = 8;

/** A shape and its row-major strides, passed to kernels by value. */
struct Shape {
  int rank;
  int64_t dims[kMaxRank];
};

/** The stream every kernel, copy and cuBLAS call runs on (created by deviceInit). */
cudaStream_t stream();

/**
 * The outcome of a launcher: empty when it succeeded, else a message naming the kernel and the
 * CUDA call that failed. After a launch it checks cudaGetLastError (launch configuration errors);
 * with STAGECOACH_CUDA_SYNC=1 it also synchronises, so an asynchronous fault names its kernel.
 */
std::string checkLaunch(const char* kernel);

/** "<what>: <cuda error name>: <cuda error string>", or empty for cudaSuccess. */
std::string cudaMessage(const char* what, cudaError_t err);

/** Blocks for a 1-D grid-stride launch of n threads (capped; the kernels loop). */
inline unsigned gridFor(int64_t n, unsigned block = 256) {
  int64_t blocks = (n + block - 1) / block;
  if (blocks > 65535LL * 32) blocks = 65535LL * 32;
  return static_cast<unsigned>(blocks < 1 ? 1 : blocks);
}

}  // namespace sc

/** Returns the CUDA error of `call` as a launcher message naming `what`. */
#define SC_CUDA_TRY(what, call)                                  \
  do {                                                           \
    cudaError_t sc_err_ = (call);                                \
    if (sc_err_ != cudaSuccess) return ::sc::cudaMessage(what, sc_err_); \
  } while (0)
