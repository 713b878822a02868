// cuBLAS, opened at run time with dlopen: the addon builds and loads where cuBLAS is not installed
// (CI, CPU-only machines) and reports why cuda is unavailable instead of failing to load. The few entry
// points used are declared here from cuBLAS's stable C ABI (cublas_api.h, CUDA 11-13), since the
// toolkit on the build machine need not ship cuBLAS headers.
#pragma once
#include <string>
#include <vector>
#include "common.h"

namespace sc {

/** Matmul precision: fp32 (default, exact cuBLAS SGEMM), tf32 or bf16 tensor-core autocast (fp32 in/out). */
enum class GemmPrecision { kFp32 = 0, kTf32 = 1, kBf16 = 2 };

/** What loading cuBLAS found. */
struct CublasStatus {
  bool ok = false;
  std::string path;     // the library opened
  std::string reason;   // why none could be used (every candidate and its dlerror)
  int version = 0;      // cublasGetVersion: major*10000 + minor*100 + patch (cuBLAS >= 12)
};

/**
 * Opens cuBLAS from the first candidate that loads and has every entry point, then creates a handle
 * bound to stream(). A candidate is a file path or a bare soname; cuBLASLt from the same folder is
 * opened first (RTLD_GLOBAL) so libcublas finds it without LD_LIBRARY_PATH.
 */
CublasStatus cublasLoad(const std::vector<std::string>& candidates);

/** Sets the compute type of later gemms. */
void cublasSetPrecision(GemmPrecision precision);

/**
 * Row-major batched C[b] = op(A[b]) · op(B[b]) with C [m, n], op(A) [m, k], op(B) [k, n]; strides in
 * elements (0 broadcasts one matrix to every batch). Returns an error message or empty.
 */
std::string gemm(const float* a, const float* b, float* c, int batch, int m, int n, int k, bool transposeA,
                 bool transposeB, long long strideA, long long strideB);

}  // namespace sc
