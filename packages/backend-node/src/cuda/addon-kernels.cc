// The addon's kernel functions: each reads and checks its arguments (pointers against live
// allocations, counts, shapes), then queues its launcher on the addon's stream (kernels.h).
#include <vector>
#include "addon-helpers.h"
#include "cublas.h"

namespace sc {
namespace {

/** matmul(a, b, c, batch, m, n, k, transposeA, transposeB, strideA, strideB): strides 0 or m·k / k·n. */
napi_value Matmul(napi_env env, napi_callback_info info) {
  Call call(env, info, "matmul", 11);
  int64_t batch = call.count(3, "batch"), m = call.count(4, "m"), n = call.count(5, "n"), k = call.count(6, "k");
  bool ta = call.flag(7, "transposeA"), tb = call.flag(8, "transposeB");
  int64_t sa = call.count(9, "strideA"), sb = call.count(10, "strideB");
  if (!call.failed() && ((sa != 0 && sa != m * k) || (sb != 0 && sb != k * n))) call.fail("strides must be 0 or one matrix", true);
  if (!call.failed() && (m > 0x7fffffff || n > 0x7fffffff || k > 0x7fffffff || batch > 0x7fffffff)) call.fail("sizes exceed int32", true);
  auto extent = [&](int64_t stride, int64_t one) { return (stride == 0 ? one : batch * one) * kWord; };
  void* a = call.pointer(0, "a", extent(sa, m * k));
  void* b = call.pointer(1, "b", extent(sb, k * n));
  void* c = call.pointer(2, "c", batch * m * n * kWord);
  if (!ready(call)) return nullptr;
  if (k == 0) return call.finish(fill(c, kF32, 0.0, batch * m * n));
  return call.finish(gemm(static_cast<const float*>(a), static_cast<const float*>(b), static_cast<float*>(c),
                          static_cast<int>(batch), static_cast<int>(m), static_cast<int>(n), static_cast<int>(k), ta, tb, sa, sb));
}

/** binary(op, dtype, a, aShape, b, bShape, out, outShape). */
napi_value Binary(napi_env env, napi_callback_info info) {
  Call call(env, info, "binary", 8);
  int64_t op = call.integer(0, "op");
  int dtype = dtypeArg(call, 1);
  Shape as = call.shape(3, "aShape"), bs = call.shape(5, "bShape"), os = call.shape(7, "outShape");
  if (!call.failed()) {
    // outShape must be the broadcast of the two.
    for (int i = 0; i < os.rank && !call.failed(); i++) {
      int ia = i - (os.rank - as.rank), ib = i - (os.rank - bs.rank);
      int64_t da = ia >= 0 ? as.dims[ia] : 1, db = ib >= 0 ? bs.dims[ib] : 1;
      if ((da != os.dims[i] && da != 1) || (db != os.dims[i] && db != 1)) call.fail("shapes do not broadcast to outShape", true);
    }
    if (as.rank > os.rank || bs.rank > os.rank) call.fail("an input has a higher rank than outShape", true);
  }
  void* a = call.pointer(2, "a", elementCount(as) * kWord);
  void* b = call.pointer(4, "b", elementCount(bs) * kWord);
  void* out = call.pointer(6, "out", elementCount(os) * kWord);
  if (!ready(call)) return nullptr;
  return call.finish(binary(static_cast<int>(op), dtype, a, as, b, bs, out, os));
}

/** unary(op, dtype, x, out, n, p0, p1). */
napi_value Unary(napi_env env, napi_callback_info info) {
  Call call(env, info, "unary", 7);
  int64_t op = call.integer(0, "op");
  int dtype = dtypeArg(call, 1);
  int64_t n = call.count(4, "n");
  double p0 = call.number(5, "p0"), p1 = call.number(6, "p1");
  void* x = call.pointer(2, "x", n * kWord);
  void* out = call.pointer(3, "out", n * kWord);
  if (!ready(call)) return nullptr;
  return call.finish(unary(static_cast<int>(op), dtype, x, out, n, static_cast<float>(p0), static_cast<float>(p1)));
}

/** cast(x, fromDtype, out, toDtype, toBool, n). */
napi_value Cast(napi_env env, napi_callback_info info) {
  Call call(env, info, "cast", 6);
  int from = dtypeArg(call, 1), to = dtypeArg(call, 3);
  bool toBool = call.flag(4, "toBool");
  int64_t n = call.count(5, "n");
  void* x = call.pointer(0, "x", n * kWord);
  void* out = call.pointer(2, "out", n * kWord);
  if (!ready(call)) return nullptr;
  return call.finish(cast(x, from, out, to, toBool, n));
}

/** fill(out, dtype, value, n). */
napi_value Fill(napi_env env, napi_callback_info info) {
  Call call(env, info, "fill", 4);
  int dtype = dtypeArg(call, 1);
  double value = call.number(2, "value");
  int64_t n = call.count(3, "n");
  void* out = call.pointer(0, "out", n * kWord);
  if (!ready(call)) return nullptr;
  return call.finish(fill(out, dtype, value, n));
}

/** range(out, dtype, start, step, n). */
napi_value Range(napi_env env, napi_callback_info info) {
  Call call(env, info, "range", 5);
  int dtype = dtypeArg(call, 1);
  double start = call.number(2, "start"), step = call.number(3, "step");
  int64_t n = call.count(4, "n");
  void* out = call.pointer(0, "out", n * kWord);
  if (!ready(call)) return nullptr;
  return call.finish(range(out, dtype, start, step, n));
}

/** select(cond, condSize, a, b, out, n). */
napi_value Select(napi_env env, napi_callback_info info) {
  Call call(env, info, "select", 6);
  int64_t condSize = call.count(1, "condSize"), n = call.count(5, "n");
  void* cond = call.pointer(0, "cond", condSize * kWord);
  void* a = call.pointer(2, "a", n * kWord);
  void* b = call.pointer(3, "b", n * kWord);
  void* out = call.pointer(4, "out", n * kWord);
  if (!ready(call)) return nullptr;
  return call.finish(select(static_cast<const int32_t*>(cond), condSize, a, b, out, n));
}

/** addN(inputs: number[], dtype, out, n). */
napi_value AddN(napi_env env, napi_callback_info info) {
  Call call(env, info, "addN", 4);
  std::vector<int64_t> addresses = call.integers(0, "inputs", false, 1 << 16);
  int dtype = dtypeArg(call, 1);
  int64_t n = call.count(3, "n");
  void* out = call.pointer(2, "out", n * kWord);
  std::vector<const void*> inputs;
  for (int64_t address : addresses) {
    if (call.failed()) break;
    const void* ptr = reinterpret_cast<const void*>(static_cast<uintptr_t>(address));
    long long size = allocationBytes(ptr);
    if (size < n * kWord) call.fail("an input is not a live allocation of n elements", true);
    inputs.push_back(ptr);
  }
  if (!call.failed() && inputs.empty()) call.fail("no inputs", true);
  if (!ready(call)) return nullptr;
  std::string err;
  for (size_t i = 0; i < inputs.size() && err.empty(); i += 8) {
    int chunk = static_cast<int>(inputs.size() - i < 8 ? inputs.size() - i : 8);
    err = addN(inputs.data() + i, chunk, dtype, out, n, i > 0);
  }
  return call.finish(err);
}

/** transpose(x, shape, perm, out). */
napi_value Transpose(napi_env env, napi_callback_info info) {
  Call call(env, info, "transpose", 4);
  Shape shape = call.shape(1, "shape");
  std::vector<int64_t> perm = call.integers(2, "perm");
  int permInts[kMaxRank] = {0};
  if (!call.failed()) {
    if (static_cast<int>(perm.size()) != shape.rank) call.fail("perm and shape differ in length", true);
    unsigned seen = 0;
    for (size_t i = 0; i < perm.size() && !call.failed(); i++) {
      if (perm[i] >= shape.rank || (seen & (1u << perm[i]))) call.fail("perm is not a permutation", true);
      seen |= 1u << perm[i];
      permInts[i] = static_cast<int>(perm[i]);
    }
  }
  int64_t n = elementCount(shape);
  void* x = call.pointer(0, "x", n * kWord);
  void* out = call.pointer(3, "out", n * kWord);
  if (!ready(call)) return nullptr;
  return call.finish(transpose(x, shape, permInts, out));
}

/** stridedSlice(x, shape, begin, strides, out, outShape). */
napi_value StridedSlice(napi_env env, napi_callback_info info) {
  Call call(env, info, "stridedSlice", 6);
  Shape shape = call.shape(1, "shape"), outShape = call.shape(5, "outShape");
  std::vector<int64_t> begin = call.integers(2, "begin"), strides = call.integers(3, "strides", true);
  if (!call.failed() && (static_cast<int>(begin.size()) != shape.rank || static_cast<int>(strides.size()) != shape.rank ||
                         outShape.rank != shape.rank)) {
    call.fail("begin, strides and outShape must have the input's rank", true);
  }
  void* x = call.pointer(0, "x", elementCount(shape) * kWord);
  void* out = call.pointer(4, "out", elementCount(outShape) * kWord);
  if (!ready(call)) return nullptr;
  return call.finish(stridedSlice(x, shape, begin.data(), strides.data(), out, outShape));
}

/** copyColumns(src, rows, srcCols, dst, dstCols, offset). */
napi_value CopyColumns(napi_env env, napi_callback_info info) {
  Call call(env, info, "copyColumns", 6);
  int64_t rows = call.count(1, "rows"), srcCols = call.count(2, "srcCols"), dstCols = call.count(4, "dstCols");
  int64_t offset = call.count(5, "offset");
  void* src = call.pointer(0, "src", rows * srcCols * kWord);
  void* dst = call.pointer(3, "dst", rows * dstCols * kWord);
  if (!ready(call)) return nullptr;
  return call.finish(copyColumns(src, rows, srcCols, dst, dstCols, offset));
}

/** pad(x, shape, before, out, outShape, dtype, value). */
napi_value Pad(napi_env env, napi_callback_info info) {
  Call call(env, info, "pad", 7);
  Shape shape = call.shape(1, "shape"), outShape = call.shape(4, "outShape");
  std::vector<int64_t> before = call.integers(2, "before");
  int dtype = dtypeArg(call, 5);
  double value = call.number(6, "value");
  if (!call.failed() && (static_cast<int>(before.size()) != shape.rank || outShape.rank != shape.rank)) call.fail("rank mismatch", true);
  void* x = call.pointer(0, "x", elementCount(shape) * kWord);
  void* out = call.pointer(3, "out", elementCount(outShape) * kWord);
  if (!ready(call)) return nullptr;
  return call.finish(pad(x, shape, before.data(), out, outShape, dtype, value));
}

/** tile(x, shape, out, outShape). */
napi_value Tile(napi_env env, napi_callback_info info) {
  Call call(env, info, "tile", 4);
  Shape shape = call.shape(1, "shape"), outShape = call.shape(3, "outShape");
  if (!call.failed() && shape.rank > outShape.rank) call.fail("the input has a higher rank than the output", true);
  void* x = call.pointer(0, "x", elementCount(shape) * kWord);
  void* out = call.pointer(2, "out", elementCount(outShape) * kWord);
  if (!ready(call)) return nullptr;
  return call.finish(tile(x, shape, out, outShape));
}

/** gather(x, outer, dim, inner, indices, n, out). */
napi_value Gather(napi_env env, napi_callback_info info) {
  Call call(env, info, "gather", 7);
  int64_t outer = call.count(1, "outer"), dim = call.count(2, "dim"), inner = call.count(3, "inner"), n = call.count(5, "n");
  void* x = call.pointer(0, "x", outer * dim * inner * kWord);
  void* indices = call.pointer(4, "indices", n * kWord);
  void* out = call.pointer(6, "out", outer * n * inner * kWord);
  if (!ready(call)) return nullptr;
  return call.finish(gather(x, outer, dim, inner, static_cast<const int32_t*>(indices), n, out));
}

/** segmentSum(data, dtype, ids, rows, inner, segments, out). */
napi_value SegmentSum(napi_env env, napi_callback_info info) {
  Call call(env, info, "segmentSum", 7);
  int dtype = dtypeArg(call, 1);
  int64_t rows = call.count(3, "rows"), inner = call.count(4, "inner"), segments = call.count(5, "segments");
  void* data = call.pointer(0, "data", rows * inner * kWord);
  void* ids = call.pointer(2, "ids", rows * kWord);
  void* out = call.pointer(6, "out", segments * inner * kWord);
  if (!ready(call)) return nullptr;
  return call.finish(segmentSum(data, dtype, static_cast<const int32_t*>(ids), rows, inner, segments, out));
}

/** scatterNd(indices, n, depth, sliceStrides, updates, dtype, sliceSize, out, outSize). */
napi_value ScatterNd(napi_env env, napi_callback_info info) {
  Call call(env, info, "scatterNd", 9);
  int64_t n = call.count(1, "n"), depth = call.count(2, "depth"), sliceSize = call.count(6, "sliceSize"), outSize = call.count(8, "outSize");
  std::vector<int64_t> strides = call.integers(3, "sliceStrides");
  int dtype = dtypeArg(call, 5);
  if (!call.failed() && static_cast<int64_t>(strides.size()) != depth) call.fail("sliceStrides must have `depth` entries", true);
  void* indices = call.pointer(0, "indices", n * depth * kWord);
  void* updates = call.pointer(4, "updates", n * sliceSize * kWord);
  void* out = call.pointer(7, "out", outSize * kWord);
  if (!ready(call)) return nullptr;
  return call.finish(scatterNd(static_cast<const int32_t*>(indices), n, static_cast<int>(depth), strides.data(), updates, dtype,
                               sliceSize, out, outSize));
}

/** oneHot(indices, n, depth, on, off, dtype, out). */
napi_value OneHot(napi_env env, napi_callback_info info) {
  Call call(env, info, "oneHot", 7);
  int64_t n = call.count(1, "n"), depth = call.count(2, "depth");
  double on = call.number(3, "on"), off = call.number(4, "off");
  int dtype = dtypeArg(call, 5);
  void* indices = call.pointer(0, "indices", n * kWord);
  void* out = call.pointer(6, "out", n * depth * kWord);
  if (!ready(call)) return nullptr;
  return call.finish(oneHot(static_cast<const int32_t*>(indices), n, depth, on, off, dtype, out));
}

/** reduce(op, dtype, x, outer, size, inner, out). */
napi_value Reduce(napi_env env, napi_callback_info info) {
  Call call(env, info, "reduce", 7);
  int64_t op = call.integer(0, "op");
  int dtype = dtypeArg(call, 1);
  int64_t outer = call.count(3, "outer"), size = call.count(4, "size"), inner = call.count(5, "inner");
  void* x = call.pointer(2, "x", outer * size * inner * kWord);
  void* out = call.pointer(6, "out", outer * inner * kWord);
  if (!ready(call)) return nullptr;
  return call.finish(reduce(static_cast<int>(op), dtype, x, outer, size, inner, out));
}

/** softmax(x, out, rows, cols, log). */
napi_value Softmax(napi_env env, napi_callback_info info) {
  Call call(env, info, "softmax", 5);
  int64_t rows = call.count(2, "rows"), cols = call.count(3, "cols");
  bool log = call.flag(4, "log");
  void* x = call.pointer(0, "x", rows * cols * kWord);
  void* out = call.pointer(1, "out", rows * cols * kWord);
  if (!ready(call)) return nullptr;
  return call.finish(softmax(static_cast<const float*>(x), static_cast<float*>(out), rows, cols, log));
}

/** cumsum(x, dtype, outer, size, inner, exclusive, reverse, out). */
napi_value Cumsum(napi_env env, napi_callback_info info) {
  Call call(env, info, "cumsum", 8);
  int dtype = dtypeArg(call, 1);
  int64_t outer = call.count(2, "outer"), size = call.count(3, "size"), inner = call.count(4, "inner");
  bool exclusive = call.flag(5, "exclusive"), reverse = call.flag(6, "reverse");
  void* x = call.pointer(0, "x", outer * size * inner * kWord);
  void* out = call.pointer(7, "out", outer * size * inner * kWord);
  if (!ready(call)) return nullptr;
  return call.finish(cumsum(x, dtype, outer, size, inner, exclusive, reverse, out));
}

#define F(i, what, n) static_cast<float*>(call.pointer(i, what, (n) * kWord))
#define CF(i, what, n) static_cast<const float*>(call.pointer(i, what, (n) * kWord))

/** rmsNorm(x, weight, rows, dim, eps, out) / layerNorm(x, gamma, beta, rows, dim, eps, out). */
napi_value RmsNorm(napi_env env, napi_callback_info info) {
  Call call(env, info, "rmsNorm", 6);
  int64_t rows = call.count(2, "rows"), dim = call.count(3, "dim");
  float eps = static_cast<float>(call.number(4, "eps"));
  const float* x = CF(0, "x", rows * dim);
  const float* w = CF(1, "weight", dim);
  float* out = F(5, "out", rows * dim);
  if (!ready(call)) return nullptr;
  return call.finish(rmsNorm(x, w, rows, dim, eps, out));
}

napi_value RmsNormGrad(napi_env env, napi_callback_info info) {
  Call call(env, info, "rmsNormGrad", 8);
  int64_t rows = call.count(3, "rows"), dim = call.count(4, "dim");
  float eps = static_cast<float>(call.number(5, "eps"));
  const float* dy = CF(0, "dy", rows * dim);
  const float* x = CF(1, "x", rows * dim);
  const float* w = CF(2, "weight", dim);
  float* dx = F(6, "dx", rows * dim);
  float* dw = F(7, "dWeight", dim);
  if (!ready(call)) return nullptr;
  return call.finish(rmsNormGrad(dy, x, w, rows, dim, eps, dx, dw));
}

napi_value LayerNorm(napi_env env, napi_callback_info info) {
  Call call(env, info, "layerNorm", 7);
  int64_t rows = call.count(3, "rows"), dim = call.count(4, "dim");
  float eps = static_cast<float>(call.number(5, "eps"));
  const float* x = CF(0, "x", rows * dim);
  const float* g = CF(1, "gamma", dim);
  const float* b = CF(2, "beta", dim);
  float* out = F(6, "out", rows * dim);
  if (!ready(call)) return nullptr;
  return call.finish(layerNorm(x, g, b, rows, dim, eps, out));
}

/** layerNormGrad(dy, x, gamma, rows, dim, eps, dx, dGamma, dBeta). */
napi_value LayerNormGrad(napi_env env, napi_callback_info info) {
  Call call(env, info, "layerNormGrad", 9);
  int64_t rows = call.count(3, "rows"), dim = call.count(4, "dim");
  float eps = static_cast<float>(call.number(5, "eps"));
  const float* dy = CF(0, "dy", rows * dim);
  const float* x = CF(1, "x", rows * dim);
  const float* g = CF(2, "gamma", dim);
  float* dx = F(6, "dx", rows * dim);
  float* dg = F(7, "dGamma", dim);
  float* db = F(8, "dBeta", dim);
  if (!ready(call)) return nullptr;
  return call.finish(layerNormGrad(dy, x, g, rows, dim, eps, dx, dg, db));
}

/** crossEntropy(logits, targets, rows, vocab, nll). */
napi_value CrossEntropy(napi_env env, napi_callback_info info) {
  Call call(env, info, "crossEntropy", 5);
  int64_t rows = call.count(2, "rows"), vocab = call.count(3, "vocab");
  const float* logits = CF(0, "logits", rows * vocab);
  const int32_t* targets = static_cast<const int32_t*>(call.pointer(1, "targets", rows * kWord));
  float* nll = F(4, "nll", rows);
  if (!ready(call)) return nullptr;
  return call.finish(crossEntropy(logits, targets, rows, vocab, nll));
}

/** crossEntropyGrad(dy, logits, targets, rows, vocab, dLogits). */
napi_value CrossEntropyGrad(napi_env env, napi_callback_info info) {
  Call call(env, info, "crossEntropyGrad", 6);
  int64_t rows = call.count(3, "rows"), vocab = call.count(4, "vocab");
  const float* dy = CF(0, "dy", rows);
  const float* logits = CF(1, "logits", rows * vocab);
  const int32_t* targets = static_cast<const int32_t*>(call.pointer(2, "targets", rows * kWord));
  float* dLogits = F(5, "dLogits", rows * vocab);
  if (!ready(call)) return nullptr;
  return call.finish(crossEntropyGrad(dy, logits, targets, rows, vocab, dLogits));
}

/** activation(op, x, out, n). */
napi_value Activation(napi_env env, napi_callback_info info) {
  Call call(env, info, "activation", 4);
  int64_t op = call.integer(0, "op"), n = call.count(3, "n");
  const float* x = CF(1, "x", n);
  float* out = F(2, "out", n);
  if (!ready(call)) return nullptr;
  return call.finish(activation(static_cast<int>(op), x, out, n));
}

/** activationGrad(op, dy, x, dx, n). */
napi_value ActivationGrad(napi_env env, napi_callback_info info) {
  Call call(env, info, "activationGrad", 5);
  int64_t op = call.integer(0, "op"), n = call.count(4, "n");
  const float* dy = CF(1, "dy", n);
  const float* x = CF(2, "x", n);
  float* dx = F(3, "dx", n);
  if (!ready(call)) return nullptr;
  return call.finish(activationGrad(static_cast<int>(op), dy, x, dx, n));
}

/** adamw(param, m, v, grad, n, hyper[7], outParam, outM, outV). */
napi_value Adamw(napi_env env, napi_callback_info info) {
  Call call(env, info, "adamw", 9);
  int64_t n = call.count(4, "n");
  float hyper[7] = {0};
  if (!call.failed()) {
    uint32_t length = 0;
    bool isArray = false;
    if (napi_is_array(env, call.arg(5), &isArray) != napi_ok || !isArray || napi_get_array_length(env, call.arg(5), &length) != napi_ok ||
        length != 7) {
      call.fail("hyper must be [lr, beta1, beta2, eps, weightDecay, bc1, bc2Sqrt]");
    }
    for (uint32_t i = 0; i < 7 && !call.failed(); i++) {
      napi_value element;
      double value = 0;
      napi_get_element(env, call.arg(5), i, &element);
      if (napi_get_value_double(env, element, &value) != napi_ok) call.fail("hyper entries must be numbers");
      hyper[i] = static_cast<float>(value);
    }
  }
  const float* p = CF(0, "param", n);
  const float* m = CF(1, "m", n);
  const float* v = CF(2, "v", n);
  const float* g = CF(3, "grad", n);
  float* po = F(6, "outParam", n);
  float* mo = F(7, "outM", n);
  float* vo = F(8, "outV", n);
  if (!ready(call)) return nullptr;
  return call.finish(adamw(p, m, v, g, n, hyper, po, mo, vo));
}

/** rope(x, cos, sin, dims [b, h, t, d], sign, out). */
napi_value Rope(napi_env env, napi_callback_info info) {
  Call call(env, info, "rope", 6);
  std::vector<int64_t> dims = call.integers(3, "dims");
  float sign = static_cast<float>(call.number(4, "sign"));
  if (!call.failed() && dims.size() != 4) call.fail("dims must be [b, h, t, d]", true);
  int64_t b = call.failed() ? 0 : dims[0], h = call.failed() ? 0 : dims[1], t = call.failed() ? 0 : dims[2], d = call.failed() ? 0 : dims[3];
  const float* x = CF(0, "x", b * h * t * d);
  const float* c = CF(1, "cos", b * t * (d / 2));
  const float* s = CF(2, "sin", b * t * (d / 2));
  float* out = F(5, "out", b * h * t * d);
  if (!ready(call)) return nullptr;
  return call.finish(rope(x, c, s, b, h, t, d, sign, out));
}

/** gae(rewards, values, mask, rows, time, gamma, lambda, advantages, returns). */
napi_value Gae(napi_env env, napi_callback_info info) {
  Call call(env, info, "gae", 9);
  int64_t rows = call.count(3, "rows"), time = call.count(4, "time");
  float gamma = static_cast<float>(call.number(5, "gamma")), lambda = static_cast<float>(call.number(6, "lambda"));
  const float* r = CF(0, "rewards", rows * time);
  const float* v = CF(1, "values", rows * time);
  const float* m = CF(2, "mask", rows * time);
  float* adv = F(7, "advantages", rows * time);
  float* ret = F(8, "returns", rows * time);
  if (!ready(call)) return nullptr;
  return call.finish(gae(r, v, m, rows, time, gamma, lambda, adv, ret));
}

AttentionDims attentionDims(Call& call, size_t i) {
  AttentionDims s{0, 0, 0, 0, 0, 0};
  std::vector<int64_t> dims = call.integers(i, "dims");
  if (call.failed()) return s;
  if (dims.size() != 6) {
    call.fail("dims must be [b, hq, hkv, tq, tk, d]", true);
    return s;
  }
  for (int64_t v : dims) {
    if (v > 0x7fffffff) {
      call.fail("attention dims exceed int32", true);
      return s;
    }
  }
  s = {static_cast<int>(dims[0]), static_cast<int>(dims[1]), static_cast<int>(dims[2]), static_cast<int>(dims[3]),
       static_cast<int>(dims[4]), static_cast<int>(dims[5])};
  if (s.hkv == 0 || s.hq % s.hkv != 0) call.fail("hq must be a multiple of hkv", true);
  return s;
}

/** attention(q, k, v, keyMask, dims, scale, out). */
napi_value Attention(napi_env env, napi_callback_info info) {
  Call call(env, info, "attention", 7);
  AttentionDims s = attentionDims(call, 4);
  float scale = static_cast<float>(call.number(5, "scale"));
  const int64_t qn = static_cast<int64_t>(s.b) * s.hq * s.tq * s.d, kvn = static_cast<int64_t>(s.b) * s.hkv * s.tk * s.d;
  const float* q = CF(0, "q", qn);
  const float* k = CF(1, "k", kvn);
  const float* v = CF(2, "v", kvn);
  const float* mask = CF(3, "keyMask", static_cast<int64_t>(s.b) * s.tk);
  float* out = F(6, "out", qn);
  if (!ready(call)) return nullptr;
  return call.finish(attention(q, k, v, mask, s, scale, out));
}

/** attentionGrad(dy, q, k, v, keyMask, dims, scale, dq, dk, dv). */
napi_value AttentionGrad(napi_env env, napi_callback_info info) {
  Call call(env, info, "attentionGrad", 10);
  AttentionDims s = attentionDims(call, 5);
  float scale = static_cast<float>(call.number(6, "scale"));
  const int64_t qn = static_cast<int64_t>(s.b) * s.hq * s.tq * s.d, kvn = static_cast<int64_t>(s.b) * s.hkv * s.tk * s.d;
  const float* dy = CF(0, "dy", qn);
  const float* q = CF(1, "q", qn);
  const float* k = CF(2, "k", kvn);
  const float* v = CF(3, "v", kvn);
  const float* mask = CF(4, "keyMask", static_cast<int64_t>(s.b) * s.tk);
  float* dq = F(7, "dq", qn);
  float* dk = F(8, "dk", kvn);
  float* dv = F(9, "dv", kvn);
  if (!ready(call)) return nullptr;
  return call.finish(attentionGrad(dy, q, k, v, mask, s, scale, dq, dk, dv));
}

#undef F
#undef CF

}  // namespace

void exportKernels(napi_env env, napi_value exports) {
  const struct {
    const char* name;
    napi_callback fn;
  } functions[] = {
      {"matmul", Matmul}, {"binary", Binary}, {"unary", Unary}, {"cast", Cast}, {"fill", Fill}, {"range", Range},
      {"select", Select}, {"addN", AddN}, {"transpose", Transpose}, {"stridedSlice", StridedSlice},
      {"copyColumns", CopyColumns}, {"pad", Pad}, {"tile", Tile}, {"gather", Gather}, {"segmentSum", SegmentSum},
      {"scatterNd", ScatterNd}, {"oneHot", OneHot}, {"reduce", Reduce}, {"softmax", Softmax}, {"cumsum", Cumsum},
      {"rmsNorm", RmsNorm}, {"rmsNormGrad", RmsNormGrad}, {"layerNorm", LayerNorm}, {"layerNormGrad", LayerNormGrad},
      {"crossEntropy", CrossEntropy}, {"crossEntropyGrad", CrossEntropyGrad}, {"activation", Activation},
      {"activationGrad", ActivationGrad}, {"adamw", Adamw}, {"rope", Rope}, {"gae", Gae}, {"attention", Attention},
      {"attentionGrad", AttentionGrad},
  };
  for (const auto& f : functions) {
    napi_value fn;
    napi_create_function(env, f.name, NAPI_AUTO_LENGTH, f.fn, nullptr, &fn);
    napi_set_named_property(env, exports, f.name, fn);
  }
}

}  // namespace sc
