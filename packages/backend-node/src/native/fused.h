// Fused kernels for Stagecoach's custom ops (contracts in packages/core/src/ops/*.ts). fused.cc is
// compiled once per SIMD path, like kernels.cc (see simd.h).
#pragma once

#include <cstdint>

#include "simd.h"

namespace sc {

/** GELU (tanh approximation, HF gelu_new) = 0, SiLU = 1. */
enum class Activation { Gelu = 0, Silu = 1 };

/**
 * Shapes of a causal attention call: q [B, Hq, Tq, D], k/v [B, Hkv, Tk, D], keyMask [B, Tk]. The
 * forward also reads the first Tk of `cap` positions of k/v buffers [B, Hkv, cap, D] (a preallocated
 * KV cache); cap = Tk otherwise.
 */
struct AttentionDims {
  int64_t batch, hq, hkv, tq, tk, d, cap;
};

}  // namespace sc

namespace sc {
#include "fused-api.inc"
}  // namespace sc
namespace sc::generic {
#include "fused-api.inc"
}  // namespace sc::generic
#if SC_SIMD_X86
namespace sc::avx2 {
#include "fused-api.inc"
}  // namespace sc::avx2
namespace sc::avx512 {
#include "fused-api.inc"
}  // namespace sc::avx512
#endif
