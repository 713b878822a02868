// Element-wise, reduction, softmax, transpose and indexing kernels on float32 (and 4-byte) data.
// Every function is multi-threaded through sc::parallel_for and writes only to its output.
#pragma once

#include <cstdint>
#include <vector>

namespace sc {

enum class BinaryOp { Add = 0, Sub, Mul, Div, Max, Min, SquaredDifference };
enum class UnaryOp { Exp = 0, Log, Tanh, Sqrt, Rsqrt, Neg, Square, Relu, Sigmoid, Abs, Reciprocal };
enum class ReduceOp { Sum = 0, Max, Min, Mean, Prod };

/** out = a (op) b with numpy broadcasting; shapes are the operands' own shapes. */
void binary(BinaryOp op, const float* a, const std::vector<int64_t>& a_shape, const float* b,
            const std::vector<int64_t>& b_shape, float* out, const std::vector<int64_t>& out_shape);

void unary(UnaryOp op, const float* x, float* out, int64_t n);

/** Reduces x viewed as [outer, size, inner] over the middle axis into out [outer, inner]. */
void reduce(ReduceOp op, const float* x, float* out, int64_t outer, int64_t size, int64_t inner);

/** Softmax over rows of length `cols`. */
void softmax(const float* x, float* out, int64_t rows, int64_t cols);

/** Permutes a dense tensor of 4-byte elements: out.shape[i] = shape[perm[i]]. */
void transpose(const uint32_t* x, const std::vector<int64_t>& shape, const std::vector<int64_t>& perm,
               uint32_t* out);

/**
 * out[o, i, :] = x[o, indices[i], :] for x viewed as [outer, dim, inner] (4-byte elements).
 * Returns the position of the first out-of-range index, or -1.
 */
int64_t gather(const uint32_t* x, int64_t outer, int64_t dim, int64_t inner, const int32_t* indices, int64_t n,
               uint32_t* out);

/** out[s, :] = sum over rows r with ids[r] == s of data[r, :]; ids outside [0, segments) are dropped. */
void unsorted_segment_sum(const float* data, const int32_t* ids, int64_t rows, int64_t inner, int64_t segments,
                          float* out);

/** A vectorisable exp accurate to a few ulp (used by softmax and the fused kernels). */
float fast_exp_scalar(float x);

}  // namespace sc
