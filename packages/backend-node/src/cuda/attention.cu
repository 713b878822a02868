// Fused causal attention, forward and backward, FlashAttention-style: keys and values stream through
// shared memory in tiles, each query row keeps an online softmax (running max and sum), and no T×T
// matrix is ever stored. Contract (packages/core/src/ops/causal-attention.ts and its JavaScript kernel):
// query i of tq sees key j of tk when j <= tk - tq + i and keyMask[b, j] == 1; a hidden key's score is
// MASKED_SCORE (-1e9), so a row with no visible key averages every value uniformly.
//
// Backward, without stored statistics (the kernel contract passes only dy, q, k, v, keyMask):
//  1. per query row: recompute the softmax (log-sum-exp), D = dy·o, then dq = Σ_j ds_ij k_j;
//  2. per key row: dk_j = Σ_i ds_ij q_i and dv_j = Σ_i p_ij dy_i over the query heads sharing its kv head;
//  3. rows with no visible key add dy_i / tk to every dv_j (rare: fully padded rows).
#include <cmath>
#include "kernels.h"

namespace sc {
namespace {

/** Per head-dimension bound: query rows per block and key rows per tile (shared memory under 48 KB). */
/** Forward and backward pass 1: query rows (threads) per block. */
constexpr int kQueryRows = 64;

template <int DMAX>
struct Tiles {
  static constexpr int kKeyTile = DMAX <= 64 ? 64 : 32;  // keys staged per tile
  static constexpr int kKeyRows = DMAX <= 64 ? 64 : 32;  // pass 2: threads (key rows) per block
  static constexpr int kQueryTile = DMAX <= 32 ? 32 : (DMAX <= 64 ? 16 : 8);  // pass 2: queries staged per tile
};

__device__ __forceinline__ int64_t qRow(const AttentionDims& s, int bi, int h, int i) {
  return ((static_cast<int64_t>(bi) * s.hq + h) * s.tq + i) * s.d;
}
__device__ __forceinline__ int64_t kvRow(const AttentionDims& s, int bi, int h, int j) {
  return ((static_cast<int64_t>(bi) * s.hkv + h) * s.tk + j) * s.d;
}

/** Stages keys [j0, j0 + kKeyTile) (and values) into shared memory, zero-padded to DMAX and past tk. */
template <int DMAX, int ROW>
__device__ __forceinline__ void stageKeys(const float* __restrict__ k, const float* __restrict__ v,
                                          const float* __restrict__ keyMask, const AttentionDims& s, int bi, int kvh,
                                          int j0, int rows, float (*ks)[ROW], float (*vs)[ROW], float* maskS) {
  for (int idx = threadIdx.x; idx < rows * DMAX; idx += blockDim.x) {
    int r = idx / DMAX, e = idx % DMAX, j = j0 + r;
    bool inside = j < s.tk && e < s.d;
    ks[r][e] = inside ? k[kvRow(s, bi, kvh, j) + e] : 0.0f;
    vs[r][e] = inside ? v[kvRow(s, bi, kvh, j) + e] : 0.0f;
  }
  for (int r = threadIdx.x; r < rows; r += blockDim.x) maskS[r] = j0 + r < s.tk ? keyMask[static_cast<int64_t>(bi) * s.tk + j0 + r] : 0.0f;
}

/**
 * One query row per thread: the online softmax over its visible keys into acc (unnormalised), its
 * running max m and sum l. Returns through the references; `any` is false when no key is visible.
 */
template <int DMAX>
__device__ __forceinline__ void onlineSoftmax(const float* __restrict__ k, const float* __restrict__ v,
                                              const float* __restrict__ keyMask, const AttentionDims& s, float scale,
                                              int bi, int kvh, int i, bool active, const float (&q)[DMAX],
                                              float (&acc)[DMAX], float& m, float& l, float (*ks)[DMAX],
                                              float (*vs)[DMAX], float* maskS) {
  constexpr int KT = Tiles<DMAX>::kKeyTile;
  const int pos = s.tk - s.tq + i;
  const int lastRow = min(s.tq - 1, static_cast<int>(blockIdx.x * blockDim.x + blockDim.x - 1));
  const int keyEnd = min(s.tk, s.tk - s.tq + lastRow + 1);  // keys any row of this block sees
  m = -INFINITY;
  l = 0.0f;
#pragma unroll
  for (int e = 0; e < DMAX; e++) acc[e] = 0.0f;
  for (int j0 = 0; j0 < keyEnd; j0 += KT) {
    __syncthreads();
    stageKeys<DMAX, DMAX>(k, v, keyMask, s, bi, kvh, j0, KT, ks, vs, maskS);
    __syncthreads();
    if (!active) continue;
    const int jEnd = min(KT, pos - j0 + 1);
    for (int jj = 0; jj < jEnd; jj++) {
      if (maskS[jj] != 1.0f) continue;
      float dot = 0.0f;
#pragma unroll
      for (int e = 0; e < DMAX; e++) dot += q[e] * ks[jj][e];
      const float score = dot * scale;
      if (score > m) {
        const float correction = expf(m - score);  // 0 on the first visible key (m = -inf)
        l *= correction;
#pragma unroll
        for (int e = 0; e < DMAX; e++) acc[e] *= correction;
        m = score;
      }
      const float p = expf(score - m);
      l += p;
#pragma unroll
      for (int e = 0; e < DMAX; e++) acc[e] += p * vs[jj][e];
    }
  }
}

/** Mean of every value row: the output of a query row that sees no key (all scores equal MASKED_SCORE). */
__device__ float uniformValue(const float* __restrict__ v, const AttentionDims& s, int bi, int kvh, int e) {
  float sum = 0.0f;
  for (int j = 0; j < s.tk; j++) sum += v[kvRow(s, bi, kvh, j) + e];
  return sum / static_cast<float>(s.tk);
}

template <int DMAX>
__global__ void __launch_bounds__(kQueryRows) attentionForwardKernel(const float* __restrict__ q, const float* __restrict__ k,
                                                              const float* __restrict__ v, const float* __restrict__ keyMask,
                                                              AttentionDims s, float scale, float* __restrict__ out) {
  __shared__ float ks[Tiles<DMAX>::kKeyTile][DMAX];
  __shared__ float vs[Tiles<DMAX>::kKeyTile][DMAX];
  __shared__ float maskS[Tiles<DMAX>::kKeyTile];
  const int bi = blockIdx.z, h = blockIdx.y;
  const int kvh = h / (s.hq / s.hkv);
  const int i = blockIdx.x * blockDim.x + threadIdx.x;
  const bool active = i < s.tq;
  float qr[DMAX];
#pragma unroll
  for (int e = 0; e < DMAX; e++) qr[e] = active && e < s.d ? q[qRow(s, bi, h, i) + e] : 0.0f;
  float acc[DMAX];
  float m, l;
  onlineSoftmax<DMAX>(k, v, keyMask, s, scale, bi, kvh, i, active, qr, acc, m, l, ks, vs, maskS);
  if (!active) return;
  float* o = out + qRow(s, bi, h, i);
  if (l > 0.0f) {
    const float inv = 1.0f / l;
#pragma unroll
    for (int e = 0; e < DMAX; e++) if (e < s.d) o[e] = acc[e] * inv;
  } else {
    for (int e = 0; e < s.d; e++) o[e] = uniformValue(v, s, bi, kvh, e);
  }
}

/** Backward pass 1: per query row, dq and the row's log-sum-exp (+inf: no visible key) and D = dy·o. */
template <int DMAX>
__global__ void __launch_bounds__(kQueryRows) attentionGradQueryKernel(const float* __restrict__ dy, const float* __restrict__ q,
    const float* __restrict__ k, const float* __restrict__ v, const float* __restrict__ keyMask, AttentionDims s, float scale,
    float* __restrict__ dq, float* __restrict__ lseOut, float* __restrict__ deltaOut) {
  constexpr int KT = Tiles<DMAX>::kKeyTile;
  __shared__ float ks[KT][DMAX];
  __shared__ float vs[KT][DMAX];
  __shared__ float maskS[KT];
  const int bi = blockIdx.z, h = blockIdx.y;
  const int kvh = h / (s.hq / s.hkv);
  const int i = blockIdx.x * blockDim.x + threadIdx.x;
  const bool active = i < s.tq;
  float qr[DMAX], dyr[DMAX], acc[DMAX];
#pragma unroll
  for (int e = 0; e < DMAX; e++) {
    qr[e] = active && e < s.d ? q[qRow(s, bi, h, i) + e] : 0.0f;
    dyr[e] = active && e < s.d ? dy[qRow(s, bi, h, i) + e] : 0.0f;
  }
  float m, l;
  onlineSoftmax<DMAX>(k, v, keyMask, s, scale, bi, kvh, i, active, qr, acc, m, l, ks, vs, maskS);
  const bool visible = l > 0.0f;
  const float lse = visible ? m + logf(l) : INFINITY;
  float delta = 0.0f;
  if (visible) {
    const float inv = 1.0f / l;
#pragma unroll
    for (int e = 0; e < DMAX; e++) delta += dyr[e] * acc[e] * inv;
  }
#pragma unroll
  for (int e = 0; e < DMAX; e++) acc[e] = 0.0f;  // now dq
  const int pos = s.tk - s.tq + i;
  const int lastRow = min(s.tq - 1, static_cast<int>(blockIdx.x * blockDim.x + blockDim.x - 1));
  const int keyEnd = min(s.tk, s.tk - s.tq + lastRow + 1);
  for (int j0 = 0; j0 < keyEnd; j0 += KT) {
    __syncthreads();
    stageKeys<DMAX, DMAX>(k, v, keyMask, s, bi, kvh, j0, KT, ks, vs, maskS);
    __syncthreads();
    if (!active || !visible) continue;
    const int jEnd = min(KT, pos - j0 + 1);
    for (int jj = 0; jj < jEnd; jj++) {
      if (maskS[jj] != 1.0f) continue;
      float dot = 0.0f, dp = 0.0f;
#pragma unroll
      for (int e = 0; e < DMAX; e++) {
        dot += qr[e] * ks[jj][e];
        dp += dyr[e] * vs[jj][e];
      }
      const float p = expf(dot * scale - lse);
      const float ds = p * (dp - delta) * scale;
#pragma unroll
      for (int e = 0; e < DMAX; e++) acc[e] += ds * ks[jj][e];
    }
  }
  if (!active) return;
  const int64_t row = (static_cast<int64_t>(bi) * s.hq + h) * s.tq + i;
  float* dqr = dq + row * s.d;
#pragma unroll
  for (int e = 0; e < DMAX; e++) if (e < s.d) dqr[e] = acc[e];
  lseOut[row] = lse;
  deltaOut[row] = delta;
}

/** Backward pass 2: per key row, dk and dv over every query (of every head in its group) that sees it. */
template <int DMAX>
__global__ void __launch_bounds__(Tiles<DMAX>::kKeyRows) attentionGradKeyKernel(const float* __restrict__ dy,
    const float* __restrict__ q, const float* __restrict__ k, const float* __restrict__ v, const float* __restrict__ keyMask,
    const float* __restrict__ lse, const float* __restrict__ delta, AttentionDims s, float scale, float* __restrict__ dk,
    float* __restrict__ dv) {
  constexpr int KR = Tiles<DMAX>::kKeyRows;
  constexpr int QT = Tiles<DMAX>::kQueryTile;
  __shared__ float ks[KR][DMAX + 1];  // +1: each thread reads its own row, so pad against bank conflicts
  __shared__ float vs[KR][DMAX + 1];
  __shared__ float maskS[KR];
  __shared__ float qs[QT][DMAX];
  __shared__ float dys[QT][DMAX];
  __shared__ float lseS[QT];
  __shared__ float deltaS[QT];
  const int bi = blockIdx.z, kvh = blockIdx.y;
  const int group = s.hq / s.hkv;
  const int j0 = blockIdx.x * KR;
  const int j = j0 + threadIdx.x;
  const bool active = j < s.tk;
  stageKeys<DMAX, DMAX + 1>(k, v, keyMask, s, bi, kvh, j0, KR, ks, vs, maskS);
  __syncthreads();
  const bool keyVisible = active && maskS[threadIdx.x] == 1.0f;
  float dkAcc[DMAX], dvAcc[DMAX];
#pragma unroll
  for (int e = 0; e < DMAX; e++) {
    dkAcc[e] = 0.0f;
    dvAcc[e] = 0.0f;
  }
  // Query i sees key j when j <= tk - tq + i: the first query that can see this block's first key.
  const int iStart = max(0, j0 - (s.tk - s.tq));
  for (int g = 0; g < group; g++) {
    const int h = kvh * group + g;
    for (int i0 = iStart; i0 < s.tq; i0 += QT) {
      __syncthreads();
      for (int idx = threadIdx.x; idx < QT * DMAX; idx += blockDim.x) {
        int r = idx / DMAX, e = idx % DMAX, i = i0 + r;
        bool inside = i < s.tq && e < s.d;
        qs[r][e] = inside ? q[qRow(s, bi, h, i) + e] : 0.0f;
        dys[r][e] = inside ? dy[qRow(s, bi, h, i) + e] : 0.0f;
      }
      for (int r = threadIdx.x; r < QT; r += blockDim.x) {
        int64_t row = (static_cast<int64_t>(bi) * s.hq + h) * s.tq + i0 + r;
        lseS[r] = i0 + r < s.tq ? lse[row] : INFINITY;
        deltaS[r] = i0 + r < s.tq ? delta[row] : 0.0f;
      }
      __syncthreads();
      if (!keyVisible) continue;
      for (int r = 0; r < QT; r++) {
        const int i = i0 + r;
        if (i >= s.tq || j > s.tk - s.tq + i || isinf(lseS[r])) continue;
        float dot = 0.0f, dp = 0.0f;
#pragma unroll
        for (int e = 0; e < DMAX; e++) {
          dot += qs[r][e] * ks[threadIdx.x][e];
          dp += dys[r][e] * vs[threadIdx.x][e];
        }
        const float p = expf(dot * scale - lseS[r]);
        const float ds = p * (dp - deltaS[r]) * scale;
#pragma unroll
        for (int e = 0; e < DMAX; e++) {
          dvAcc[e] += p * dys[r][e];
          dkAcc[e] += ds * qs[r][e];
        }
      }
    }
  }
  if (!active) return;
  float* dkr = dk + kvRow(s, bi, kvh, j);
  float* dvr = dv + kvRow(s, bi, kvh, j);
#pragma unroll
  for (int e = 0; e < DMAX; e++) {
    if (e < s.d) {
      dkr[e] = dkAcc[e];
      dvr[e] = dvAcc[e];
    }
  }
}

/** Backward pass 3: a query row that sees no key spreads dy_i / tk over every value row of its kv head. */
__global__ void attentionGradUniformKernel(const float* __restrict__ dy, const float* __restrict__ lse, AttentionDims s,
                                           float* __restrict__ dv) {
  const int64_t row = blockIdx.x;  // (bi, h, i) flattened
  if (!isinf(lse[row])) return;
  const int h = static_cast<int>((row / s.tq) % s.hq);
  const int bi = static_cast<int>(row / (static_cast<int64_t>(s.tq) * s.hq));
  const int kvh = h / (s.hq / s.hkv);
  const float* dyr = dy + row * s.d;
  const float share = 1.0f / static_cast<float>(s.tk);
  for (int64_t idx = threadIdx.x; idx < static_cast<int64_t>(s.tk) * s.d; idx += blockDim.x) {
    int j = static_cast<int>(idx / s.d), e = static_cast<int>(idx % s.d);
    atomicAdd(&dv[kvRow(s, bi, kvh, j) + e], dyr[e] * share);
  }
}

std::string checkDims(const AttentionDims& s, const char* name) {
  if (s.d < 1 || s.d > kMaxHeadDim) return std::string(name) + ": head dimension " + std::to_string(s.d) + " outside 1.." + std::to_string(kMaxHeadDim);
  if (s.hkv < 1 || s.hq % s.hkv != 0) return std::string(name) + ": query heads must be a multiple of kv heads";
  if (s.hq > 65535 || s.b > 65535 || s.hkv > 65535) return std::string(name) + ": too many heads or batch rows for one launch";
  return "";
}

template <int DMAX>
std::string forward(const float* q, const float* k, const float* v, const float* keyMask, const AttentionDims& s, float scale,
                    float* out) {
  dim3 grid(static_cast<unsigned>((s.tq + kQueryRows - 1) / kQueryRows), static_cast<unsigned>(s.hq), static_cast<unsigned>(s.b));
  attentionForwardKernel<DMAX><<<grid, kQueryRows, 0, stream()>>>(q, k, v, keyMask, s, scale, out);
  return checkLaunch("attention");
}

template <int DMAX>
std::string backward(const float* dy, const float* q, const float* k, const float* v, const float* keyMask,
                     const AttentionDims& s, float scale, float* dq, float* dk, float* dv) {
  const int64_t rows = static_cast<int64_t>(s.b) * s.hq * s.tq;
  float* stats = nullptr;
  SC_CUDA_TRY("attentionGrad (statistics)", cudaMallocAsync(&stats, static_cast<size_t>(rows) * 2 * 4, stream()));
  dim3 queryGrid(static_cast<unsigned>((s.tq + kQueryRows - 1) / kQueryRows), static_cast<unsigned>(s.hq), static_cast<unsigned>(s.b));
  attentionGradQueryKernel<DMAX><<<queryGrid, kQueryRows, 0, stream()>>>(dy, q, k, v, keyMask, s, scale, dq, stats, stats + rows);
  std::string err = checkLaunch("attentionGrad (query pass)");
  if (err.empty()) {
    constexpr int KR = Tiles<DMAX>::kKeyRows;
    dim3 keyGrid(static_cast<unsigned>((s.tk + KR - 1) / KR), static_cast<unsigned>(s.hkv), static_cast<unsigned>(s.b));
    attentionGradKeyKernel<DMAX><<<keyGrid, KR, 0, stream()>>>(dy, q, k, v, keyMask, stats, stats + rows, s, scale, dk, dv);
    err = checkLaunch("attentionGrad (key pass)");
  }
  if (err.empty() && rows <= 0x7fffffff) {
    attentionGradUniformKernel<<<static_cast<unsigned>(rows), 128, 0, stream()>>>(dy, stats, s, dv);
    err = checkLaunch("attentionGrad (rows with no visible key)");
  }
  cudaFreeAsync(stats, stream());
  return err;
}

}  // namespace

std::string attention(const float* q, const float* k, const float* v, const float* keyMask, const AttentionDims& s,
                      float scale, float* out) {
  std::string bad = checkDims(s, "attention");
  if (!bad.empty()) return bad;
  if (static_cast<int64_t>(s.b) * s.hq * s.tq == 0) return "";
  if (s.tk == 0) return "attention: no keys";
  if (s.d <= 32) return forward<32>(q, k, v, keyMask, s, scale, out);
  if (s.d <= 64) return forward<64>(q, k, v, keyMask, s, scale, out);
  return forward<128>(q, k, v, keyMask, s, scale, out);
}

std::string attentionGrad(const float* dy, const float* q, const float* k, const float* v, const float* keyMask,
                          const AttentionDims& s, float scale, float* dq, float* dk, float* dv) {
  std::string bad = checkDims(s, "attentionGrad");
  if (!bad.empty()) return bad;
  if (static_cast<int64_t>(s.b) * s.hq * s.tq == 0 || s.tk == 0) {
    const size_t kvBytes = static_cast<size_t>(s.b) * s.hkv * s.tk * s.d * 4;
    SC_CUDA_TRY("attentionGrad (empty)", cudaMemsetAsync(dk, 0, kvBytes, stream()));
    SC_CUDA_TRY("attentionGrad (empty)", cudaMemsetAsync(dv, 0, kvBytes, stream()));
    return "";
  }
  if (s.d <= 32) return backward<32>(dy, q, k, v, keyMask, s, scale, dq, dk, dv);
  if (s.d <= 64) return backward<64>(dy, q, k, v, keyMask, s, scale, dq, dk, dv);
  return backward<128>(dy, q, k, v, keyMask, s, scale, dq, dk, dv);
}

}  // namespace sc
