// Single-precision matrix multiply: a BLAS found at run time (OpenBLAS, Accelerate) or a
// blocked, packed kernel of our own. Both run single-threaded per call; batched_gemm splits
// the work across sc::pool() so that only one set of threads ever runs.
#pragma once

#include <cstdint>
#include <string>

namespace sc {

/** The BLAS found at load, e.g. "openblas (libopenblas.so.0, OpenBLAS 0.3.21 ...)", or "none". */
std::string blas_name();

/** The sgemm in use: "openblas", "accelerate" or "builtin-<simd>". */
std::string gemm_kernel();

/** 0: builtin sgemm, 1: the BLAS when found, 2: auto (builtin on AVX-512, else the BLAS). Returns whether BLAS is used. */
bool use_blas(int mode);

/**
 * Row-major C[m,n] = op(A)[m,k] * op(B)[k,n] (beta = 0), single thread.
 * op(A) = A ([m,k], lda) or A^T (A is [k,m], lda).
 */
void gemm_single(bool trans_a, bool trans_b, int64_t m, int64_t n, int64_t k, const float* a, int64_t lda,
                 const float* b, int64_t ldb, float* c, int64_t ldc);

/**
 * Batched row-major matmul over `batch` matrices, split across the pool. A batch stride of 0
 * broadcasts that operand. Matrices are dense: lda = trans_a ? m : k, ldb = trans_b ? k : n.
 */
void batched_gemm(int64_t batch, bool trans_a, bool trans_b, int64_t m, int64_t n, int64_t k, const float* a,
                  int64_t stride_a, const float* b, int64_t stride_b, float* c);

}  // namespace sc
