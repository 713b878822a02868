#include "simd.h"

#include <atomic>
#include <cstdlib>

namespace sc {

namespace {

Simd detect() {
#if SC_SIMD_X86
  __builtin_cpu_init();
  if (__builtin_cpu_supports("avx512f") && __builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma")) {
    return Simd::Avx512;
  }
  if (__builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma")) return Simd::Avx2;
#endif
  return Simd::Generic;
}

std::atomic<int>& selected() {
  static std::atomic<int> value([] {
    Simd s = simd_supported();
    const char* env = std::getenv("STAGECOACH_SIMD");
    Simd want;
    if (env && parse_simd(env, want) && want < s) s = want;  // unknown values: the best path
    return static_cast<int>(s);
  }());
  return value;
}

}  // namespace

Simd simd_supported() {
  static const Simd best = detect();
  return best;
}

Simd simd() { return static_cast<Simd>(selected().load(std::memory_order_relaxed)); }

Simd set_simd(Simd want) {
  const Simd s = want < simd_supported() ? want : simd_supported();
  selected().store(static_cast<int>(s), std::memory_order_relaxed);
  return s;
}

const char* simd_name(Simd s) {
  switch (s) {
    case Simd::Avx512: return "avx512";
    case Simd::Avx2: return "avx2";
    default: return "generic";
  }
}

bool parse_simd(const std::string& name, Simd& out) {
  for (Simd s : {Simd::Generic, Simd::Avx2, Simd::Avx512}) {
    if (name == simd_name(s)) {
      out = s;
      return true;
    }
  }
  return false;
}

}  // namespace sc
