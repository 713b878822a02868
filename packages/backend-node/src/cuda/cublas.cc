#include "cublas.h"
#include <dlfcn.h>
#include <mutex>

namespace sc {
namespace {

// From cublas_api.h / library_types.h (values fixed since CUDA 11).
using cublasHandle_t = void*;
using cublasStatus_t = int;
constexpr int kCublasOpN = 0;
constexpr int kCublasOpT = 1;
constexpr int kCudaR32F = 0;
constexpr int kComputeFp32 = 68;      // CUBLAS_COMPUTE_32F
constexpr int kComputeFastBf16 = 75;  // CUBLAS_COMPUTE_32F_FAST_16BF
constexpr int kComputeFastTf32 = 77;  // CUBLAS_COMPUTE_32F_FAST_TF32
constexpr int kGemmDefault = -1;      // CUBLAS_GEMM_DEFAULT

using CreateFn = cublasStatus_t (*)(cublasHandle_t*);
using SetStreamFn = cublasStatus_t (*)(cublasHandle_t, cudaStream_t);
using GetVersionFn = cublasStatus_t (*)(cublasHandle_t, int*);
using GemmExFn = cublasStatus_t (*)(cublasHandle_t, int, int, int, int, int, const void*, const void*, int, int,
                                    long long, const void*, int, int, long long, const void*, void*, int, int,
                                    long long, int, int, int);

struct Library {
  cublasHandle_t handle = nullptr;
  GemmExFn gemmEx = nullptr;
  int computeType = kComputeFp32;
};
Library lib;

std::string dirOf(const std::string& path) {
  size_t slash = path.rfind('/');
  return slash == std::string::npos ? std::string() : path.substr(0, slash + 1);
}

/** The soname suffix of a libcublas path (".so.13") so the matching libcublasLt is opened. */
std::string versionSuffix(const std::string& path) {
  size_t so = path.rfind(".so");
  return so == std::string::npos ? std::string(".so") : path.substr(so);
}

const char* statusName(cublasStatus_t s) {
  switch (s) {
    case 0: return "CUBLAS_STATUS_SUCCESS";
    case 1: return "CUBLAS_STATUS_NOT_INITIALIZED";
    case 3: return "CUBLAS_STATUS_ALLOC_FAILED";
    case 7: return "CUBLAS_STATUS_INVALID_VALUE";
    case 8: return "CUBLAS_STATUS_ARCH_MISMATCH";
    case 11: return "CUBLAS_STATUS_MAPPING_ERROR";
    case 13: return "CUBLAS_STATUS_EXECUTION_FAILED";
    case 14: return "CUBLAS_STATUS_INTERNAL_ERROR";
    case 15: return "CUBLAS_STATUS_NOT_SUPPORTED";
    case 16: return "CUBLAS_STATUS_LICENSE_ERROR";
    default: return "CUBLAS_STATUS_(unknown)";
  }
}

}  // namespace

CublasStatus cublasLoad(const std::vector<std::string>& candidates) {
  static std::mutex mutex;
  static CublasStatus loaded;
  std::lock_guard<std::mutex> lock(mutex);
  if (loaded.ok) return loaded;
  std::string tried;
  for (const std::string& candidate : candidates) {
    std::string dir = dirOf(candidate);
    // libcublas needs libcublasLt of the same release; open it from the same folder first.
    std::string lt = dir + "libcublasLt" + versionSuffix(candidate);
    dlopen(lt.c_str(), RTLD_NOW | RTLD_GLOBAL);
    void* so = dlopen(candidate.c_str(), RTLD_NOW | RTLD_LOCAL);
    if (so == nullptr) {
      const char* err = dlerror();
      tried += "\n  " + candidate + ": " + (err != nullptr ? err : "dlopen failed");
      continue;
    }
    auto create = reinterpret_cast<CreateFn>(dlsym(so, "cublasCreate_v2"));
    auto setStream = reinterpret_cast<SetStreamFn>(dlsym(so, "cublasSetStream_v2"));
    auto getVersion = reinterpret_cast<GetVersionFn>(dlsym(so, "cublasGetVersion_v2"));
    auto gemmEx = reinterpret_cast<GemmExFn>(dlsym(so, "cublasGemmStridedBatchedEx"));
    if (create == nullptr || setStream == nullptr || getVersion == nullptr || gemmEx == nullptr) {
      tried += "\n  " + candidate + ": missing cublasCreate_v2/cublasSetStream_v2/cublasGetVersion_v2/cublasGemmStridedBatchedEx";
      continue;
    }
    cublasHandle_t handle = nullptr;
    cublasStatus_t s = create(&handle);
    if (s != 0) {
      tried += "\n  " + candidate + ": cublasCreate failed with " + statusName(s);
      continue;
    }
    s = setStream(handle, stream());
    if (s != 0) {
      tried += "\n  " + candidate + ": cublasSetStream failed with " + statusName(s);
      continue;
    }
    int version = 0;
    getVersion(handle, &version);
    lib.handle = handle;
    lib.gemmEx = gemmEx;
    loaded.ok = true;
    loaded.path = candidate;
    loaded.version = version;
    return loaded;
  }
  CublasStatus failed;
  failed.reason = candidates.empty() ? "no cuBLAS candidates to try" : "no usable cuBLAS among:" + tried;
  return failed;
}

void cublasSetPrecision(GemmPrecision precision) {
  lib.computeType = precision == GemmPrecision::kTf32   ? kComputeFastTf32
                    : precision == GemmPrecision::kBf16 ? kComputeFastBf16
                                                        : kComputeFp32;
}

std::string gemm(const float* a, const float* b, float* c, int batch, int m, int n, int k, bool transposeA,
                 bool transposeB, long long strideA, long long strideB) {
  if (lib.gemmEx == nullptr) return "gemm: cuBLAS is not loaded";
  if (batch <= 0 || m <= 0 || n <= 0) return "";
  const float one = 1.0f;
  const float zero = 0.0f;
  // Row-major C = A·B is column-major Cᵀ = Bᵀ·Aᵀ: swap the operands, keep each one's transpose flag.
  const int lda = transposeA ? m : k;
  const int ldb = transposeB ? k : n;
  cublasStatus_t s = lib.gemmEx(lib.handle, transposeB ? kCublasOpT : kCublasOpN, transposeA ? kCublasOpT : kCublasOpN,
                                n, m, k, &one, b, kCudaR32F, ldb, strideB, a, kCudaR32F, lda, strideA, &zero, c,
                                kCudaR32F, n, static_cast<long long>(m) * n, batch, lib.computeType, kGemmDefault);
  if (s != 0) {
    return std::string("gemm (cublasGemmStridedBatchedEx m=") + std::to_string(m) + " n=" + std::to_string(n) +
           " k=" + std::to_string(k) + " batch=" + std::to_string(batch) + "): " + statusName(s);
  }
  return checkLaunch("gemm");
}

}  // namespace sc
