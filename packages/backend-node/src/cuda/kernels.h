// Launchers of the CUDA kernels: host functions that check their sizes, launch on stream() and return
// an error message naming the kernel (empty on success). Pointers were checked by the addon against
// live allocations before these run; element counts here are what each kernel reads or writes.
#pragma once
#include <cstdint>
#include <string>
#include "common.h"

namespace sc {

/** Element types on the device: float32, or int32 (tfjs int32 and bool, stored as 0/1 words). */
enum DType : int { kF32 = 0, kI32 = 1 };

// ---- element-wise (elementwise.cu) ----
enum BinaryOp : int {
  kAdd = 0, kSub, kMul, kDiv, kMax, kMin, kSquaredDiff, kPow, kFloorDiv, kMod,
  kEqual, kNotEqual, kLess, kLessEqual, kGreater, kGreaterEqual, kLogicalAnd, kLogicalOr, kAtan2,
  kBinaryOpCount
};
/** True for ops whose output is a bool (int32 0/1) whatever the input type. */
inline bool binaryIsComparison(int op) { return op >= kEqual && op <= kLogicalOr; }
/** out[outShape] = a[aShape] op b[bShape] with numpy broadcasting (shapes right-aligned, rank <= kMaxRank). */
std::string binary(int op, int dtype, const void* a, const Shape& aShape, const void* b, const Shape& bShape, void* out,
                   const Shape& outShape);

enum UnaryOp : int {
  kExp = 0, kLog, kTanh, kSqrt, kRsqrt, kNeg, kSquare, kRelu, kSigmoid, kAbs, kReciprocal, kSin, kCos, kErf,
  kSoftplus, kLog1p, kExpm1, kFloor, kCeil, kRound, kSign, kElu, kRelu6, kLeakyRelu, kClip, kStep, kIsNan,
  kLogicalNot, kSelu, kAtan, kUnaryOpCount
};
/** out = op(x) elementwise; p0/p1: alpha (LeakyRelu, Step), min/max (Clip). int32 supports Neg, Abs, Square, Sign, LogicalNot, Clip. */
std::string unary(int op, int dtype, const void* x, void* out, int64_t n, float p0, float p1);
/** Element type conversion (to int32: truncation toward zero; to bool: x != 0). */
std::string cast(const void* x, int fromDtype, void* out, int toDtype, bool toBool, int64_t n);
/** out[i] = value. */
std::string fill(void* out, int dtype, double value, int64_t n);
/** out[i] = start + i·step. */
std::string range(void* out, int dtype, double start, double step, int64_t n);
/** out = cond ? a : b; cond has n elements, or `rows` (one per leading row of length n / rows). 4-byte words. */
std::string select(const int32_t* cond, int64_t condSize, const void* a, const void* b, void* out, int64_t n);
/** out = Σ inputs (float32 or int32), up to 8 inputs per call (accumulate: out += Σ). */
std::string addN(const void* const* inputs, int count, int dtype, void* out, int64_t n, bool accumulate);

// ---- layout (layout.cu); all copy 4-byte words ----
/** out = transpose(x, perm). */
std::string transpose(const void* x, const Shape& shape, const int* perm, void* out);
/** out[i] = x[begin + i·stride] per axis (Slice, StridedSlice); outShape is the result's shape. */
std::string stridedSlice(const void* x, const Shape& shape, const int64_t* begin, const int64_t* stride, void* out,
                         const Shape& outShape);
/** Copies a [rows, srcCols] block into columns [offset, offset + srcCols) of a [rows, dstCols] matrix (Concat). */
std::string copyColumns(const void* src, int64_t rows, int64_t srcCols, void* dst, int64_t dstCols, int64_t offset);
/** out = pad(x) with `before` leading pads per axis and `value` elsewhere. */
std::string pad(const void* x, const Shape& shape, const int64_t* before, void* out, const Shape& outShape, int dtype,
                double value);
/** out[i] = x[i mod shape] per axis (Tile, BroadcastTo). */
std::string tile(const void* x, const Shape& shape, void* out, const Shape& outShape);
/** out[o, j, i] = x[o, indices[j], i] for x [outer, dim, inner] (GatherV2; out-of-range indices are clamped and reported). */
std::string gather(const void* x, int64_t outer, int64_t dim, int64_t inner, const int32_t* indices, int64_t n, void* out);
/** out[s, i] = Σ_{r: ids[r] = s} data[r, i] for ids in [0, segments) (others dropped); out is zeroed first. */
std::string segmentSum(const void* data, int dtype, const int32_t* ids, int64_t rows, int64_t inner, int64_t segments,
                       void* out);
/** ScatterNd: out (zeroed, outSize elements) += updates at the slices `indices` [n, indexDepth] select. */
std::string scatterNd(const int32_t* indices, int64_t n, int indexDepth, const int64_t* sliceStrides, const void* updates,
                      int dtype, int64_t sliceSize, void* out, int64_t outSize);
/** out[r, d] = indices[r] == d ? on : off. */
std::string oneHot(const int32_t* indices, int64_t n, int64_t depth, double on, double off, int dtype, void* out);

// ---- reductions (reduce.cu) ----
enum ReduceOp : int { kSum = 0, kMaxR, kMinR, kMean, kProd, kAll, kAny, kArgMax, kArgMin };
/** Reduces x [outer, size, inner] over the middle axis into out [outer, inner] (ArgMax/ArgMin: int32 positions). */
std::string reduce(int op, int dtype, const void* x, int64_t outer, int64_t size, int64_t inner, void* out);
/** Row softmax (or log-softmax) of x [rows, cols]. */
std::string softmax(const float* x, float* out, int64_t rows, int64_t cols, bool logSoftmax);
/** Cumulative sum along the middle axis of [outer, size, inner]. */
std::string cumsum(const void* x, int dtype, int64_t outer, int64_t size, int64_t inner, bool exclusive, bool reverse,
                   void* out);

// ---- core's fused ops (fused.cu, attention.cu) ----
std::string rmsNorm(const float* x, const float* w, int64_t rows, int64_t dim, float eps, float* out);
std::string rmsNormGrad(const float* dy, const float* x, const float* w, int64_t rows, int64_t dim, float eps, float* dx,
                        float* dw);
std::string layerNorm(const float* x, const float* gamma, const float* beta, int64_t rows, int64_t dim, float eps,
                      float* out);
std::string layerNormGrad(const float* dy, const float* x, const float* gamma, int64_t rows, int64_t dim, float eps,
                          float* dx, float* dGamma, float* dBeta);
/** nll[r] = logsumexp(logits[r]) - logits[r, targets[r]]. */
std::string crossEntropy(const float* logits, const int32_t* targets, int64_t rows, int64_t vocab, float* nll);
std::string crossEntropyGrad(const float* dy, const float* logits, const int32_t* targets, int64_t rows, int64_t vocab,
                             float* dLogits);
/** op 0 = GELU (tanh form), 1 = SiLU. */
std::string activation(int op, const float* x, float* out, int64_t n);
std::string activationGrad(int op, const float* dy, const float* x, float* dx, int64_t n);
/** hyper = {lr, beta1, beta2, eps, weightDecay, bc1, bc2Sqrt}. */
std::string adamw(const float* p, const float* m, const float* v, const float* g, int64_t n, const float* hyper,
                  float* pOut, float* mOut, float* vOut);
/** Rotate-half RoPE of x [b, h, t, d] with cos/sin [b, t, d/2]; sign -1 for the gradient. */
std::string rope(const float* x, const float* cos, const float* sin, int64_t b, int64_t h, int64_t t, int64_t d,
                 float sign, float* out);
std::string gae(const float* rewards, const float* values, const float* mask, int64_t rows, int64_t time, float gamma,
                float lambda, float* advantages, float* returns);

/** Attention sizes: q [b, hq, tq, d], k/v [b, hkv, tk, d], keyMask [b, tk]. */
struct AttentionDims {
  int b, hq, hkv, tq, tk, d;
};
/** Largest head dimension the fused attention kernels take. */
constexpr int kMaxHeadDim = 128;
/** Causal attention (query i sees keys j <= tk - tq + i with keyMask 1), tiled with an online softmax. */
std::string attention(const float* q, const float* k, const float* v, const float* keyMask, const AttentionDims& dims,
                      float scale, float* out);
std::string attentionGrad(const float* dy, const float* q, const float* k, const float* v, const float* keyMask,
                          const AttentionDims& dims, float scale, float* dq, float* dk, float* dv);

}  // namespace sc
