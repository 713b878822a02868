// SIMD paths. kernels.cc and fused.cc are compiled three times on x86-64 with GCC: at the baseline
// (sc::generic: SSE2, or NEON on arm64), with AVX2 + FMA (sc::avx2, kernels-avx2.cc) and with AVX-512
// (sc::avx512, kernels-avx512.cc); the builtin sgemm has a micro-kernel for each. sc::simd() picks the
// path every kernel runs: the best the CPU supports, or the one STAGECOACH_SIMD (generic, avx2, avx512)
// or set_simd() asks for, clamped to what the CPU supports, so tests can run each path on one machine.
// Also: exp/tanh written so that loops using them vectorise.
#pragma once

#include <cstdint>
#include <cstring>
#include <string>
#include <vector>

#if defined(__x86_64__) && defined(__GNUC__) && !defined(__clang__)
#define SC_SIMD_X86 1
#else
#define SC_SIMD_X86 0
#endif

// The namespace a kernel file compiles into (set by the per-path wrapper files).
#ifndef SC_ISA
#define SC_ISA generic
#endif

namespace sc {

enum class Simd { Generic = 0, Avx2 = 1, Avx512 = 2 };

/** The path the kernels run now. */
Simd simd();
/** The best path this CPU supports. */
Simd simd_supported();
/** Selects a path, clamped to simd_supported(); returns the path now in use. */
Simd set_simd(Simd want);
/** "generic", "avx2" or "avx512". */
const char* simd_name(Simd s);
/** Parses a name of simd_name(); false for anything else. */
bool parse_simd(const std::string& name, Simd& out);

}  // namespace sc

namespace sc {

/** exp(x) within ~2 ulp, inf above 88.73, 0 below -104, NaN kept. */
static inline float fast_exp(float x) {
  float xc = x < -104.f ? -104.f : x;
  xc = xc > 88.73f ? 88.73f : xc;
  const float t = xc * 1.44269504088896341f;
  const float n = (t + 12582912.f) - 12582912.f;  // round to nearest
  float y = xc - n * 0.693359375f;                 // Cody-Waite split of ln 2
  y = y + n * 2.12194440e-4f;
  float p = 1.f / 5040.f;
  p = p * y + 1.f / 720.f;
  p = p * y + 1.f / 120.f;
  p = p * y + 1.f / 24.f;
  p = p * y + 1.f / 6.f;
  p = p * y + 0.5f;
  p = p * y + 1.f;
  p = p * y + 1.f;
  const int32_t ni = static_cast<int32_t>(n);
  const int32_t h = ni >> 1;
  const int32_t l = ni - h;
  const int32_t bh = (h + 127) << 23, bl = (l + 127) << 23;
  float s1, s2;
  std::memcpy(&s1, &bh, 4);
  std::memcpy(&s2, &bl, 4);
  const float r = p * s1 * s2;
  return x != x ? x : r;
}

/** tanh(x) from fast_exp, with a series near 0 to avoid cancellation. */
static inline float fast_tanh(float x) {
  const float ax = x < 0.f ? -x : x;
  const float e = fast_exp(-2.f * ax);
  float r = (1.f - e) / (1.f + e);
  r = x < 0.f ? -r : r;
  const float x2 = x * x;
  const float s = x * (1.f + x2 * (-1.f / 3.f + x2 * (2.f / 15.f + x2 * (-17.f / 315.f))));
  return ax < 0.1f ? s : r;
}

}  // namespace sc
