// Element-wise kernels: broadcast binary ops, unary ops, casts, fills, select, AddN, inline uploads.
#include <cmath>
#include "device.h"
#include "kernels.h"

namespace sc {
namespace {

/** Output shape plus each input's strides (0 on broadcast axes), for index math in the kernel. */
struct BroadcastIndex {
  int rank;
  int64_t outDims[kMaxRank];
  int64_t aStrides[kMaxRank];
  int64_t bStrides[kMaxRank];
};

/** Strides of `in` right-aligned against an output of rank `rank`, 0 where `in` has size 1. */
void broadcastStrides(const Shape& in, const Shape& out, int64_t* strides) {
  int64_t stride = 1;
  for (int i = out.rank - 1; i >= 0; i--) {
    int j = i - (out.rank - in.rank);
    int64_t dim = j >= 0 ? in.dims[j] : 1;
    strides[i] = dim == 1 ? 0 : stride;
    stride *= dim;
  }
}

int64_t sizeOf(const Shape& s) {
  int64_t n = 1;
  for (int i = 0; i < s.rank; i++) n *= s.dims[i];
  return n;
}

template <typename T>
__device__ __forceinline__ T applyBinary(int op, T x, T y);

template <>
__device__ __forceinline__ float applyBinary<float>(int op, float x, float y) {
  switch (op) {
    case kAdd: return x + y;
    case kSub: return x - y;
    case kMul: return x * y;
    case kDiv: return x / y;
    case kMax: return (isnan(x) || isnan(y)) ? NAN : fmaxf(x, y);
    case kMin: return (isnan(x) || isnan(y)) ? NAN : fminf(x, y);
    case kSquaredDiff: return (x - y) * (x - y);
    case kPow: return powf(x, y);
    case kFloorDiv: return floorf(x / y);
    case kMod: { float r = fmodf(x, y); return (r != 0.0f && ((r < 0.0f) != (y < 0.0f))) ? r + y : r; }
    case kEqual: return x == y;
    case kNotEqual: return x != y;
    case kLess: return x < y;
    case kLessEqual: return x <= y;
    case kGreater: return x > y;
    case kGreaterEqual: return x >= y;
    case kLogicalAnd: return (x != 0.0f) && (y != 0.0f);
    case kLogicalOr: return (x != 0.0f) || (y != 0.0f);
    case kAtan2: return atan2f(x, y);
    default: return NAN;
  }
}

template <>
__device__ __forceinline__ int32_t applyBinary<int32_t>(int op, int32_t x, int32_t y) {
  switch (op) {
    case kAdd: return x + y;
    case kSub: return x - y;
    case kMul: return x * y;
    case kDiv: return y == 0 ? 0 : x / y;
    case kMax: return x > y ? x : y;
    case kMin: return x < y ? x : y;
    case kSquaredDiff: return (x - y) * (x - y);
    case kPow: { int32_t r = 1; for (int32_t i = 0; i < y; i++) r *= x; return r; }
    case kFloorDiv: { if (y == 0) return 0; int32_t q = x / y; return (q * y != x && ((x < 0) != (y < 0))) ? q - 1 : q; }
    case kMod: { if (y == 0) return 0; int32_t r = x % y; return (r != 0 && ((r < 0) != (y < 0))) ? r + y : r; }
    case kEqual: return x == y;
    case kNotEqual: return x != y;
    case kLess: return x < y;
    case kLessEqual: return x <= y;
    case kGreater: return x > y;
    case kGreaterEqual: return x >= y;
    case kLogicalAnd: return (x != 0) && (y != 0);
    case kLogicalOr: return (x != 0) || (y != 0);
    default: return 0;
  }
}

/** Out element type of `op` on T: comparisons write int32 0/1 words. */
template <typename T, typename Out>
__global__ void binaryKernel(int op, const T* __restrict__ a, const T* __restrict__ b, Out* __restrict__ out, int64_t n,
                             BroadcastIndex index) {
  for (int64_t i = blockIdx.x * (int64_t)blockDim.x + threadIdx.x; i < n; i += (int64_t)gridDim.x * blockDim.x) {
    int64_t rest = i, ai = 0, bi = 0;
    for (int d = index.rank - 1; d >= 0; d--) {
      int64_t coord = rest % index.outDims[d];
      rest /= index.outDims[d];
      ai += coord * index.aStrides[d];
      bi += coord * index.bStrides[d];
    }
    out[i] = static_cast<Out>(applyBinary<T>(op, a[ai], b[bi]));
  }
}

/** Same shapes, or `b` a scalar: no index math (the common case). */
template <typename T, typename Out>
__global__ void binaryFlatKernel(int op, const T* __restrict__ a, const T* __restrict__ b, Out* __restrict__ out, int64_t n,
                                 bool aScalar, bool bScalar) {
  for (int64_t i = blockIdx.x * (int64_t)blockDim.x + threadIdx.x; i < n; i += (int64_t)gridDim.x * blockDim.x) {
    out[i] = static_cast<Out>(applyBinary<T>(op, a[aScalar ? 0 : i], b[bScalar ? 0 : i]));
  }
}

template <typename T, typename Out>
void launchBinary(int op, const void* a, const Shape& aShape, const void* b, const Shape& bShape, void* out,
                  const Shape& outShape, int64_t n) {
  const T* av = static_cast<const T*>(a);
  const T* bv = static_cast<const T*>(b);
  Out* ov = static_cast<Out*>(out);
  int64_t aSize = sizeOf(aShape), bSize = sizeOf(bShape);
  if ((aSize == n || aSize == 1) && (bSize == n || bSize == 1)) {
    binaryFlatKernel<T, Out><<<gridFor(n), 256, 0, stream()>>>(op, av, bv, ov, n, aSize == 1 && n != 1, bSize == 1 && n != 1);
    return;
  }
  BroadcastIndex index{};
  index.rank = outShape.rank;
  for (int i = 0; i < outShape.rank; i++) index.outDims[i] = outShape.dims[i];
  broadcastStrides(aShape, outShape, index.aStrides);
  broadcastStrides(bShape, outShape, index.bStrides);
  binaryKernel<T, Out><<<gridFor(n), 256, 0, stream()>>>(op, av, bv, ov, n, index);
}

__device__ __forceinline__ float applyUnary(int op, float x, float p0, float p1) {
  switch (op) {
    case kExp: return expf(x);
    case kLog: return logf(x);
    case kTanh: return tanhf(x);
    case kSqrt: return sqrtf(x);
    case kRsqrt: return rsqrtf(x);
    case kNeg: return -x;
    case kSquare: return x * x;
    case kRelu: return x > 0.0f ? x : (isnan(x) ? x : 0.0f);
    case kSigmoid: return 1.0f / (1.0f + expf(-x));
    case kAbs: return fabsf(x);
    case kReciprocal: return 1.0f / x;
    case kSin: return sinf(x);
    case kCos: return cosf(x);
    case kErf: return erff(x);
    case kSoftplus: return x > 20.0f ? x : log1pf(expf(x));
    case kLog1p: return log1pf(x);
    case kExpm1: return expm1f(x);
    case kFloor: return floorf(x);
    case kCeil: return ceilf(x);
    case kRound: return rintf(x);  // round half to even, like tfjs
    case kSign: return x > 0.0f ? 1.0f : (x < 0.0f ? -1.0f : 0.0f);
    case kElu: return x >= 0.0f ? x : expm1f(x);
    case kRelu6: return fminf(fmaxf(x, 0.0f), 6.0f);
    case kLeakyRelu: return x < 0.0f ? p0 * x : x;
    case kClip: return fminf(fmaxf(x, p0), p1);
    case kStep: return isnan(x) ? NAN : (x > 0.0f ? 1.0f : p0);
    case kIsNan: return isnan(x) ? 1.0f : 0.0f;
    case kLogicalNot: return x == 0.0f ? 1.0f : 0.0f;
    case kSelu: return x >= 0.0f ? 1.0507009873554805f * x : 1.7580993408473768f * expm1f(x);
    case kAtan: return atanf(x);
    default: return NAN;
  }
}

__global__ void unaryKernel(int op, const float* __restrict__ x, float* __restrict__ out, int64_t n, float p0, float p1) {
  for (int64_t i = blockIdx.x * (int64_t)blockDim.x + threadIdx.x; i < n; i += (int64_t)gridDim.x * blockDim.x) {
    out[i] = applyUnary(op, x[i], p0, p1);
  }
}

/** IsNan on float32 writes int32 0/1. */
__global__ void isNanKernel(const float* __restrict__ x, int32_t* __restrict__ out, int64_t n) {
  for (int64_t i = blockIdx.x * (int64_t)blockDim.x + threadIdx.x; i < n; i += (int64_t)gridDim.x * blockDim.x) {
    out[i] = isnan(x[i]) ? 1 : 0;
  }
}

__global__ void unaryIntKernel(int op, const int32_t* __restrict__ x, int32_t* __restrict__ out, int64_t n, int32_t lo,
                               int32_t hi) {
  for (int64_t i = blockIdx.x * (int64_t)blockDim.x + threadIdx.x; i < n; i += (int64_t)gridDim.x * blockDim.x) {
    int32_t v = x[i];
    switch (op) {
      case kNeg: v = -v; break;
      case kAbs: v = v < 0 ? -v : v; break;
      case kSquare: v = v * v; break;
      case kSign: v = v > 0 ? 1 : (v < 0 ? -1 : 0); break;
      case kLogicalNot: v = v == 0 ? 1 : 0; break;
      case kClip: v = v < lo ? lo : (v > hi ? hi : v); break;
      default: break;
    }
    out[i] = v;
  }
}

template <typename From, typename To>
__global__ void castKernel(const From* __restrict__ x, To* __restrict__ out, int64_t n, bool toBool) {
  for (int64_t i = blockIdx.x * (int64_t)blockDim.x + threadIdx.x; i < n; i += (int64_t)gridDim.x * blockDim.x) {
    out[i] = toBool ? static_cast<To>(x[i] != From(0)) : static_cast<To>(x[i]);
  }
}

template <typename T>
__global__ void fillKernel(T* __restrict__ out, T value, int64_t n) {
  for (int64_t i = blockIdx.x * (int64_t)blockDim.x + threadIdx.x; i < n; i += (int64_t)gridDim.x * blockDim.x) out[i] = value;
}

template <typename T>
__global__ void rangeKernel(T* __restrict__ out, double start, double step, int64_t n) {
  for (int64_t i = blockIdx.x * (int64_t)blockDim.x + threadIdx.x; i < n; i += (int64_t)gridDim.x * blockDim.x) {
    out[i] = static_cast<T>(start + static_cast<double>(i) * step);
  }
}

__global__ void selectKernel(const int32_t* __restrict__ cond, int64_t condSize, const uint32_t* __restrict__ a,
                             const uint32_t* __restrict__ b, uint32_t* __restrict__ out, int64_t n) {
  const int64_t inner = n / condSize;
  for (int64_t i = blockIdx.x * (int64_t)blockDim.x + threadIdx.x; i < n; i += (int64_t)gridDim.x * blockDim.x) {
    out[i] = cond[i / inner] != 0 ? a[i] : b[i];
  }
}

struct Inputs8 {
  const void* p[8];
};

template <typename T>
__global__ void addNKernel(Inputs8 inputs, int count, T* __restrict__ out, int64_t n, bool accumulate) {
  for (int64_t i = blockIdx.x * (int64_t)blockDim.x + threadIdx.x; i < n; i += (int64_t)gridDim.x * blockDim.x) {
    T sum = accumulate ? out[i] : T(0);
    for (int j = 0; j < count; j++) sum += static_cast<const T*>(inputs.p[j])[i];
    out[i] = sum;
  }
}

struct InlineWords {
  uint32_t w[kInlineUploadBytes / 4];
};

__global__ void writeWordsKernel(uint32_t* __restrict__ out, InlineWords words, int n) {
  for (int i = threadIdx.x; i < n; i += blockDim.x) out[i] = words.w[i];
}

}  // namespace

std::string binary(int op, int dtype, const void* a, const Shape& aShape, const void* b, const Shape& bShape, void* out,
                   const Shape& outShape) {
  if (op < 0 || op >= kBinaryOpCount) return "binary: unknown op " + std::to_string(op);
  if (dtype == kI32 && op == kAtan2) return "binary: atan2 takes float32";
  int64_t n = sizeOf(outShape);
  if (n == 0) return "";
  const bool comparison = binaryIsComparison(op);
  if (dtype == kF32) {
    if (comparison) launchBinary<float, int32_t>(op, a, aShape, b, bShape, out, outShape, n);
    else launchBinary<float, float>(op, a, aShape, b, bShape, out, outShape, n);
  } else {
    launchBinary<int32_t, int32_t>(op, a, aShape, b, bShape, out, outShape, n);
  }
  return checkLaunch("binary");
}

std::string unary(int op, int dtype, const void* x, void* out, int64_t n, float p0, float p1) {
  if (op < 0 || op >= kUnaryOpCount) return "unary: unknown op " + std::to_string(op);
  if (n == 0) return "";
  if (dtype == kI32) {
    if (op != kNeg && op != kAbs && op != kSquare && op != kSign && op != kLogicalNot && op != kClip) {
      return "unary: op " + std::to_string(op) + " takes float32";
    }
    unaryIntKernel<<<gridFor(n), 256, 0, stream()>>>(op, static_cast<const int32_t*>(x), static_cast<int32_t*>(out), n,
                                                     static_cast<int32_t>(ceilf(p0)), static_cast<int32_t>(floorf(p1)));
  } else if (op == kIsNan) {
    isNanKernel<<<gridFor(n), 256, 0, stream()>>>(static_cast<const float*>(x), static_cast<int32_t*>(out), n);
  } else {
    unaryKernel<<<gridFor(n), 256, 0, stream()>>>(op, static_cast<const float*>(x), static_cast<float*>(out), n, p0, p1);
  }
  return checkLaunch("unary");
}

std::string cast(const void* x, int fromDtype, void* out, int toDtype, bool toBool, int64_t n) {
  if (n == 0) return "";
  unsigned grid = gridFor(n);
  if (fromDtype == kF32 && toDtype == kF32) {
    castKernel<float, float><<<grid, 256, 0, stream()>>>(static_cast<const float*>(x), static_cast<float*>(out), n, toBool);
  } else if (fromDtype == kF32) {
    castKernel<float, int32_t><<<grid, 256, 0, stream()>>>(static_cast<const float*>(x), static_cast<int32_t*>(out), n, toBool);
  } else if (toDtype == kF32) {
    castKernel<int32_t, float><<<grid, 256, 0, stream()>>>(static_cast<const int32_t*>(x), static_cast<float*>(out), n, toBool);
  } else {
    castKernel<int32_t, int32_t><<<grid, 256, 0, stream()>>>(static_cast<const int32_t*>(x), static_cast<int32_t*>(out), n, toBool);
  }
  return checkLaunch("cast");
}

std::string fill(void* out, int dtype, double value, int64_t n) {
  if (n == 0) return "";
  if (dtype == kF32) fillKernel<float><<<gridFor(n), 256, 0, stream()>>>(static_cast<float*>(out), static_cast<float>(value), n);
  else fillKernel<int32_t><<<gridFor(n), 256, 0, stream()>>>(static_cast<int32_t*>(out), static_cast<int32_t>(value), n);
  return checkLaunch("fill");
}

std::string range(void* out, int dtype, double start, double step, int64_t n) {
  if (n == 0) return "";
  if (dtype == kF32) rangeKernel<float><<<gridFor(n), 256, 0, stream()>>>(static_cast<float*>(out), start, step, n);
  else rangeKernel<int32_t><<<gridFor(n), 256, 0, stream()>>>(static_cast<int32_t*>(out), start, step, n);
  return checkLaunch("range");
}

std::string select(const int32_t* cond, int64_t condSize, const void* a, const void* b, void* out, int64_t n) {
  if (n == 0) return "";
  if (condSize <= 0 || n % condSize != 0) return "select: the condition's size must divide the output's";
  selectKernel<<<gridFor(n), 256, 0, stream()>>>(cond, condSize, static_cast<const uint32_t*>(a),
                                                 static_cast<const uint32_t*>(b), static_cast<uint32_t*>(out), n);
  return checkLaunch("select");
}

std::string addN(const void* const* inputs, int count, int dtype, void* out, int64_t n, bool accumulate) {
  if (count < 1 || count > 8) return "addN: 1 to 8 inputs per launch";
  if (n == 0) return "";
  Inputs8 pack{};
  for (int i = 0; i < count; i++) pack.p[i] = inputs[i];
  if (dtype == kF32) addNKernel<float><<<gridFor(n), 256, 0, stream()>>>(pack, count, static_cast<float*>(out), n, accumulate);
  else addNKernel<int32_t><<<gridFor(n), 256, 0, stream()>>>(pack, count, static_cast<int32_t*>(out), n, accumulate);
  return checkLaunch("addN");
}

std::string uploadInline(void* device, const void* host, size_t bytes) {
  InlineWords words{};
  const uint32_t* src = static_cast<const uint32_t*>(host);
  int n = static_cast<int>(bytes / 4);
  for (int i = 0; i < n; i++) words.w[i] = src[i];
  writeWordsKernel<<<1, 256, 0, stream()>>>(static_cast<uint32_t*>(device), words, n);
  return checkLaunch("upload (inline)");
}

}  // namespace sc
