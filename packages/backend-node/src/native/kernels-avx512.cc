// kernels.cc compiled for AVX-512 into sc::avx512 (see simd.h). Every header is included before the
// target pragma, so only the kernels themselves use the wider instructions.
#include "simd.h"

#if SC_SIMD_X86
#include <algorithm>
#include <cmath>
#include <cstring>
#include <limits>

#include "kernels.h"
#include "pool.h"

#pragma GCC push_options
#pragma GCC target("avx512f,avx2,fma")
#undef SC_ISA
#define SC_ISA avx512
#include "kernels.cc"
#pragma GCC pop_options
#endif
