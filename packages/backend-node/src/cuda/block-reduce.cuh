// Block-wide max and sum of one float per thread (blockDim.x a multiple of 32, at most 1024), shared
// by the row kernels. `shared` holds 32 floats; every thread of the block must call these.
#pragma once
#include <cmath>

namespace sc {

__device__ __forceinline__ float blockMax(float v, float* shared) {
  for (int o = 16; o > 0; o >>= 1) v = fmaxf(v, __shfl_xor_sync(0xffffffffu, v, o));
  if ((threadIdx.x & 31) == 0) shared[threadIdx.x >> 5] = v;
  __syncthreads();
  if (threadIdx.x < 32) {
    float w = threadIdx.x < (blockDim.x >> 5) ? shared[threadIdx.x] : -INFINITY;
    for (int o = 16; o > 0; o >>= 1) w = fmaxf(w, __shfl_xor_sync(0xffffffffu, w, o));
    if (threadIdx.x == 0) shared[0] = w;
  }
  __syncthreads();
  float r = shared[0];
  __syncthreads();
  return r;
}

__device__ __forceinline__ float blockSum(float v, float* shared) {
  for (int o = 16; o > 0; o >>= 1) v += __shfl_xor_sync(0xffffffffu, v, o);
  if ((threadIdx.x & 31) == 0) shared[threadIdx.x >> 5] = v;
  __syncthreads();
  if (threadIdx.x < 32) {
    float w = threadIdx.x < (blockDim.x >> 5) ? shared[threadIdx.x] : 0.0f;
    for (int o = 16; o > 0; o >>= 1) w += __shfl_xor_sync(0xffffffffu, w, o);
    if (threadIdx.x == 0) shared[0] = w;
  }
  __syncthreads();
  float r = shared[0];
  __syncthreads();
  return r;
}

}  // namespace sc
