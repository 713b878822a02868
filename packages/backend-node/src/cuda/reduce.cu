// Reductions over the middle axis of [outer, size, inner], softmax rows and cumulative sums.
#include <cfloat>
#include <cmath>
#include "block-reduce.cuh"
#include "kernels.h"

namespace sc {
namespace {

constexpr int kBlock = 256;

template <typename T>
struct Acc {
  // float32 sums accumulate in double (the reference backends' precision); int32 in int64.
  using Type = double;
};
template <>
struct Acc<int32_t> {
  using Type = long long;
};

template <typename T>
__device__ __forceinline__ double combine(int op, double acc, double v) {
  switch (op) {
    case kSum: case kMean: return acc + v;
    case kMaxR: return (isnan(acc) || isnan(v)) ? NAN : fmax(acc, v);
    case kMinR: return (isnan(acc) || isnan(v)) ? NAN : fmin(acc, v);
    case kProd: return acc * v;
    case kAll: return (acc != 0.0 && v != 0.0) ? 1.0 : 0.0;
    case kAny: return (acc != 0.0 || v != 0.0) ? 1.0 : 0.0;
    default: return acc;
  }
}

__device__ __forceinline__ double identity(int op) {
  switch (op) {
    case kMaxR: return -INFINITY;
    case kMinR: return INFINITY;
    case kProd: case kAll: return 1.0;
    default: return 0.0;
  }
}

/** Writes the reduced value, as T (Mean divides by size). */
template <typename T>
__device__ __forceinline__ T finish(int op, double acc, int64_t size) {
  if (op == kMean) acc /= static_cast<double>(size);
  return static_cast<T>(acc);
}

/** inner == 1: one block per output, a tree reduction in shared memory. */
template <typename T>
__global__ void reduceRowsKernel(int op, const T* __restrict__ x, int64_t rows, int64_t size, T* __restrict__ out) {
  __shared__ double partial[kBlock];
  for (int64_t row = blockIdx.x; row < rows; row += gridDim.x) {
    const T* src = x + row * size;
    double acc = identity(op);
    for (int64_t j = threadIdx.x; j < size; j += blockDim.x) acc = combine<T>(op, acc, static_cast<double>(src[j]));
    partial[threadIdx.x] = acc;
    __syncthreads();
    for (int s = blockDim.x / 2; s > 0; s >>= 1) {
      if (threadIdx.x < s) partial[threadIdx.x] = combine<T>(op, partial[threadIdx.x], partial[threadIdx.x + s]);
      __syncthreads();
    }
    if (threadIdx.x == 0) out[row] = finish<T>(op, partial[0], size);
    __syncthreads();
  }
}

/** inner > 1: one thread per output column, coalesced over inner. */
template <typename T>
__global__ void reduceColumnsKernel(int op, const T* __restrict__ x, int64_t outer, int64_t size, int64_t inner,
                                    T* __restrict__ out) {
  for (int64_t i = blockIdx.x * (int64_t)blockDim.x + threadIdx.x; i < outer * inner; i += (int64_t)gridDim.x * blockDim.x) {
    int64_t o = i / inner, c = i % inner;
    const T* src = x + o * size * inner + c;
    double acc = identity(op);
    for (int64_t j = 0; j < size; j++) acc = combine<T>(op, acc, static_cast<double>(src[j * inner]));
    out[i] = finish<T>(op, acc, size);
  }
}

/** ArgMax / ArgMin: first position of the extreme value (NaN wins, like tfjs-cpu's comparisons fail on it). */
template <typename T>
__global__ void argKernel(bool isMax, const T* __restrict__ x, int64_t outer, int64_t size, int64_t inner,
                          int32_t* __restrict__ out) {
  for (int64_t i = blockIdx.x * (int64_t)blockDim.x + threadIdx.x; i < outer * inner; i += (int64_t)gridDim.x * blockDim.x) {
    int64_t o = i / inner, c = i % inner;
    const T* src = x + o * size * inner + c;
    T best = src[0];
    int32_t at = 0;
    for (int64_t j = 1; j < size; j++) {
      T v = src[j * inner];
      if (isMax ? v > best : v < best) {
        best = v;
        at = static_cast<int32_t>(j);
      }
    }
    out[i] = at;
  }
}

__global__ void softmaxKernel(const float* __restrict__ x, float* __restrict__ out, int64_t rows, int64_t cols, bool logSoftmax) {
  __shared__ float shared[32];
  for (int64_t row = blockIdx.x; row < rows; row += gridDim.x) {
    const float* src = x + row * cols;
    float* dst = out + row * cols;
    float m = -INFINITY;
    for (int64_t j = threadIdx.x; j < cols; j += blockDim.x) m = fmaxf(m, src[j]);
    m = blockMax(m, shared);
    float s = 0.0f;
    for (int64_t j = threadIdx.x; j < cols; j += blockDim.x) s += expf(src[j] - m);
    s = blockSum(s, shared);
    if (logSoftmax) {
      float lse = m + logf(s);
      for (int64_t j = threadIdx.x; j < cols; j += blockDim.x) dst[j] = src[j] - lse;
    } else {
      float inv = 1.0f / s;
      for (int64_t j = threadIdx.x; j < cols; j += blockDim.x) dst[j] = expf(src[j] - m) * inv;
    }
  }
}

template <typename T>
__global__ void cumsumKernel(const T* __restrict__ x, int64_t outer, int64_t size, int64_t inner, bool exclusive, bool reverse,
                             T* __restrict__ out) {
  for (int64_t i = blockIdx.x * (int64_t)blockDim.x + threadIdx.x; i < outer * inner; i += (int64_t)gridDim.x * blockDim.x) {
    int64_t o = i / inner, c = i % inner;
    const T* src = x + o * size * inner + c;
    T* dst = out + o * size * inner + c;
    typename Acc<T>::Type acc = 0;
    for (int64_t step = 0; step < size; step++) {
      int64_t j = reverse ? size - 1 - step : step;
      T v = src[j * inner];
      if (exclusive) {
        dst[j * inner] = static_cast<T>(acc);
        acc += v;
      } else {
        acc += v;
        dst[j * inner] = static_cast<T>(acc);
      }
    }
  }
}

template <typename T>
std::string launchReduce(int op, const T* x, int64_t outer, int64_t size, int64_t inner, void* out) {
  if (op == kArgMax || op == kArgMin) {
    argKernel<T><<<gridFor(outer * inner), kBlock, 0, stream()>>>(op == kArgMax, x, outer, size, inner, static_cast<int32_t*>(out));
  } else if (inner == 1) {
    unsigned grid = static_cast<unsigned>(outer < 65535 * 16 ? outer : 65535 * 16);
    reduceRowsKernel<T><<<grid, kBlock, 0, stream()>>>(op, x, outer, size, static_cast<T*>(out));
  } else {
    reduceColumnsKernel<T><<<gridFor(outer * inner), kBlock, 0, stream()>>>(op, x, outer, size, inner, static_cast<T*>(out));
  }
  return checkLaunch("reduce");
}

}  // namespace

std::string reduce(int op, int dtype, const void* x, int64_t outer, int64_t size, int64_t inner, void* out) {
  if (op < kSum || op > kArgMin) return "reduce: unknown op " + std::to_string(op);
  if (outer * inner == 0) return "";
  if (size == 0) {
    if (op == kArgMax || op == kArgMin) return "reduce: argMax/argMin over an empty axis";
    return fill(out, dtype, op == kProd || op == kAll ? 1.0 : (op == kMaxR ? -INFINITY : (op == kMinR ? INFINITY : 0.0)), outer * inner);
  }
  if (dtype == kF32) return launchReduce<float>(op, static_cast<const float*>(x), outer, size, inner, out);
  return launchReduce<int32_t>(op, static_cast<const int32_t*>(x), outer, size, inner, out);
}

std::string softmax(const float* x, float* out, int64_t rows, int64_t cols, bool logSoftmax) {
  if (rows * cols == 0) return "";
  unsigned grid = static_cast<unsigned>(rows < 65535 * 16 ? rows : 65535 * 16);
  softmaxKernel<<<grid, kBlock, 0, stream()>>>(x, out, rows, cols, logSoftmax);
  return checkLaunch(logSoftmax ? "logSoftmax" : "softmax");
}

std::string cumsum(const void* x, int dtype, int64_t outer, int64_t size, int64_t inner, bool exclusive, bool reverse,
                   void* out) {
  if (outer * size * inner == 0) return "";
  if (dtype == kF32) {
    cumsumKernel<float><<<gridFor(outer * inner), kBlock, 0, stream()>>>(static_cast<const float*>(x), outer, size, inner,
                                                                         exclusive, reverse, static_cast<float*>(out));
  } else {
    cumsumKernel<int32_t><<<gridFor(outer * inner), kBlock, 0, stream()>>>(static_cast<const int32_t*>(x), outer, size, inner,
                                                                           exclusive, reverse, static_cast<int32_t*>(out));
  }
  return checkLaunch("cumsum");
}

}  // namespace sc
