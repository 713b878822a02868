// Element-wise, reduction, softmax, transpose and indexing kernels on float32 (and 4-byte) data.
// Every function is multi-threaded through sc::parallel_for and writes only to its output.
// kernels.cc is compiled once per SIMD path (see simd.h) into sc::generic, sc::avx2 and sc::avx512;
// the functions in sc run the path sc::simd() selects.
#pragma once

#include <cstdint>
#include <vector>

#include "simd.h"

namespace sc {

enum class BinaryOp { Add = 0, Sub, Mul, Div, Max, Min, SquaredDifference };
enum class UnaryOp { Exp = 0, Log, Tanh, Sqrt, Rsqrt, Neg, Square, Relu, Sigmoid, Abs, Reciprocal };
enum class ReduceOp { Sum = 0, Max, Min, Mean, Prod };

}  // namespace sc

namespace sc {
#include "kernels-api.inc"
}  // namespace sc
namespace sc::generic {
#include "kernels-api.inc"
}  // namespace sc::generic
#if SC_SIMD_X86
namespace sc::avx2 {
#include "kernels-api.inc"
}  // namespace sc::avx2
namespace sc::avx512 {
#include "kernels-api.inc"
}  // namespace sc::avx512
#endif
