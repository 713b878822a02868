#include "gemm.h"

#include <dlfcn.h>

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <mutex>
#include <vector>

#include "pool.h"
#include "simd.h"

namespace sc {

// ---------------------------------------------------------------------------------------------
// BLAS loaded at run time.
namespace {

enum { kRowMajor = 101, kNoTrans = 111, kTrans = 112 };
using SgemmFn = void (*)(int, int, int, int, int, int, float, const float*, int, const float*, int, float,
                         float*, int);
using SetThreadsFn = void (*)(int);
using ConfigFn = char* (*)();

struct Blas {
  SgemmFn sgemm = nullptr;
  std::string name = "builtin";
  bool enabled = false;
};

Blas& blas() {
  static Blas b = [] {
    Blas out;
    const char* disable = std::getenv("STAGECOACH_BLAS");
    if (disable && std::strcmp(disable, "builtin") == 0) return out;
    std::vector<std::string> candidates;
    if (disable && *disable) candidates.emplace_back(disable);  // explicit library path
#if defined(__APPLE__)
    candidates.emplace_back("/System/Library/Frameworks/Accelerate.framework/Accelerate");
    candidates.emplace_back("libopenblas.dylib");
#else
    candidates.emplace_back("libopenblas.so.0");
    candidates.emplace_back("libopenblasp.so.0");
    candidates.emplace_back("libopenblas.so");
    candidates.emplace_back("/usr/lib/x86_64-linux-gnu/openblas-pthread/libopenblas.so.0");
    candidates.emplace_back("/usr/lib/aarch64-linux-gnu/openblas-pthread/libopenblas.so.0");
#endif
    for (const auto& path : candidates) {
      void* h = dlopen(path.c_str(), RTLD_NOW | RTLD_LOCAL);
      if (!h) continue;
      auto fn = reinterpret_cast<SgemmFn>(dlsym(h, "cblas_sgemm"));
      if (!fn) {
        dlclose(h);
        continue;
      }
      // One BLAS thread per call: our pool splits the work, so two thread pools never spin
      // against each other on the same cores.
      if (auto set = reinterpret_cast<SetThreadsFn>(dlsym(h, "openblas_set_num_threads"))) set(1);
      std::string label = path.find("Accelerate") != std::string::npos ? "accelerate" : "openblas";
      if (auto cfg = reinterpret_cast<ConfigFn>(dlsym(h, "openblas_get_config"))) {
        label += " (" + path + ", " + std::string(cfg()) + ")";
      } else {
        label += " (" + path + ")";
      }
      out.sgemm = fn;
      out.name = label;
      out.enabled = simd_supported() != Simd::Avx512;
      break;
    }
    return out;
  }();
  return b;
}

// ---------------------------------------------------------------------------------------------
// Builtin blocked sgemm: pack A into MR-row panels and B into NR-column panels, then a
// register-blocked micro-kernel. Three variants chosen at run time on x86-64: AVX-512 (6x32, twelve
// zmm accumulators), AVX2+FMA (6x16, twelve ymm accumulators) and a portable one (6x16, GCC vector
// extensions lowered to whatever the target has: SSE2, NEON, scalar).
constexpr int MR = 6;
constexpr int64_t KC = 256;
constexpr int64_t MC = 96;    // multiple of MR
constexpr int64_t NC = 2048;  // multiple of every NR

// A micro-kernel computes a full MR x NR block of C from packed panels: C = acc (accumulate = false)
// or C += acc, writing straight to C (ldc = row stride).
using MicroKernel = void (*)(int64_t kc, const float* __restrict ap, const float* __restrict bp, float* __restrict c,
                             int64_t ldc, bool accumulate);

typedef float v16 __attribute__((vector_size(64), aligned(4)));

// out[MR][16] = sum_p ap[p][MR] * bp[p][16]
void micro_6x16_generic(int64_t kc, const float* __restrict ap, const float* __restrict bp, float* __restrict out,
                        int64_t ldc, bool accumulate) {
  v16 c0 = {}, c1 = {}, c2 = {}, c3 = {}, c4 = {}, c5 = {};
  for (int64_t p = 0; p < kc; ++p) {
    v16 b;
    std::memcpy(&b, bp + p * 16, sizeof(b));
    const float* a = ap + p * MR;
    c0 += a[0] * b;
    c1 += a[1] * b;
    c2 += a[2] * b;
    c3 += a[3] * b;
    c4 += a[4] * b;
    c5 += a[5] * b;
  }
  v16* rows[MR] = {&c0, &c1, &c2, &c3, &c4, &c5};
  for (int i = 0; i < MR; ++i) {
    if (accumulate) {
      v16 old;
      std::memcpy(&old, out + i * ldc, sizeof(old));
      *rows[i] += old;
    }
    std::memcpy(out + i * ldc, rows[i], sizeof(v16));
  }
}

#if defined(__x86_64__) && defined(__GNUC__)
typedef float v8 __attribute__((vector_size(32), aligned(4)));

__attribute__((target("avx2,fma"))) void micro_6x16_avx2(int64_t kc, const float* __restrict ap,
                                                         const float* __restrict bp, float* __restrict out,
                                                         int64_t ldc, bool accumulate) {
  v8 c[MR][2] = {};
  for (int64_t p = 0; p < kc; ++p) {
    v8 b0, b1;
    std::memcpy(&b0, bp + p * 16, sizeof(b0));
    std::memcpy(&b1, bp + p * 16 + 8, sizeof(b1));
    const float* a = ap + p * MR;
    for (int i = 0; i < MR; ++i) {
      c[i][0] += a[i] * b0;
      c[i][1] += a[i] * b1;
    }
  }
  for (int i = 0; i < MR; ++i) {
    if (accumulate) {
      v8 o0, o1;
      std::memcpy(&o0, out + i * ldc, sizeof(v8));
      std::memcpy(&o1, out + i * ldc + 8, sizeof(v8));
      c[i][0] += o0;
      c[i][1] += o1;
    }
    std::memcpy(out + i * ldc, &c[i][0], sizeof(v8));
    std::memcpy(out + i * ldc + 8, &c[i][1], sizeof(v8));
  }
}

__attribute__((target("avx512f"))) void micro_6x32_avx512(int64_t kc, const float* __restrict ap,
                                                          const float* __restrict bp, float* __restrict out,
                                                          int64_t ldc, bool accumulate) {
  v16 c[MR][2] = {};
  for (int64_t p = 0; p < kc; ++p) {
    v16 b0, b1;
    std::memcpy(&b0, bp + p * 32, sizeof(b0));
    std::memcpy(&b1, bp + p * 32 + 16, sizeof(b1));
    const float* a = ap + p * MR;
    for (int i = 0; i < MR; ++i) {
      c[i][0] += a[i] * b0;
      c[i][1] += a[i] * b1;
    }
  }
  for (int i = 0; i < MR; ++i) {
    if (accumulate) {
      v16 o0, o1;
      std::memcpy(&o0, out + i * ldc, sizeof(v16));
      std::memcpy(&o1, out + i * ldc + 16, sizeof(v16));
      c[i][0] += o0;
      c[i][1] += o1;
    }
    std::memcpy(out + i * ldc, &c[i][0], sizeof(v16));
    std::memcpy(out + i * ldc + 16, &c[i][1], sizeof(v16));
  }
}
#endif

inline float elem_a(bool t, const float* a, int64_t lda, int64_t i, int64_t p) {
  return t ? a[p * lda + i] : a[i * lda + p];
}
inline float elem_b(bool t, const float* b, int64_t ldb, int64_t p, int64_t j) {
  return t ? b[j * ldb + p] : b[p * ldb + j];
}

template <int NR>
void builtin_gemm(MicroKernel kernel, bool ta, bool tb, int64_t m, int64_t n, int64_t k, const float* a,
                  int64_t lda, const float* b, int64_t ldb, float* c, int64_t ldc) {
  if (k == 0) {
    for (int64_t i = 0; i < m; ++i) std::fill(c + i * ldc, c + i * ldc + n, 0.f);
    return;
  }
  thread_local std::vector<float> apack, bpack;
  apack.resize(static_cast<size_t>(MC * KC));
  bpack.resize(static_cast<size_t>(KC * NC));
  alignas(64) float tile[MR * NR];
  for (int64_t jc = 0; jc < n; jc += NC) {
    int64_t nc = std::min(NC, n - jc);
    for (int64_t pc = 0; pc < k; pc += KC) {
      int64_t kc = std::min(KC, k - pc);
      // Pack B[pc:pc+kc, jc:jc+nc] into NR-wide panels, zero padded.
      for (int64_t jr = 0; jr < nc; jr += NR) {
        float* dst = bpack.data() + jr * kc;
        int64_t nr = std::min<int64_t>(NR, nc - jr);
        if (tb) {
          for (int64_t j = 0; j < nr; ++j) {
            const float* src = b + (jc + jr + j) * ldb + pc;
            for (int64_t p = 0; p < kc; ++p) dst[p * NR + j] = src[p];
          }
          for (int64_t p = 0; p < kc; ++p)
            for (int64_t j = nr; j < NR; ++j) dst[p * NR + j] = 0.f;
        } else {
          for (int64_t p = 0; p < kc; ++p) {
            float* row = dst + p * NR;
            const float* src = b + (pc + p) * ldb + jc + jr;
            if (nr == NR) {
              std::memcpy(row, src, sizeof(float) * NR);
            } else {
              for (int64_t j = 0; j < nr; ++j) row[j] = src[j];
              for (int64_t j = nr; j < NR; ++j) row[j] = 0.f;
            }
          }
        }
      }
      for (int64_t ic = 0; ic < m; ic += MC) {
        int64_t mc = std::min(MC, m - ic);
        for (int64_t ir = 0; ir < mc; ir += MR) {
          float* dst = apack.data() + ir * kc;
          int64_t mr = std::min<int64_t>(MR, mc - ir);
          if (ta) {
            for (int64_t p = 0; p < kc; ++p) {
              const float* src = a + (pc + p) * lda + ic + ir;
              float* col = dst + p * MR;
              for (int64_t i = 0; i < mr; ++i) col[i] = src[i];
              for (int64_t i = mr; i < MR; ++i) col[i] = 0.f;
            }
          } else {
            for (int64_t i = 0; i < mr; ++i) {
              const float* src = a + (ic + ir + i) * lda + pc;
              for (int64_t p = 0; p < kc; ++p) dst[p * MR + i] = src[p];
            }
            for (int64_t i = mr; i < MR; ++i)
              for (int64_t p = 0; p < kc; ++p) dst[p * MR + i] = 0.f;
          }
        }
        for (int64_t jr = 0; jr < nc; jr += NR) {
          int64_t nr = std::min<int64_t>(NR, nc - jr);
          for (int64_t ir = 0; ir < mc; ir += MR) {
            int64_t mr = std::min<int64_t>(MR, mc - ir);
            float* cblock = c + (ic + ir) * ldc + jc + jr;
            const bool accumulate = pc > 0;  // the first k-block writes C, later ones add to it
            if (mr == MR && nr == NR) {
              kernel(kc, apack.data() + ir * kc, bpack.data() + jr * kc, cblock, ldc, accumulate);
              continue;
            }
            kernel(kc, apack.data() + ir * kc, bpack.data() + jr * kc, tile, NR, false);
            for (int64_t i = 0; i < mr; ++i) {
              float* crow = cblock + i * ldc;
              const float* trow = tile + i * NR;
              if (accumulate) {
                for (int64_t j = 0; j < nr; ++j) crow[j] += trow[j];
              } else {
                for (int64_t j = 0; j < nr; ++j) crow[j] = trow[j];
              }
            }
          }
        }
      }
    }
  }
}

void builtin_dispatch(bool ta, bool tb, int64_t m, int64_t n, int64_t k, const float* a, int64_t lda, const float* b,
                      int64_t ldb, float* c, int64_t ldc) {
#if defined(__x86_64__) && defined(__GNUC__)
  const Simd isa = simd();
  if (isa == Simd::Avx512) return builtin_gemm<32>(micro_6x32_avx512, ta, tb, m, n, k, a, lda, b, ldb, c, ldc);
  if (isa == Simd::Avx2) return builtin_gemm<16>(micro_6x16_avx2, ta, tb, m, n, k, a, lda, b, ldb, c, ldc);
#endif
  builtin_gemm<16>(micro_6x16_generic, ta, tb, m, n, k, a, lda, b, ldb, c, ldc);
}

}  // namespace

std::string blas_name() { return blas().sgemm ? blas().name : std::string("none"); }

std::string gemm_kernel() {
  if (blas().enabled) return blas().name.substr(0, blas().name.find(' '));
  return std::string("builtin-") + simd_name(simd());
}

bool use_blas(int mode) {
  Blas& b = blas();
  // auto: our AVX-512 kernel beats OpenBLAS's AVX2 (Haswell) kernels, which is what OpenBLAS
  // 0.3.x picks on AVX-512 AMD CPUs; elsewhere the BLAS wins.
  bool want = mode == 1 || (mode == 2 && simd_supported() != Simd::Avx512);
  b.enabled = want && b.sgemm != nullptr;
  return b.enabled;
}

void gemm_single(bool ta, bool tb, int64_t m, int64_t n, int64_t k, const float* a, int64_t lda, const float* b,
                 int64_t ldb, float* c, int64_t ldc) {
  if (m <= 0 || n <= 0) return;
  Blas& bl = blas();
  if (bl.enabled && k > 0) {
    bl.sgemm(kRowMajor, ta ? kTrans : kNoTrans, tb ? kTrans : kNoTrans, static_cast<int>(m), static_cast<int>(n),
             static_cast<int>(k), 1.f, a, static_cast<int>(lda), b, static_cast<int>(ldb), 0.f, c,
             static_cast<int>(ldc));
    return;
  }
  builtin_dispatch(ta, tb, m, n, k, a, lda, b, ldb, c, ldc);
}

void batched_gemm(int64_t batch, bool ta, bool tb, int64_t m, int64_t n, int64_t k, const float* a, int64_t sa,
                  const float* b, int64_t sb, float* c) {
  const int64_t lda = ta ? m : k;
  const int64_t ldb = tb ? k : n;
  const int64_t threads = pool().size();
  const double flops = 2.0 * static_cast<double>(batch) * m * n * std::max<int64_t>(k, 1);
  // Work units: whole matrices when there are enough of them, else row blocks (or column
  // blocks when m is small) of each matrix.
  int64_t splits = 1;
  if (batch < threads * 2 && flops > 2e5) {
    int64_t want = (threads * 2 + batch - 1) / batch;
    splits = std::max<int64_t>(1, want);
  }
  const bool split_rows = m >= n || m >= 64;
  const int64_t extent = split_rows ? m : n;
  int64_t block = (extent + splits - 1) / splits;
  if (split_rows) block = std::max<int64_t>(block, 8);
  else block = std::max<int64_t>((block + 15) / 16 * 16, 16);
  const int64_t nblocks = (extent + block - 1) / block;
  const int64_t units = batch * nblocks;
  auto body = [&](int64_t u) {
    int64_t bi = u / nblocks;
    int64_t blk = u % nblocks;
    const float* ab = a + bi * sa;
    const float* bb = b + bi * sb;
    float* cb = c + bi * m * n;
    int64_t lo = blk * block, hi = std::min(extent, lo + block);
    if (split_rows) {
      const float* asub = ta ? ab + lo : ab + lo * lda;
      gemm_single(ta, tb, hi - lo, n, k, asub, lda, bb, ldb, cb + lo * n, n);
    } else {
      const float* bsub = tb ? bb + lo * ldb : bb + lo;
      gemm_single(ta, tb, m, hi - lo, k, ab, lda, bsub, ldb, cb + lo, n);
    }
  };
  if (flops < 2e5 || units == 1) {
    for (int64_t u = 0; u < units; ++u) body(u);
    return;
  }
  pool().run(units, body);
}

}  // namespace sc
