#include "fused.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <limits>
#include <vector>

#include "gemm.h"
#include "pool.h"
#include "simd.h"

namespace sc {
namespace SC_ISA {

namespace {

constexpr int64_t kGrain = 1 << 15;

int64_t row_grain(int64_t cols) { return std::max<int64_t>(1, kGrain / std::max<int64_t>(cols, 1)); }

float row_max(const float* __restrict x, int64_t n) {
  float m = -std::numeric_limits<float>::infinity();
  for (int64_t i = 0; i < n; ++i) m = x[i] > m ? x[i] : m;
  return m;
}

// Writes exp(x - m) to out (may alias x) and returns the sum.
float exp_shifted(const float* x, float m, float* out, int64_t n) {
  float s = 0.f;
  for (int64_t i = 0; i < n; ++i) {
    float e = fast_exp(x[i] - m);
    out[i] = e;
    s += e;
  }
  return s;
}

float sum_exp_shifted(const float* __restrict x, float m, int64_t n) {
  float s = 0.f;
  for (int64_t i = 0; i < n; ++i) s += fast_exp(x[i] - m);
  return s;
}

// Column sums: out[j] = sum_n a[n, j] * (b ? b[n, j] : 1) * (r ? r[n] : 1), threads own column ranges.
void column_sums(const float* a, const float* b, const float* r, int64_t rows, int64_t dim, float* out) {
  parallel_for(dim, std::max<int64_t>(16, dim / (pool().size() * 2)), [&](int64_t lo, int64_t hi) {
    for (int64_t j = lo; j < hi; ++j) out[j] = 0.f;
    for (int64_t n = 0; n < rows; ++n) {
      const float* an = a + n * dim;
      const float* bn = b ? b + n * dim : nullptr;
      const float rn = r ? r[n] : 1.f;
      if (bn) {
        for (int64_t j = lo; j < hi; ++j) out[j] += an[j] * bn[j] * rn;
      } else {
        for (int64_t j = lo; j < hi; ++j) out[j] += an[j] * rn;
      }
    }
  });
}

}  // namespace

int64_t cross_entropy(const float* logits, const int32_t* targets, int64_t rows, int64_t vocab, float* nll) {
  for (int64_t n = 0; n < rows; ++n)
    if (targets[n] < 0 || targets[n] >= vocab) return n;
  parallel_for(rows, row_grain(vocab), [&](int64_t lo, int64_t hi) {
    for (int64_t n = lo; n < hi; ++n) {
      const float* x = logits + n * vocab;
      const float m = row_max(x, vocab);
      const float s = sum_exp_shifted(x, m, vocab);
      const int32_t t = targets[n];  // read once: checked above, but another thread may write it
      nll[n] = t >= 0 && t < vocab ? (m + std::log(s)) - x[t] : NAN;
    }
  });
  return -1;
}

void cross_entropy_grad(const float* dy, const float* logits, const int32_t* targets, int64_t rows, int64_t vocab,
                        float* dlogits) {
  parallel_for(rows, row_grain(vocab), [&](int64_t lo, int64_t hi) {
    for (int64_t n = lo; n < hi; ++n) {
      const float* x = logits + n * vocab;
      float* g = dlogits + n * vocab;
      const float m = row_max(x, vocab);
      const float s = exp_shifted(x, m, g, vocab);
      const float scale = dy[n] / s;
      for (int64_t v = 0; v < vocab; ++v) g[v] *= scale;
      const int32_t t = targets[n];
      if (t >= 0 && t < vocab) g[t] -= dy[n];
    }
  });
}

void rms_norm(const float* x, const float* w, int64_t rows, int64_t dim, float eps, float* y) {
  parallel_for(rows, row_grain(dim), [&](int64_t lo, int64_t hi) {
    for (int64_t n = lo; n < hi; ++n) {
      const float* xn = x + n * dim;
      float* yn = y + n * dim;
      float ss = 0.f;
      for (int64_t j = 0; j < dim; ++j) ss += xn[j] * xn[j];
      const float r = 1.f / std::sqrt(ss / static_cast<float>(dim) + eps);
      for (int64_t j = 0; j < dim; ++j) yn[j] = xn[j] * r * w[j];
    }
  });
}

void rms_norm_grad(const float* dy, const float* x, const float* w, int64_t rows, int64_t dim, float eps, float* dx,
                   float* dw) {
  std::vector<float> rs(static_cast<size_t>(rows));
  parallel_for(rows, row_grain(dim), [&](int64_t lo, int64_t hi) {
    for (int64_t n = lo; n < hi; ++n) {
      const float* xn = x + n * dim;
      const float* dyn = dy + n * dim;
      float* dxn = dx + n * dim;
      float ss = 0.f, gx = 0.f;
      for (int64_t j = 0; j < dim; ++j) {
        ss += xn[j] * xn[j];
        gx += dyn[j] * w[j] * xn[j];
      }
      const float inv_d = 1.f / static_cast<float>(dim);
      const float r = 1.f / std::sqrt(ss * inv_d + eps);
      const float c = r * r * r * gx * inv_d;
      for (int64_t j = 0; j < dim; ++j) dxn[j] = r * dyn[j] * w[j] - xn[j] * c;
      rs[n] = r;
    }
  });
  column_sums(dy, x, rs.data(), rows, dim, dw);
}

void layer_norm(const float* x, const float* gamma, const float* beta, int64_t rows, int64_t dim, float eps,
                float* y) {
  parallel_for(rows, row_grain(dim), [&](int64_t lo, int64_t hi) {
    for (int64_t n = lo; n < hi; ++n) {
      const float* xn = x + n * dim;
      float* yn = y + n * dim;
      float s = 0.f;
      for (int64_t j = 0; j < dim; ++j) s += xn[j];
      const float mean = s / static_cast<float>(dim);
      float vs = 0.f;
      for (int64_t j = 0; j < dim; ++j) vs += (xn[j] - mean) * (xn[j] - mean);
      const float r = 1.f / std::sqrt(vs / static_cast<float>(dim) + eps);
      for (int64_t j = 0; j < dim; ++j) yn[j] = (xn[j] - mean) * r * gamma[j] + beta[j];
    }
  });
}

void layer_norm_grad(const float* dy, const float* x, const float* gamma, int64_t rows, int64_t dim, float eps,
                     float* dx, float* dgamma, float* dbeta) {
  std::vector<float> means(static_cast<size_t>(rows)), rs(static_cast<size_t>(rows));
  parallel_for(rows, row_grain(dim), [&](int64_t lo, int64_t hi) {
    for (int64_t n = lo; n < hi; ++n) {
      const float* xn = x + n * dim;
      const float* dyn = dy + n * dim;
      float* dxn = dx + n * dim;
      const float inv_d = 1.f / static_cast<float>(dim);
      float s = 0.f;
      for (int64_t j = 0; j < dim; ++j) s += xn[j];
      const float mean = s * inv_d;
      float vs = 0.f;
      for (int64_t j = 0; j < dim; ++j) vs += (xn[j] - mean) * (xn[j] - mean);
      const float r = 1.f / std::sqrt(vs * inv_d + eps);
      float gsum = 0.f, gx = 0.f;
      for (int64_t j = 0; j < dim; ++j) {
        const float g = dyn[j] * gamma[j];
        gsum += g;
        gx += g * (xn[j] - mean) * r;
      }
      const float gmean = gsum * inv_d, gxmean = gx * inv_d;
      for (int64_t j = 0; j < dim; ++j) {
        const float xhat = (xn[j] - mean) * r;
        dxn[j] = r * (dyn[j] * gamma[j] - gmean - xhat * gxmean);
      }
      means[n] = mean;
      rs[n] = r;
    }
  });
  // dGamma = sum_n dy * (x - mean) * r ; dBeta = sum_n dy
  parallel_for(dim, std::max<int64_t>(16, dim / (pool().size() * 2)), [&](int64_t lo, int64_t hi) {
    for (int64_t j = lo; j < hi; ++j) dgamma[j] = dbeta[j] = 0.f;
    for (int64_t n = 0; n < rows; ++n) {
      const float* xn = x + n * dim;
      const float* dyn = dy + n * dim;
      const float mean = means[n], r = rs[n];
      for (int64_t j = lo; j < hi; ++j) {
        dgamma[j] += dyn[j] * (xn[j] - mean) * r;
        dbeta[j] += dyn[j];
      }
    }
  });
}

namespace {

constexpr float kSqrt2OverPi = 0.7978845608028654f;
constexpr float kGeluC = 0.044715f;

void gelu_block(const float* __restrict x, float* __restrict y, int64_t n) {
  for (int64_t i = 0; i < n; ++i) {
    const float v = x[i];
    const float t = fast_tanh(kSqrt2OverPi * (v + kGeluC * v * v * v));
    y[i] = 0.5f * v * (1.f + t);
  }
}

void gelu_grad_block(const float* __restrict dy, const float* __restrict x, float* __restrict dx, int64_t n) {
  for (int64_t i = 0; i < n; ++i) {
    const float v = x[i];
    const float t = fast_tanh(kSqrt2OverPi * (v + kGeluC * v * v * v));
    const float du = kSqrt2OverPi * (1.f + 3.f * kGeluC * v * v);
    dx[i] = dy[i] * (0.5f * (1.f + t) + 0.5f * v * (1.f - t * t) * du);
  }
}

void silu_block(const float* __restrict x, float* __restrict y, int64_t n) {
  for (int64_t i = 0; i < n; ++i) y[i] = x[i] / (1.f + fast_exp(-x[i]));
}

void silu_grad_block(const float* __restrict dy, const float* __restrict x, float* __restrict dx, int64_t n) {
  for (int64_t i = 0; i < n; ++i) {
    const float s = 1.f / (1.f + fast_exp(-x[i]));
    dx[i] = dy[i] * s * (1.f + x[i] * (1.f - s));
  }
}

}  // namespace

void activation(Activation op, const float* x, float* y, int64_t n) {
  parallel_for(n, kGrain, [&](int64_t lo, int64_t hi) {
    if (op == Activation::Gelu) gelu_block(x + lo, y + lo, hi - lo);
    else silu_block(x + lo, y + lo, hi - lo);
  });
}

void activation_grad(Activation op, const float* dy, const float* x, float* dx, int64_t n) {
  parallel_for(n, kGrain, [&](int64_t lo, int64_t hi) {
    if (op == Activation::Gelu) gelu_grad_block(dy + lo, x + lo, dx + lo, hi - lo);
    else silu_grad_block(dy + lo, x + lo, dx + lo, hi - lo);
  });
}

namespace {
void adamw_block(float* __restrict p, float* __restrict m, float* __restrict v, const float* __restrict g,
                           int64_t n, float lr, float beta1, float beta2, float eps, float decay, float step,
                           float bc2_sqrt) {
  for (int64_t i = 0; i < n; ++i) {
    const float m1 = beta1 * m[i] + (1.f - beta1) * g[i];
    const float v1 = beta2 * v[i] + (1.f - beta2) * g[i] * g[i];
    m[i] = m1;
    v[i] = v1;
    p[i] = p[i] * decay - step * m1 / (std::sqrt(v1) / bc2_sqrt + eps);
  }
}
}  // namespace

void adamw(float* p, float* m, float* v, const float* g, int64_t n, float lr, float beta1, float beta2, float eps,
           float weight_decay, float bc1, float bc2_sqrt) {
  const float decay = 1.f - lr * weight_decay;
  const float step = lr / bc1;
  parallel_for(n, kGrain, [&](int64_t lo, int64_t hi) {
    adamw_block(p + lo, m + lo, v + lo, g + lo, hi - lo, lr, beta1, beta2, eps, decay, step, bc2_sqrt);
  });
}

// ---------------------------------------------------------------------------------------------
// Causal attention. Probabilities of query rows [i0, i1) of one head against keys [0, nk):
// P[r, j] = softmax over allowed keys (j <= (tk - tq) + i and key_mask[j] = 1), 0 elsewhere; a row
// with no allowed key is uniform over all tk keys (what the -1e9 masked score gives).
namespace {

// Row r of P: scores in pr[0..=last] (already q.k), masked by mask_b, softmax in place; entries past
// `last` are zeroed up to nk. Returns false when every key up to `last` is masked. With `lse`, also
// stores the row's log-sum-exp of the scaled scores, so that P[j] = exp(scale * q.k_j - lse).
bool masked_softmax_row(float* __restrict pr, const float* __restrict mask_b, int64_t last, int64_t nk,
                        float scale, float* lse = nullptr) {
  const float ninf = -std::numeric_limits<float>::infinity();
  float m = ninf;
  for (int64_t j = 0; j <= last; ++j) {
    const float s = mask_b[j] != 0.f ? pr[j] * scale : ninf;
    pr[j] = s;
    m = s > m ? s : m;
  }
  if (m == ninf) return false;
  float sum = 0.f;
  for (int64_t j = 0; j <= last; ++j) {
    const float e = pr[j] == ninf ? 0.f : fast_exp(pr[j] - m);
    pr[j] = e;
    sum += e;
  }
  const float inv = 1.f / sum;
  for (int64_t j = 0; j <= last; ++j) pr[j] *= inv;
  for (int64_t j = last + 1; j < nk; ++j) pr[j] = 0.f;
  if (lse) *lse = m + std::log(sum);
  return true;
}

// Query rows up to which attention skips gemm (whose packing costs more than a decode step's few
// dot products) for direct loops.
constexpr int64_t kDirectRows = 4;

// a . b with 8 partial sums (vectorised without reassociating a single accumulator).
float dot(const float* __restrict a, const float* __restrict b, int64_t n) {
  float acc[8] = {0.f, 0.f, 0.f, 0.f, 0.f, 0.f, 0.f, 0.f};
  int64_t c = 0;
  for (; c + 8 <= n; c += 8) {
    for (int l = 0; l < 8; ++l) acc[l] += a[c + l] * b[c + l];
  }
  float sum = ((acc[0] + acc[1]) + (acc[2] + acc[3])) + ((acc[4] + acc[5]) + (acc[6] + acc[7]));
  for (; c < n; ++c) sum += a[c] * b[c];
  return sum;
}

// out[rows, d] = p[rows, nk] . v[nk, d], skipping zero probabilities (masked or causally hidden keys).
void weighted_sum(const float* p, const float* v, int64_t rows, int64_t nk, int64_t d, float* out) {
  for (int64_t r = 0; r < rows; ++r) {
    float* __restrict o = out + r * d;
    std::fill(o, o + d, 0.f);
    for (int64_t j = 0; j < nk; ++j) {
      const float w = p[r * nk + j];
      if (w == 0.f) continue;
      const float* __restrict vj = v + j * d;
      for (int64_t c = 0; c < d; ++c) o[c] += w * vj[c];
    }
  }
}

void attention_probs(const AttentionDims& s, const float* qh, const float* kh, const float* mask_b, float scale,
                     int64_t i0, int64_t i1, int64_t nk, float* p) {
  const int64_t rows = i1 - i0;
  if (rows <= kDirectRows) {
    for (int64_t r = 0; r < rows; ++r) {
      for (int64_t j = 0; j < nk; ++j) p[r * nk + j] = dot(qh + (i0 + r) * s.d, kh + j * s.d, s.d);
    }
  } else {
    gemm_single(false, true, rows, nk, s.d, qh + i0 * s.d, s.d, kh, s.d, p, nk);
  }
  const int64_t offset = s.tk - s.tq;
  for (int64_t r = 0; r < rows; ++r) {
    float* pr = p + r * nk;
    const int64_t last = std::min(nk - 1, offset + i0 + r);  // causal limit (inclusive)
    if (!masked_softmax_row(pr, mask_b, last, nk, scale)) {
      const float u = 1.f / static_cast<float>(s.tk);
      for (int64_t j = 0; j < nk; ++j) pr[j] = u;
    }
  }
}

// dS = P * (dP - sum(P * dP)) * scale over the first n entries (P is 0 beyond them). Returns
// sum(P * dP), the row's delta.
float softmax_backward_row(const float* __restrict pr, float* __restrict dpr, int64_t n, int64_t total, float scale) {
  float dot = 0.f;
  for (int64_t j = 0; j < n; ++j) dot += pr[j] * dpr[j];
  for (int64_t j = 0; j < n; ++j) dpr[j] = pr[j] * (dpr[j] - dot) * scale;
  for (int64_t j = n; j < total; ++j) dpr[j] = 0.f;
  return dot;
}

// Scratch per thread is bounded: a block of query rows against all keys holds at most this many floats.
constexpr int64_t kAttentionScratch = int64_t{1} << 20;
// Tiles of the backward pass: query rows per block of pass 1; key rows per block and query rows per
// tile of pass 2.
constexpr int64_t kQueryBlock = 128, kKeyBlock = 64, kQueryTile = 256;

// One key's row of a pass-2 tile: P[r] = exp(scale * s[r] - lse[r]) for visible query rows r >= first
// (0 for fully masked rows, live = 0), and dS[r] = P[r] (dP[r] - delta[r]) scale, in place.
void tile_probs(float* __restrict p, float* __restrict ds, const float* __restrict lse, const float* __restrict delta,
                const float* __restrict live, int64_t first, int64_t rows, float scale) {
  for (int64_t r = 0; r < first; ++r) p[r] = ds[r] = 0.f;
  for (int64_t r = first; r < rows; ++r) {
    const float pr = fast_exp(p[r] * scale - lse[r]) * live[r];
    p[r] = pr;
    ds[r] = pr * (ds[r] - delta[r]) * scale;
  }
}

bool any_masked(const float* mask, int64_t n) {
  for (int64_t j = 0; j < n; ++j)
    if (mask[j] == 0.f) return true;
  return false;
}

}  // namespace

void attention(const AttentionDims& s, const float* q, const float* k, const float* v, const float* key_mask,
               float scale, float* out) {
  const int64_t groups = s.hq / s.hkv;
  const int64_t heads = s.batch * s.hq;
  const int64_t threads = pool().size();
  int64_t block = s.tq;
  if (heads < threads * 4) block = std::max<int64_t>(16, (s.tq * heads + threads * 4 - 1) / (threads * 4));
  block = std::max<int64_t>(1, std::min(block, kAttentionScratch / std::max<int64_t>(s.tk, 1)));
  const int64_t nblocks = (s.tq + block - 1) / block;
  pool().run(heads * nblocks, [&](int64_t u) {
    const int64_t bh = u / nblocks, blk = u % nblocks;
    const int64_t b = bh / s.hq, h = bh % s.hq, kvh = h / groups;
    const int64_t i0 = blk * block, i1 = std::min(s.tq, i0 + block);
    const float* qh = q + bh * s.tq * s.d;
    const float* kh = k + (b * s.hkv + kvh) * s.cap * s.d;
    const float* vh = v + (b * s.hkv + kvh) * s.cap * s.d;
    const float* mask_b = key_mask + b * s.tk;
    // Keys past the block's last query are causally masked, unless a row may be fully masked
    // (then it averages every key).
    int64_t nk = std::min(s.tk, (s.tk - s.tq) + i1);
    if (any_masked(mask_b, nk)) nk = s.tk;
    thread_local std::vector<float> p;
    p.resize(static_cast<size_t>((i1 - i0) * nk));
    attention_probs(s, qh, kh, mask_b, scale, i0, i1, nk, p.data());
    float* oh = out + (bh * s.tq + i0) * s.d;
    if (i1 - i0 <= kDirectRows) {
      weighted_sum(p.data(), vh, i1 - i0, nk, s.d, oh);
    } else {
      gemm_single(false, false, i1 - i0, s.d, nk, p.data(), nk, vh, s.d, oh, s.d);
    }
  });
}

// The backward pass in two tiled passes, recomputing P as the forward does, so that no thread holds
// more than a block of query rows against the keys (never the Tq x Tk matrix):
//  1. per (batch, query head, block of query rows): P, dP = dY V^T, dS and dQ = dS K; keeps each
//     row's log-sum-exp (infinite for a fully masked row) and delta = sum_j P dP.
//  2. per (batch, KV head, block of key rows): for every query head of the group and every query
//     tile that reaches the block, P^T from the log-sum-exp, dV += P^T dY and dK += dS^T Q.
// Each pass parallelises over its blocks as well as batch x heads, and every output row has one
// writer, so batch 1 and models with few KV heads use every core.
void attention_grad(const AttentionDims& s, const float* dy, const float* q, const float* k, const float* v,
                    const float* key_mask, float scale, float* dq, float* dk, float* dv) {
  const int64_t groups = s.hq / s.hkv;
  const int64_t tq = s.tq, tk = s.tk, d = s.d, offset = tk - tq;
  // Per query row: log-sum-exp of its scores, delta = sum_j P dP, and live = 0 for a fully masked row.
  std::vector<float> lse(static_cast<size_t>(s.batch * s.hq * tq)), delta(lse.size()), live(lse.size());

  // Pass 1: dQ. Blocks are taken last first: the last query rows see the most keys.
  const int64_t qblock = std::max<int64_t>(1, std::min(kQueryBlock, kAttentionScratch / tk));
  const int64_t nqblocks = (tq + qblock - 1) / qblock;
  pool().run(s.batch * s.hq * nqblocks, [&](int64_t u) {
    const int64_t bh = u / nqblocks, blk = nqblocks - 1 - u % nqblocks;
    const int64_t b = bh / s.hq, kvh = (bh % s.hq) / groups;
    const int64_t i0 = blk * qblock, i1 = std::min(tq, i0 + qblock), rows = i1 - i0;
    const int64_t nk = std::min(tk, offset + i1);  // keys any row of the block may see
    const float* qh = q + bh * tq * d;
    const float* dyh = dy + bh * tq * d;
    const float* kh = k + (b * s.hkv + kvh) * tk * d;
    const float* vh = v + (b * s.hkv + kvh) * tk * d;
    const float* mask_b = key_mask + b * tk;
    thread_local std::vector<float> p, dp;
    p.resize(static_cast<size_t>(rows * nk));
    dp.resize(p.size());
    gemm_single(false, true, rows, nk, d, qh + i0 * d, d, kh, d, p.data(), nk);
    gemm_single(false, true, rows, nk, d, dyh + i0 * d, d, vh, d, dp.data(), nk);
    for (int64_t r = 0; r < rows; ++r) {
      float* pr = p.data() + r * nk;
      float* dpr = dp.data() + r * nk;
      const int64_t i = i0 + r, last = offset + i;
      const int64_t row = bh * tq + i;
      live[row] = masked_softmax_row(pr, mask_b, last, nk, scale, &lse[row]) ? 1.f : 0.f;
      if (live[row] == 0.f) {
        // Fully masked: uniform over every key, no score gradient (dV gets its share in pass 2).
        lse[row] = delta[row] = 0.f;
        std::fill(dpr, dpr + nk, 0.f);
        continue;
      }
      delta[row] = softmax_backward_row(pr, dpr, last + 1, nk, scale);
    }
    gemm_single(false, false, rows, d, nk, dp.data(), nk, kh, d, dq + (bh * tq + i0) * d, d);
  });

  // Pass 2: dK and dV. Blocks are taken first first: the first keys are seen by the most queries.
  const int64_t kblock = kKeyBlock, tile = kQueryTile;
  const int64_t nkblocks = (tk + kblock - 1) / kblock;
  pool().run(s.batch * s.hkv * nkblocks, [&](int64_t u) {
    const int64_t bkv = u / nkblocks, blk = u % nkblocks;
    const int64_t b = bkv / s.hkv, kvh = bkv % s.hkv;
    const int64_t j0 = blk * kblock, j1 = std::min(tk, j0 + kblock), keys = j1 - j0;
    const float* kb = k + (bkv * tk + j0) * d;
    const float* vb = v + (bkv * tk + j0) * d;
    float* dkb = dk + (bkv * tk + j0) * d;
    float* dvb = dv + (bkv * tk + j0) * d;
    const float* mask_b = key_mask + b * tk;
    thread_local std::vector<float> pt, dst, tmp, uniform;
    pt.resize(static_cast<size_t>(kblock * tile));
    dst.resize(pt.size());
    tmp.resize(static_cast<size_t>(kblock * d));
    uniform.assign(static_cast<size_t>(d), 0.f);
    std::fill(dkb, dkb + keys * d, 0.f);
    std::fill(dvb, dvb + keys * d, 0.f);
    for (int64_t g = 0; g < groups; ++g) {
      const int64_t bh = b * s.hq + kvh * groups + g;
      const float* qh = q + bh * tq * d;
      const float* dyh = dy + bh * tq * d;
      const float* lse_h = lse.data() + bh * tq;
      const float* delta_h = delta.data() + bh * tq;
      const float* live_h = live.data() + bh * tq;
      for (int64_t i = 0; i < tq; ++i) {  // fully masked rows spread dY evenly over every key
        if (live_h[i] == 0.f) {
          for (int64_t c = 0; c < d; ++c) uniform[c] += dyh[i * d + c];
        }
      }
      for (int64_t i0 = std::max<int64_t>(0, j0 - offset); i0 < tq; i0 += tile) {
        const int64_t rows = std::min(tile, tq - i0);
        // pt[jj, r] = P[i0 + r, j0 + jj]; dst = dP^T, then dS^T.
        gemm_single(false, true, keys, rows, d, kb, d, qh + i0 * d, d, pt.data(), rows);
        gemm_single(false, true, keys, rows, d, vb, d, dyh + i0 * d, d, dst.data(), rows);
        for (int64_t jj = 0; jj < keys; ++jj) {
          const int64_t j = j0 + jj;
          // Rows before `first` cannot see key j (causal); a masked key is seen by none.
          const int64_t first = mask_b[j] != 0.f ? std::min(rows, std::max<int64_t>(0, j - offset - i0)) : rows;
          tile_probs(pt.data() + jj * rows, dst.data() + jj * rows, lse_h + i0, delta_h + i0, live_h + i0, first,
                     rows, scale);
        }
        gemm_single(false, false, keys, d, rows, pt.data(), rows, dyh + i0 * d, d, tmp.data(), d);
        for (int64_t e = 0; e < keys * d; ++e) dvb[e] += tmp[e];
        gemm_single(false, false, keys, d, rows, dst.data(), rows, qh + i0 * d, d, tmp.data(), d);
        for (int64_t e = 0; e < keys * d; ++e) dkb[e] += tmp[e];
      }
    }
    const float share = 1.f / static_cast<float>(tk);
    for (int64_t jj = 0; jj < keys; ++jj) {
      for (int64_t c = 0; c < d; ++c) dvb[jj * d + c] += uniform[c] * share;
    }
  });
}

}  // namespace SC_ISA
}  // namespace sc
