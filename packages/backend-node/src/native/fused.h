// Fused kernels for Stagecoach's custom ops (contracts in packages/core/src/ops/*.ts).
#pragma once

#include <cstdint>

namespace sc {

/** nll[n] = logsumexp(logits[n]) - logits[n, targets[n]]. Returns the first bad target's row, or -1. */
int64_t cross_entropy(const float* logits, const int32_t* targets, int64_t rows, int64_t vocab, float* nll);
/** dlogits[n, v] = dy[n] * (softmax(logits[n])[v] - [v == targets[n]]). */
void cross_entropy_grad(const float* dy, const float* logits, const int32_t* targets, int64_t rows, int64_t vocab,
                        float* dlogits);

void rms_norm(const float* x, const float* w, int64_t rows, int64_t dim, float eps, float* y);
void rms_norm_grad(const float* dy, const float* x, const float* w, int64_t rows, int64_t dim, float eps, float* dx,
                   float* dw);

void layer_norm(const float* x, const float* gamma, const float* beta, int64_t rows, int64_t dim, float eps,
                float* y);
void layer_norm_grad(const float* dy, const float* x, const float* gamma, int64_t rows, int64_t dim, float eps,
                     float* dx, float* dgamma, float* dbeta);

/** GELU (tanh approximation, HF gelu_new) = 0, SiLU = 1. */
enum class Activation { Gelu = 0, Silu = 1 };
void activation(Activation op, const float* x, float* y, int64_t n);
/** dx = dy * activation'(x). */
void activation_grad(Activation op, const float* dy, const float* x, float* dx, int64_t n);

/**
 * One AdamW update (PyTorch's form), in place on p, m, v of n floats:
 * m = b1 m + (1 - b1) g; v = b2 v + (1 - b2) g^2; p = p (1 - lr wd) - (lr / bc1) m / (sqrt(v) / bc2_sqrt + eps).
 */
void adamw(float* p, float* m, float* v, const float* g, int64_t n, float lr, float beta1, float beta2, float eps,
           float weight_decay, float bc1, float bc2_sqrt);

/** Shapes of a causal attention call: q [B, Hq, Tq, D], k/v [B, Hkv, Tk, D], keyMask [B, Tk]. */
struct AttentionDims {
  int64_t batch, hq, hkv, tq, tk, d;
};
void attention(const AttentionDims& s, const float* q, const float* k, const float* v, const float* key_mask,
               float scale, float* out);
void attention_grad(const AttentionDims& s, const float* dy, const float* q, const float* k, const float* v,
                    const float* key_mask, float scale, float* dq, float* dk, float* dv);

}  // namespace sc
