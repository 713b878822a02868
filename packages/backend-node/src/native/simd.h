// Shared helpers for vectorisable kernels: a target_clones attribute (AVX-512 / AVX2 / baseline
// on x86-64 with GCC, nothing elsewhere) and exp/tanh written so that loops using them vectorise.
#pragma once

#include <cstdint>
#include <cstring>

#if defined(__x86_64__) && defined(__GNUC__) && !defined(__clang__)
#define SC_CLONES __attribute__((target_clones("avx512f", "avx2,fma", "default")))
#else
#define SC_CLONES
#endif

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
