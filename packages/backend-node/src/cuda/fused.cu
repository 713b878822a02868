// Core's fused custom ops (contracts in packages/core/src/ops and their JavaScript kernels): RMSNorm,
// LayerNorm, token cross-entropy, GELU / SiLU, AdamW, RoPE and GAE, forward and gradient.
#include <cmath>
#include "block-reduce.cuh"
#include "device.h"
#include "kernels.h"

namespace sc {
namespace {

constexpr int kRowBlock = 256;
/** Rows per block of the column-sum kernels (dWeight, dGamma, dBeta): partial sums then atomics. */
constexpr int kRowsPerChunk = 128;
constexpr float kGeluSqrt2OverPi = 0.7978845608028654f;
constexpr float kGeluCubic = 0.044715f;

#define GRID_STRIDE(i, n) \
  for (int64_t i = blockIdx.x * (int64_t)blockDim.x + threadIdx.x; i < (n); i += (int64_t)gridDim.x * blockDim.x)

unsigned rowGrid(int64_t rows) { return static_cast<unsigned>(rows < 65535 * 16 ? rows : 65535 * 16); }

/** Row statistics of a norm: mean (LayerNorm; 0 for RMSNorm) and inverse root. */
__global__ void normForwardKernel(bool layer, const float* __restrict__ x, const float* __restrict__ w,
                                  const float* __restrict__ bias, int64_t rows, int64_t dim, float eps,
                                  float* __restrict__ out) {
  __shared__ float shared[32];
  for (int64_t r = blockIdx.x; r < rows; r += gridDim.x) {
    const float* xr = x + r * dim;
    float mean = 0.0f;
    if (layer) {
      float s = 0.0f;
      for (int64_t i = threadIdx.x; i < dim; i += blockDim.x) s += xr[i];
      mean = blockSum(s, shared) / static_cast<float>(dim);
    }
    float ss = 0.0f;
    for (int64_t i = threadIdx.x; i < dim; i += blockDim.x) {
      float c = xr[i] - mean;
      ss += c * c;
    }
    float inv = rsqrtf(blockSum(ss, shared) / static_cast<float>(dim) + eps);
    for (int64_t i = threadIdx.x; i < dim; i += blockDim.x) {
      float y = (xr[i] - mean) * inv * w[i];
      out[r * dim + i] = layer ? y + bias[i] : y;
    }
  }
}

/** dx of a norm, and each row's mean / inverse root for the column sums. */
__global__ void normGradRowsKernel(bool layer, const float* __restrict__ dy, const float* __restrict__ x,
                                   const float* __restrict__ w, int64_t rows, int64_t dim, float eps,
                                   float* __restrict__ dx, float* __restrict__ rowMean, float* __restrict__ rowInv) {
  __shared__ float shared[32];
  for (int64_t r = blockIdx.x; r < rows; r += gridDim.x) {
    const float* xr = x + r * dim;
    const float* dyr = dy + r * dim;
    float mean = 0.0f;
    if (layer) {
      float s = 0.0f;
      for (int64_t i = threadIdx.x; i < dim; i += blockDim.x) s += xr[i];
      mean = blockSum(s, shared) / static_cast<float>(dim);
    }
    float ss = 0.0f, g = 0.0f, gx = 0.0f;
    for (int64_t i = threadIdx.x; i < dim; i += blockDim.x) {
      float c = xr[i] - mean;
      float gi = dyr[i] * w[i];
      ss += c * c;
      g += gi;
      gx += gi * c;
    }
    ss = blockSum(ss, shared);
    gx = blockSum(gx, shared);
    if (layer) g = blockSum(g, shared);
    const float n = static_cast<float>(dim);
    const float inv = rsqrtf(ss / n + eps);
    if (layer) {
      // dx = inv·(g - mean(g) - xhat·mean(g·xhat)), mean(g·xhat) = inv·mean(g·(x - mean)).
      const float gMean = g / n, gxhatMean = inv * gx / n;
      for (int64_t i = threadIdx.x; i < dim; i += blockDim.x) {
        float xhat = (xr[i] - mean) * inv;
        dx[r * dim + i] = inv * (dyr[i] * w[i] - gMean - xhat * gxhatMean);
      }
    } else {
      // dx = inv·g - x·inv³·mean(g·x).
      const float coef = inv * inv * inv * (gx / n);
      for (int64_t i = threadIdx.x; i < dim; i += blockDim.x) dx[r * dim + i] = inv * dyr[i] * w[i] - xr[i] * coef;
    }
    if (threadIdx.x == 0) {
      rowMean[r] = mean;
      rowInv[r] = inv;
    }
  }
}

/** dWeight (= Σ dy·xhat) and, for LayerNorm, dBeta (= Σ dy) over a chunk of rows, added atomically. */
__global__ void normGradColumnsKernel(const float* __restrict__ dy, const float* __restrict__ x,
                                      const float* __restrict__ rowMean, const float* __restrict__ rowInv, int64_t rows,
                                      int64_t dim, float* __restrict__ dWeight, float* __restrict__ dBias) {
  const int64_t col = blockIdx.x * (int64_t)blockDim.x + threadIdx.x;
  if (col >= dim) return;
  const int64_t first = blockIdx.y * (int64_t)kRowsPerChunk;
  const int64_t last = first + kRowsPerChunk < rows ? first + kRowsPerChunk : rows;
  float dw = 0.0f, db = 0.0f;
  for (int64_t r = first; r < last; r++) {
    float g = dy[r * dim + col];
    dw += g * (x[r * dim + col] - rowMean[r]) * rowInv[r];
    db += g;
  }
  atomicAdd(&dWeight[col], dw);
  if (dBias != nullptr) atomicAdd(&dBias[col], db);
}

__global__ void crossEntropyKernel(const float* __restrict__ logits, const int32_t* __restrict__ targets, int64_t rows,
                                   int64_t vocab, float* __restrict__ nll, float* __restrict__ dLogits,
                                   const float* __restrict__ dy, unsigned long long* errorWord) {
  __shared__ float shared[32];
  for (int64_t r = blockIdx.x; r < rows; r += gridDim.x) {
    const float* lr = logits + r * vocab;
    float m = -INFINITY;
    for (int64_t j = threadIdx.x; j < vocab; j += blockDim.x) m = fmaxf(m, lr[j]);
    m = blockMax(m, shared);
    float s = 0.0f;
    for (int64_t j = threadIdx.x; j < vocab; j += blockDim.x) s += expf(lr[j] - m);
    const float lse = m + logf(blockSum(s, shared));
    const int32_t target = targets[r];
    const bool valid = target >= 0 && target < vocab;
    if (!valid && threadIdx.x == 0) {
      atomicCAS(errorWord, 0ULL, (static_cast<unsigned long long>(kErrCrossEntropy) << 32) | static_cast<unsigned long long>(r & 0xffffffff));
    }
    if (dLogits == nullptr) {
      if (threadIdx.x == 0) nll[r] = valid ? lse - lr[target] : NAN;
    } else {
      const float g = dy[r];
      for (int64_t j = threadIdx.x; j < vocab; j += blockDim.x) {
        float p = expf(lr[j] - lse);
        dLogits[r * vocab + j] = valid ? g * (j == target ? p - 1.0f : p) : NAN;
      }
    }
  }
}

__device__ __forceinline__ float sigmoidf(float x) { return 1.0f / (1.0f + expf(-x)); }

__global__ void activationKernel(int op, const float* __restrict__ x, float* __restrict__ out, int64_t n) {
  GRID_STRIDE(i, n) {
    float v = x[i];
    out[i] = op == 0 ? v * sigmoidf(2.0f * kGeluSqrt2OverPi * (v + kGeluCubic * v * v * v)) : v * sigmoidf(v);
  }
}

__global__ void activationGradKernel(int op, const float* __restrict__ dy, const float* __restrict__ x,
                                     float* __restrict__ dx, int64_t n) {
  GRID_STRIDE(i, n) {
    float v = x[i];
    if (op == 0) {
      float s = sigmoidf(2.0f * kGeluSqrt2OverPi * (v + kGeluCubic * v * v * v));
      float du = kGeluSqrt2OverPi * (1.0f + 3.0f * kGeluCubic * v * v);
      dx[i] = dy[i] * s * (1.0f + 2.0f * v * (1.0f - s) * du);
    } else {
      float s = sigmoidf(v);
      dx[i] = dy[i] * s * (1.0f + v * (1.0f - s));
    }
  }
}

struct AdamHyper {
  float lr, beta1, beta2, eps, weightDecay, bc1, bc2Sqrt;
};

__global__ void adamwKernel(const float* __restrict__ p, const float* __restrict__ m, const float* __restrict__ v,
                            const float* __restrict__ g, int64_t n, AdamHyper h, float* __restrict__ pOut,
                            float* __restrict__ mOut, float* __restrict__ vOut) {
  const float decay = 1.0f - h.lr * h.weightDecay;
  const float stepSize = h.lr / h.bc1;
  GRID_STRIDE(i, n) {
    float gi = g[i];
    float m1 = h.beta1 * m[i] + (1.0f - h.beta1) * gi;
    float v1 = h.beta2 * v[i] + (1.0f - h.beta2) * gi * gi;
    mOut[i] = m1;
    vOut[i] = v1;
    pOut[i] = p[i] * decay - (stepSize * m1) / (sqrtf(v1) / h.bc2Sqrt + h.eps);
  }
}

__global__ void ropeKernel(const float* __restrict__ x, const float* __restrict__ cosTable, const float* __restrict__ sinTable,
                           int64_t b, int64_t h, int64_t t, int64_t d, float sign, float* __restrict__ out) {
  const int64_t half = d / 2;
  GRID_STRIDE(i, b * h * t * half) {
    int64_t k = i % half, rest = i / half;
    int64_t ti = rest % t;
    int64_t bi = rest / (t * h);
    int64_t o = rest * d;
    int64_t tab = (bi * t + ti) * half + k;
    float c = cosTable[tab], s = sign * sinTable[tab];
    float x1 = x[o + k], x2 = x[o + k + half];
    out[o + k] = x1 * c - x2 * s;
    out[o + k + half] = x2 * c + x1 * s;
  }
}

__global__ void gaeKernel(const float* __restrict__ rewards, const float* __restrict__ values, const float* __restrict__ mask,
                          int64_t rows, int64_t time, float gamma, float lambda, float* __restrict__ advantages,
                          float* __restrict__ returns) {
  GRID_STRIDE(row, rows) {
    double carried = 0.0, nextValue = 0.0;
    for (int64_t t = time - 1; t >= 0; t--) {
      int64_t i = row * time + t;
      double m = mask[i];
      double advantage = (rewards[i] + gamma * nextValue - values[i] + static_cast<double>(gamma) * lambda * carried) * m;
      advantages[i] = static_cast<float>(advantage);
      returns[i] = static_cast<float>((advantage + values[i]) * m);
      carried = advantage;
      nextValue = values[i] * m;
    }
  }
}

std::string normGrad(bool layer, const float* dy, const float* x, const float* w, int64_t rows, int64_t dim, float eps,
                     float* dx, float* dWeight, float* dBias) {
  const char* name = layer ? "layerNormGrad" : "rmsNormGrad";
  SC_CUDA_TRY(name, cudaMemsetAsync(dWeight, 0, static_cast<size_t>(dim) * 4, stream()));
  if (dBias != nullptr) SC_CUDA_TRY(name, cudaMemsetAsync(dBias, 0, static_cast<size_t>(dim) * 4, stream()));
  if (rows * dim == 0) return "";
  float* stats = nullptr;
  SC_CUDA_TRY(name, cudaMallocAsync(&stats, static_cast<size_t>(rows) * 2 * 4, stream()));
  normGradRowsKernel<<<rowGrid(rows), kRowBlock, 0, stream()>>>(layer, dy, x, w, rows, dim, eps, dx, stats, stats + rows);
  std::string err = checkLaunch(name);
  if (err.empty()) {
    dim3 grid(static_cast<unsigned>((dim + 255) / 256), static_cast<unsigned>((rows + kRowsPerChunk - 1) / kRowsPerChunk));
    normGradColumnsKernel<<<grid, 256, 0, stream()>>>(dy, x, stats, stats + rows, rows, dim, dWeight, dBias);
    err = checkLaunch(name);
  }
  cudaFreeAsync(stats, stream());
  return err;
}

}  // namespace

std::string rmsNorm(const float* x, const float* w, int64_t rows, int64_t dim, float eps, float* out) {
  if (rows * dim == 0) return "";
  normForwardKernel<<<rowGrid(rows), kRowBlock, 0, stream()>>>(false, x, w, nullptr, rows, dim, eps, out);
  return checkLaunch("rmsNorm");
}

std::string rmsNormGrad(const float* dy, const float* x, const float* w, int64_t rows, int64_t dim, float eps, float* dx,
                        float* dw) {
  return normGrad(false, dy, x, w, rows, dim, eps, dx, dw, nullptr);
}

std::string layerNorm(const float* x, const float* gamma, const float* beta, int64_t rows, int64_t dim, float eps,
                      float* out) {
  if (rows * dim == 0) return "";
  normForwardKernel<<<rowGrid(rows), kRowBlock, 0, stream()>>>(true, x, gamma, beta, rows, dim, eps, out);
  return checkLaunch("layerNorm");
}

std::string layerNormGrad(const float* dy, const float* x, const float* gamma, int64_t rows, int64_t dim, float eps,
                          float* dx, float* dGamma, float* dBeta) {
  return normGrad(true, dy, x, gamma, rows, dim, eps, dx, dGamma, dBeta);
}

std::string crossEntropy(const float* logits, const int32_t* targets, int64_t rows, int64_t vocab, float* nll) {
  if (rows == 0) return "";
  if (vocab == 0) return "crossEntropy: empty vocabulary";
  crossEntropyKernel<<<rowGrid(rows), kRowBlock, 0, stream()>>>(logits, targets, rows, vocab, nll, nullptr, nullptr, indexErrorWord());
  return checkLaunch("crossEntropy");
}

std::string crossEntropyGrad(const float* dy, const float* logits, const int32_t* targets, int64_t rows, int64_t vocab,
                             float* dLogits) {
  if (rows * vocab == 0) return "";
  crossEntropyKernel<<<rowGrid(rows), kRowBlock, 0, stream()>>>(logits, targets, rows, vocab, nullptr, dLogits, dy, indexErrorWord());
  return checkLaunch("crossEntropyGrad");
}

std::string activation(int op, const float* x, float* out, int64_t n) {
  if (op != 0 && op != 1) return "activation: op must be 0 (GELU) or 1 (SiLU)";
  if (n == 0) return "";
  activationKernel<<<gridFor(n), 256, 0, stream()>>>(op, x, out, n);
  return checkLaunch(op == 0 ? "gelu" : "silu");
}

std::string activationGrad(int op, const float* dy, const float* x, float* dx, int64_t n) {
  if (op != 0 && op != 1) return "activationGrad: op must be 0 (GELU) or 1 (SiLU)";
  if (n == 0) return "";
  activationGradKernel<<<gridFor(n), 256, 0, stream()>>>(op, dy, x, dx, n);
  return checkLaunch(op == 0 ? "geluGrad" : "siluGrad");
}

std::string adamw(const float* p, const float* m, const float* v, const float* g, int64_t n, const float* hyper,
                  float* pOut, float* mOut, float* vOut) {
  if (n == 0) return "";
  AdamHyper h{hyper[0], hyper[1], hyper[2], hyper[3], hyper[4], hyper[5], hyper[6]};
  adamwKernel<<<gridFor(n), 256, 0, stream()>>>(p, m, v, g, n, h, pOut, mOut, vOut);
  return checkLaunch("adamw");
}

std::string rope(const float* x, const float* cos, const float* sin, int64_t b, int64_t h, int64_t t, int64_t d,
                 float sign, float* out) {
  if (d % 2 != 0) return "rope: the head dimension must be even";
  if (b * h * t * d == 0) return "";
  ropeKernel<<<gridFor(b * h * t * (d / 2)), 256, 0, stream()>>>(x, cos, sin, b, h, t, d, sign, out);
  return checkLaunch(sign > 0 ? "rope" : "ropeGrad");
}

std::string gae(const float* rewards, const float* values, const float* mask, int64_t rows, int64_t time, float gamma,
                float lambda, float* advantages, float* returns) {
  if (rows * time == 0) return "";
  gaeKernel<<<gridFor(rows, 128), 128, 0, stream()>>>(rewards, values, mask, rows, time, gamma, lambda, advantages, returns);
  return checkLaunch("gae");
}

}  // namespace sc
