// The kernels of kernels.h and fused.h in namespace sc: each runs the SIMD path sc::simd() selects.
#include "fused.h"
#include "kernels.h"
#include "simd.h"

namespace sc {

#if SC_SIMD_X86
#define SC_DISPATCH(call)                        \
  switch (simd()) {                              \
    case Simd::Avx512: return avx512::call;      \
    case Simd::Avx2: return avx2::call;          \
    default: return generic::call;               \
  }
#else
#define SC_DISPATCH(call) return generic::call;
#endif

void binary(BinaryOp op, const float* a, const std::vector<int64_t>& as, const float* b,
            const std::vector<int64_t>& bs, float* out, const std::vector<int64_t>& os) {
  SC_DISPATCH(binary(op, a, as, b, bs, out, os))
}
void unary(UnaryOp op, const float* x, float* out, int64_t n) { SC_DISPATCH(unary(op, x, out, n)) }
void reduce(ReduceOp op, const float* x, float* out, int64_t outer, int64_t size, int64_t inner) {
  SC_DISPATCH(reduce(op, x, out, outer, size, inner))
}
void softmax(const float* x, float* out, int64_t rows, int64_t cols) { SC_DISPATCH(softmax(x, out, rows, cols)) }
void transpose(const uint32_t* x, const std::vector<int64_t>& shape, const std::vector<int64_t>& perm,
               uint32_t* out) {
  SC_DISPATCH(transpose(x, shape, perm, out))
}
int64_t gather(const uint32_t* x, int64_t outer, int64_t dim, int64_t inner, const int32_t* indices, int64_t n,
               uint32_t* out) {
  SC_DISPATCH(gather(x, outer, dim, inner, indices, n, out))
}
void unsorted_segment_sum(const float* data, const int32_t* ids, int64_t rows, int64_t inner, int64_t segments,
                          float* out) {
  SC_DISPATCH(unsorted_segment_sum(data, ids, rows, inner, segments, out))
}

int64_t cross_entropy(const float* logits, const int32_t* targets, int64_t rows, int64_t vocab, float* nll) {
  SC_DISPATCH(cross_entropy(logits, targets, rows, vocab, nll))
}
void cross_entropy_grad(const float* dy, const float* logits, const int32_t* targets, int64_t rows, int64_t vocab,
                        float* dlogits) {
  SC_DISPATCH(cross_entropy_grad(dy, logits, targets, rows, vocab, dlogits))
}
void rms_norm(const float* x, const float* w, int64_t rows, int64_t dim, float eps, float* y) {
  SC_DISPATCH(rms_norm(x, w, rows, dim, eps, y))
}
void rms_norm_grad(const float* dy, const float* x, const float* w, int64_t rows, int64_t dim, float eps, float* dx,
                   float* dw) {
  SC_DISPATCH(rms_norm_grad(dy, x, w, rows, dim, eps, dx, dw))
}
void layer_norm(const float* x, const float* gamma, const float* beta, int64_t rows, int64_t dim, float eps,
                float* y) {
  SC_DISPATCH(layer_norm(x, gamma, beta, rows, dim, eps, y))
}
void layer_norm_grad(const float* dy, const float* x, const float* gamma, int64_t rows, int64_t dim, float eps,
                     float* dx, float* dgamma, float* dbeta) {
  SC_DISPATCH(layer_norm_grad(dy, x, gamma, rows, dim, eps, dx, dgamma, dbeta))
}
void activation(Activation op, const float* x, float* y, int64_t n) { SC_DISPATCH(activation(op, x, y, n)) }
void activation_grad(Activation op, const float* dy, const float* x, float* dx, int64_t n) {
  SC_DISPATCH(activation_grad(op, dy, x, dx, n))
}
void adamw(float* p, float* m, float* v, const float* g, int64_t n, float lr, float beta1, float beta2, float eps,
           float weight_decay, float bc1, float bc2_sqrt) {
  SC_DISPATCH(adamw(p, m, v, g, n, lr, beta1, beta2, eps, weight_decay, bc1, bc2_sqrt))
}
void attention(const AttentionDims& s, const float* q, const float* k, const float* v, const float* key_mask,
               float scale, float* out) {
  SC_DISPATCH(attention(s, q, k, v, key_mask, scale, out))
}
void attention_grad(const AttentionDims& s, const float* dy, const float* q, const float* k, const float* v,
                    const float* key_mask, float scale, float* dq, float* dk, float* dv) {
  SC_DISPATCH(attention_grad(s, dy, q, k, v, key_mask, scale, dq, dk, dv))
}

}  // namespace sc
