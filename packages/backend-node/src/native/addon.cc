// N-API bindings. Every function takes typed arrays that tfjs's cpu backend owns and writes into an
// output array allocated by the caller, so no data is copied across the boundary.
//
// The functions are public (loadNativeAddon()), so each one checks every argument before touching
// memory (see args.h): the count, kinds, sizes (products checked for overflow), op codes, shapes,
// permutations and broadcasts, and each array's element type and length against what the kernel will
// read or write. Scalars and shapes are read before any typed array, so no JavaScript (an array
// getter) runs while a data pointer is held. Bad arguments throw a TypeError or RangeError naming the
// argument; a kernel that runs out of memory throws an Error; nothing aborts the process.
#include <napi.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <stdexcept>
#include <thread>
#include <cstring>
#include <new>
#include <string>
#include <vector>

#include "args.h"
#include "fused.h"
#include "gemm.h"
#include "kernels.h"
#include "pool.h"
#include "simd.h"

namespace {

using sc::ArgError;
using sc::Args;
using sc::format;

using Binding = Napi::Value (*)(const Napi::CallbackInfo&);

/** Runs a binding, turning C++ exceptions (bad arguments, out of memory) into JavaScript ones. */
template <Binding F>
Napi::Value guarded(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  try {
    return F(info);
  } catch (const ArgError& e) {
    if (!env.IsExceptionPending()) {
      if (e.range) Napi::RangeError::New(env, e.message).ThrowAsJavaScriptException();
      else Napi::TypeError::New(env, e.message).ThrowAsJavaScriptException();
    }
  } catch (const std::bad_alloc&) {
    if (!env.IsExceptionPending()) Napi::Error::New(env, "stagecoach native: out of memory").ThrowAsJavaScriptException();
  } catch (const std::exception& e) {
    if (!env.IsExceptionPending()) Napi::Error::New(env, std::string("stagecoach native: ") + e.what()).ThrowAsJavaScriptException();
  }
  return env.Undefined();
}

int64_t size_of(const std::vector<int64_t>& s, const Args& args, const char* what) {
  int64_t n = 1;
  for (auto d : s) n = args.product({n, d}, what);
  return n;
}

Napi::Value Info(const Napi::CallbackInfo& info) {
  Args args(info, "info", {});
  auto env = info.Env();
  auto o = Napi::Object::New(env);
  o.Set("blas", sc::blas_name());
  o.Set("gemm", sc::gemm_kernel());
  o.Set("simd", sc::simd_name(sc::simd()));
  auto paths = Napi::Array::New(env);
  for (int s = 0; s <= static_cast<int>(sc::simd_supported()); ++s) paths.Set(s, sc::simd_name(static_cast<sc::Simd>(s)));
  o.Set("simdPaths", paths);
  o.Set("threads", sc::pool().size());
  auto cpus = Napi::Object::New(env);
  cpus.Set("online", sc::online_cpus());
  cpus.Set("affinity", sc::affinity_cpus());
  const double quota = sc::cgroup_cpu_limit();
  cpus.Set("cgroupQuota", quota > 0 ? Napi::Number::New(env, quota) : env.Null());
  o.Set("cpus", cpus);
  auto stats = Napi::Object::New(env);
  stats.Set("jobs", static_cast<double>(sc::pool().jobs()));
  stats.Set("callerChunks", static_cast<double>(sc::pool().caller_chunks()));
  stats.Set("workerChunks", static_cast<double>(sc::pool().worker_chunks()));
  o.Set("pool", stats);
  return o;
}

// setBlas(mode): 0 builtin sgemm, 1 the BLAS found at load, 2 auto. Returns whether the BLAS is used.
Napi::Value SetBlas(const Napi::CallbackInfo& info) {
  Args args(info, "setBlas", {"mode"});
  return Napi::Boolean::New(info.Env(), sc::use_blas(args.op(0, 3, "0 builtin, 1 BLAS, 2 auto")));
}

// setSimd(path): runs every kernel on the SIMD path 'generic', 'avx2' or 'avx512', clamped to what the
// CPU supports. Returns the path now in use.
Napi::Value SetSimd(const Napi::CallbackInfo& info) {
  Args args(info, "setSimd", {"path"});
  const Napi::Value v = info[0];
  sc::Simd want;
  if (!v.IsString()) throw args.type_error(0, "must be 'generic', 'avx2' or 'avx512'");
  if (!sc::parse_simd(v.As<Napi::String>().Utf8Value(), want)) {
    throw args.range_error(0, "must be 'generic', 'avx2' or 'avx512', got '" + v.As<Napi::String>().Utf8Value() + "'");
  }
  return Napi::String::New(info.Env(), sc::simd_name(sc::set_simd(want)));
}

// matmul(a, b, out, batch, m, n, k, transA, transB, strideA, strideB): out[i] = op(a[i]) op(b[i]) for
// i < batch, where a[i] starts at i * strideA (0 broadcasts one matrix) and likewise b.
Napi::Value MatMul(const Napi::CallbackInfo& info) {
  Args args(info, "matmul", {"a", "b", "out", "batch", "m", "n", "k", "transposeA", "transposeB", "strideA", "strideB"});
  const int64_t batch = args.size(3), m = args.size(4, INT32_MAX), n = args.size(5, INT32_MAX), k = args.size(6, INT32_MAX);
  const bool ta = args.boolean(7), tb = args.boolean(8);
  const int64_t sa = args.size(9), sb = args.size(10);
  const int64_t mk = args.product({m, k}, "m*k"), kn = args.product({k, n}, "k*n");
  const int64_t mn = args.product({batch, m, n}, "batch*m*n");
  // Elements each operand reaches: the last matrix starts at (batch - 1) * stride.
  auto reach = [&](int64_t stride, int64_t matrix, const char* what) {
    if (batch == 0 || matrix == 0) return int64_t{0};
    const int64_t last = args.product({batch - 1, stride}, what);
    if (last > sc::kMaxSafeInteger - matrix) throw args.range_error(std::string(what) + " is too large");
    return last + matrix;
  };
  const int64_t na = reach(sa, mk, "(batch-1)*strideA"), nb = reach(sb, kn, "(batch-1)*strideB");
  const float* a = args.floats(0, na);
  const float* b = args.floats(1, nb);
  float* c = args.floats(2, mn);
  if (mn > 0) sc::batched_gemm(batch, ta, tb, m, n, k, a, sa, b, sb, c);
  return info.Env().Undefined();
}

// binary(op, a, aShape, b, bShape, out, outShape): numpy broadcasting; each input has at most the
// output's rank and each of its dimensions is 1 or the output's (aligned from the right).
Napi::Value Binary(const Napi::CallbackInfo& info) {
  Args args(info, "binary", {"op", "a", "aShape", "b", "bShape", "out", "outShape"});
  auto op = static_cast<sc::BinaryOp>(args.op(0, 7, "0 add, 1 sub, 2 mul, 3 div, 4 max, 5 min, 6 squaredDifference"));
  auto as = args.shape(2), bs = args.shape(4), os = args.shape(6);
  for (auto [shape, i] : {std::pair{&as, size_t{2}}, std::pair{&bs, size_t{4}}}) {
    if (shape->size() > os.size()) {
      throw args.range_error(i, format(*shape) + " has a higher rank than outShape " + format(os));
    }
    for (size_t d = 0; d < shape->size(); ++d) {
      const int64_t dim = (*shape)[shape->size() - 1 - d], out_dim = os[os.size() - 1 - d];
      if (dim != 1 && dim != out_dim) {
        throw args.range_error(i, format(*shape) + " does not broadcast to outShape " + format(os));
      }
    }
  }
  const int64_t na = size_of(as, args, "aShape"), nb = size_of(bs, args, "bShape"), no = size_of(os, args, "outShape");
  const float* a = args.floats(1, na);
  const float* b = args.floats(3, nb);
  float* out = args.floats(5, no);
  if (no > 0) sc::binary(op, a, as, b, bs, out, os);
  return info.Env().Undefined();
}

// unary(op, x, out, n)
Napi::Value Unary(const Napi::CallbackInfo& info) {
  Args args(info, "unary", {"op", "x", "out", "n"});
  auto op = static_cast<sc::UnaryOp>(args.op(0, 11,
      "0 exp, 1 log, 2 tanh, 3 sqrt, 4 rsqrt, 5 neg, 6 square, 7 relu, 8 sigmoid, 9 abs, 10 reciprocal"));
  const int64_t n = args.size(3);
  const float* x = args.floats(1, n);
  float* out = args.floats(2, n);
  if (n > 0) sc::unary(op, x, out, n);
  return info.Env().Undefined();
}

// reduce(op, x, out, outer, size, inner): x viewed as [outer, size, inner], reduced over the middle.
Napi::Value Reduce(const Napi::CallbackInfo& info) {
  Args args(info, "reduce", {"op", "x", "out", "outer", "size", "inner"});
  auto op = static_cast<sc::ReduceOp>(args.op(0, 5, "0 sum, 1 max, 2 min, 3 mean, 4 prod"));
  const int64_t outer = args.size(3), size = args.size(4), inner = args.size(5);
  const int64_t nx = args.product({outer, size, inner}, "outer*size*inner");
  const int64_t no = args.product({outer, inner}, "outer*inner");
  const float* x = args.floats(1, nx);
  float* out = args.floats(2, no);
  if (no > 0) sc::reduce(op, x, out, outer, size, inner);
  return info.Env().Undefined();
}

// softmax(x, out, rows, cols)
Napi::Value Softmax(const Napi::CallbackInfo& info) {
  Args args(info, "softmax", {"x", "out", "rows", "cols"});
  const int64_t rows = args.size(2), cols = args.size(3);
  const int64_t n = args.product({rows, cols}, "rows*cols");
  const float* x = args.floats(0, n);
  float* out = args.floats(1, n);
  if (n > 0) sc::softmax(x, out, rows, cols);
  return info.Env().Undefined();
}

// transpose(x, shape, perm, out): out.shape[i] = shape[perm[i]]; 4-byte elements of any type.
Napi::Value Transpose(const Napi::CallbackInfo& info) {
  Args args(info, "transpose", {"x", "shape", "perm", "out"});
  auto s = args.shape(1), perm = args.shape(2);
  if (perm.size() != s.size()) {
    throw args.range_error(2, format(perm) + " has length " + std::to_string(perm.size()) + ", the rank of shape " +
                                  format(s) + " is " + std::to_string(s.size()));
  }
  std::vector<bool> seen(s.size(), false);
  for (size_t d = 0; d < perm.size(); ++d) {
    const int64_t p = perm[d];
    if (p >= static_cast<int64_t>(s.size()) || seen[p]) {
      throw args.range_error(2, format(perm) + " is not a permutation of 0.." + std::to_string(s.size() - 1) + " (" +
                                    std::to_string(p) + (seen.size() > static_cast<size_t>(p) ? " repeats)" : " is out of range)"));
    }
    seen[p] = true;
  }
  const int64_t n = size_of(s, args, "shape");
  const uint32_t* x = args.words(0, n);
  uint32_t* out = args.words(3, n);
  if (n > 0) sc::transpose(x, s, perm, out);
  return info.Env().Undefined();
}

// gather(x, outer, dim, inner, indices, n, out) -> index of first out-of-range position or -1
Napi::Value Gather(const Napi::CallbackInfo& info) {
  Args args(info, "gather", {"x", "outer", "dim", "inner", "indices", "n", "out"});
  const int64_t outer = args.size(1), dim = args.size(2), inner = args.size(3), n = args.size(5);
  const int64_t nx = args.product({outer, dim, inner}, "outer*dim*inner");
  const int64_t no = args.product({outer, n, inner}, "outer*n*inner");
  const uint32_t* x = args.words(0, nx);
  const int32_t* idx = args.ints(4, n);
  uint32_t* out = args.words(6, no);
  return Napi::Number::New(info.Env(), static_cast<double>(sc::gather(x, outer, dim, inner, idx, n, out)));
}

// segmentSum(data, ids, rows, inner, segments, out)
Napi::Value SegmentSum(const Napi::CallbackInfo& info) {
  Args args(info, "segmentSum", {"data", "segmentIds", "rows", "inner", "segments", "out"});
  const int64_t rows = args.size(2), inner = args.size(3), segments = args.size(4);
  const int64_t nd = args.product({rows, inner}, "rows*inner");
  const int64_t no = args.product({segments, inner}, "segments*inner");
  const float* data = args.floats(0, nd);
  const int32_t* ids = args.ints(1, rows);
  float* out = args.floats(5, no);
  if (no > 0) sc::unsorted_segment_sum(data, ids, rows, inner, segments, out);
  return info.Env().Undefined();
}

// crossEntropy(logits, targets, rows, vocab, out) -> first bad row or -1
Napi::Value CrossEntropy(const Napi::CallbackInfo& info) {
  Args args(info, "crossEntropy", {"logits", "targets", "rows", "vocab", "out"});
  const int64_t rows = args.size(2), vocab = args.size(3);
  const int64_t nl = args.product({rows, vocab}, "rows*vocab");
  const float* logits = args.floats(0, nl);
  const int32_t* targets = args.ints(1, rows);
  float* out = args.floats(4, rows);
  return Napi::Number::New(info.Env(), static_cast<double>(sc::cross_entropy(logits, targets, rows, vocab, out)));
}

// crossEntropyGrad(dy, logits, targets, rows, vocab, out)
Napi::Value CrossEntropyGrad(const Napi::CallbackInfo& info) {
  Args args(info, "crossEntropyGrad", {"dy", "logits", "targets", "rows", "vocab", "out"});
  const int64_t rows = args.size(3), vocab = args.size(4);
  const int64_t nl = args.product({rows, vocab}, "rows*vocab");
  const float* dy = args.floats(0, rows);
  const float* logits = args.floats(1, nl);
  const int32_t* targets = args.ints(2, rows);
  float* out = args.floats(5, nl);
  if (nl > 0) sc::cross_entropy_grad(dy, logits, targets, rows, vocab, out);
  return info.Env().Undefined();
}

// rmsNorm(x, weight, rows, dim, eps, out)
Napi::Value RmsNorm(const Napi::CallbackInfo& info) {
  Args args(info, "rmsNorm", {"x", "weight", "rows", "dim", "eps", "out"});
  const int64_t rows = args.size(2), dim = args.size(3);
  const float eps = static_cast<float>(args.number(4));
  const int64_t n = args.product({rows, dim}, "rows*dim");
  const float* x = args.floats(0, n);
  const float* w = args.floats(1, dim);
  float* out = args.floats(5, n);
  if (n > 0) sc::rms_norm(x, w, rows, dim, eps, out);
  return info.Env().Undefined();
}

// rmsNormGrad(dy, x, weight, rows, dim, eps, dx, dWeight)
Napi::Value RmsNormGrad(const Napi::CallbackInfo& info) {
  Args args(info, "rmsNormGrad", {"dy", "x", "weight", "rows", "dim", "eps", "dx", "dWeight"});
  const int64_t rows = args.size(3), dim = args.size(4);
  const float eps = static_cast<float>(args.number(5));
  const int64_t n = args.product({rows, dim}, "rows*dim");
  const float* dy = args.floats(0, n);
  const float* x = args.floats(1, n);
  const float* w = args.floats(2, dim);
  float* dx = args.floats(6, n);
  float* dw = args.floats(7, dim);
  if (n > 0) sc::rms_norm_grad(dy, x, w, rows, dim, eps, dx, dw);
  else std::fill(dw, dw + dim, 0.f);
  return info.Env().Undefined();
}

// layerNorm(x, gamma, beta, rows, dim, eps, out)
Napi::Value LayerNorm(const Napi::CallbackInfo& info) {
  Args args(info, "layerNorm", {"x", "gamma", "beta", "rows", "dim", "eps", "out"});
  const int64_t rows = args.size(3), dim = args.size(4);
  const float eps = static_cast<float>(args.number(5));
  const int64_t n = args.product({rows, dim}, "rows*dim");
  const float* x = args.floats(0, n);
  const float* g = args.floats(1, dim);
  const float* b = args.floats(2, dim);
  float* out = args.floats(6, n);
  if (n > 0) sc::layer_norm(x, g, b, rows, dim, eps, out);
  return info.Env().Undefined();
}

// layerNormGrad(dy, x, gamma, rows, dim, eps, dx, dGamma, dBeta)
Napi::Value LayerNormGrad(const Napi::CallbackInfo& info) {
  Args args(info, "layerNormGrad", {"dy", "x", "gamma", "rows", "dim", "eps", "dx", "dGamma", "dBeta"});
  const int64_t rows = args.size(3), dim = args.size(4);
  const float eps = static_cast<float>(args.number(5));
  const int64_t n = args.product({rows, dim}, "rows*dim");
  const float* dy = args.floats(0, n);
  const float* x = args.floats(1, n);
  const float* g = args.floats(2, dim);
  float* dx = args.floats(6, n);
  float* dg = args.floats(7, dim);
  float* db = args.floats(8, dim);
  if (n > 0) {
    sc::layer_norm_grad(dy, x, g, rows, dim, eps, dx, dg, db);
  } else {
    std::fill(dg, dg + dim, 0.f);
    std::fill(db, db + dim, 0.f);
  }
  return info.Env().Undefined();
}

constexpr const char* kActivations = "0 gelu, 1 silu";

// activation(op, x, out, n)
Napi::Value ActivationFn(const Napi::CallbackInfo& info) {
  Args args(info, "activation", {"op", "x", "out", "n"});
  auto op = static_cast<sc::Activation>(args.op(0, 2, kActivations));
  const int64_t n = args.size(3);
  const float* x = args.floats(1, n);
  float* out = args.floats(2, n);
  if (n > 0) sc::activation(op, x, out, n);
  return info.Env().Undefined();
}

// activationGrad(op, dy, x, out, n)
Napi::Value ActivationGrad(const Napi::CallbackInfo& info) {
  Args args(info, "activationGrad", {"op", "dy", "x", "out", "n"});
  auto op = static_cast<sc::Activation>(args.op(0, 2, kActivations));
  const int64_t n = args.size(4);
  const float* dy = args.floats(1, n);
  const float* x = args.floats(2, n);
  float* out = args.floats(3, n);
  if (n > 0) sc::activation_grad(op, dy, x, out, n);
  return info.Env().Undefined();
}

// adamw(param, m, v, grad, n, [lr, beta1, beta2, eps, weightDecay, bc1, bc2Sqrt], outParam, outM, outV)
// Reads param/m/v/grad, writes the updated values into the three outputs (which may alias the inputs).
Napi::Value AdamW(const Napi::CallbackInfo& info) {
  Args args(info, "adamw", {"param", "m", "v", "grad", "n", "hyper", "outParam", "outM", "outV"});
  const int64_t n = args.size(4);
  auto h = args.numbers(5, 7);  // [lr, beta1, beta2, eps, weightDecay, bc1, bc2Sqrt]
  const float* p = args.floats(0, n);
  const float* m = args.floats(1, n);
  const float* v = args.floats(2, n);
  const float* g = args.floats(3, n);
  float* op = args.floats(6, n);
  float* om = args.floats(7, n);
  float* ov = args.floats(8, n);
  if (n == 0) return info.Env().Undefined();
  if (op != p) std::memmove(op, p, sizeof(float) * n);
  if (om != m) std::memmove(om, m, sizeof(float) * n);
  if (ov != v) std::memmove(ov, v, sizeof(float) * n);
  sc::adamw(op, om, ov, g, n, static_cast<float>(h[0]), static_cast<float>(h[1]), static_cast<float>(h[2]),
            static_cast<float>(h[3]), static_cast<float>(h[4]), static_cast<float>(h[5]), static_cast<float>(h[6]));
  return info.Env().Undefined();
}

// gae(rewards, values, mask, rows, time, gamma, lambda, outAdvantages, outReturns): core's StagecoachGae, a
// reverse scan over each row of [rows, time] (the recurrence in core's GAE_KERNEL TSDoc), in double.
// Rows are independent and short; one thread is plenty for the sizes RL uses (rows = samples).
Napi::Value Gae(const Napi::CallbackInfo& info) {
  Args args(info, "gae", {"rewards", "values", "mask", "rows", "time", "gamma", "lambda", "outAdvantages", "outReturns"});
  const int64_t rows = args.size(3), time = args.size(4);
  const int64_t n = args.product({rows, time}, "rows*time");
  const double gamma = args.number(5), lambda = args.number(6);
  const float* r = args.floats(0, n);
  const float* v = args.floats(1, n);
  const float* m = args.floats(2, n);
  float* adv = args.floats(7, n);
  float* ret = args.floats(8, n);
  for (int64_t b = 0; b < rows; ++b) {
    double carried = 0, next_value = 0;  // A[t+1]·mask[t+1], values[t+1]·mask[t+1]
    for (int64_t t = time - 1; t >= 0; --t) {
      const int64_t i = b * time + t;
      const double a = (r[i] + gamma * next_value - v[i] + gamma * lambda * carried) * m[i];
      adv[i] = static_cast<float>(a);
      ret[i] = static_cast<float>((a + v[i]) * m[i]);
      carried = a;
      next_value = static_cast<double>(v[i]) * m[i];
    }
  }
  return info.Env().Undefined();
}

// poolSelfTest(chunks, throwOnCaller): a pool job of `chunks` chunks of ~20 µs; with throwOnCaller, the
// first chunk the calling thread picks up throws, and chunks on workers wait (up to a second) until it
// has, so that the caller always gets one. Returns how many chunks ran. Tests the pool's exception
// path, which no kernel takes on purpose.
Napi::Value PoolSelfTest(const Napi::CallbackInfo& info) {
  Args args(info, "poolSelfTest", {"chunks", "throwOnCaller"});
  const int64_t chunks = args.size(0, 1 << 20);
  const bool throw_on_caller = args.boolean(1);
  const auto caller = std::this_thread::get_id();
  std::atomic<int64_t> ran{0};
  std::atomic<bool> thrown{false};
  sc::pool().run(chunks, [&](int64_t) {
    using clock = std::chrono::steady_clock;
    if (throw_on_caller && std::this_thread::get_id() == caller) {
      thrown.store(true);
      throw std::runtime_error("poolSelfTest: a chunk on the calling thread failed");
    }
    const auto deadline = clock::now() + std::chrono::seconds(1);
    while (throw_on_caller && !thrown.load() && clock::now() < deadline) std::this_thread::yield();
    const auto until = clock::now() + std::chrono::microseconds(20);
    while (clock::now() < until) {
    }
    ran.fetch_add(1);
  });
  return Napi::Number::New(info.Env(), static_cast<double>(ran.load()));
}

sc::AttentionDims attention_dims(const Args& args, size_t i) {
  auto d = args.shape(i);
  if (d.size() != 6 && d.size() != 7) throw args.range_error(i, "must be [B, Hq, Hkv, Tq, Tk, D] or [B, Hq, Hkv, Tq, Tk, D, C], got " + format(d));
  sc::AttentionDims s{d[0], d[1], d[2], d[3], d[4], d[5], d.size() == 7 ? d[6] : d[4]};
  if (s.cap < s.tk) throw args.range_error(i, format(d) + ": the key/value capacity C must be at least Tk");
  if (s.hkv == 0 || s.hq % s.hkv != 0) {
    throw args.range_error(i, format(d) + ": Hq (" + std::to_string(s.hq) + ") must be a multiple of Hkv (" +
                                  std::to_string(s.hkv) + " > 0)");
  }
  if (s.tk < s.tq) throw args.range_error(i, format(d) + ": Tk must be at least Tq (queries are the last Tq keys)");
  return s;
}

// attention(q, k, v, keyMask, dims, scale, out); dims [B, Hq, Hkv, Tq, Tk, D] or, for k/v buffers of
// capacity C >= Tk (a KV cache, first Tk positions read), [B, Hq, Hkv, Tq, Tk, D, C].
Napi::Value Attention(const Napi::CallbackInfo& info) {
  Args args(info, "attention", {"q", "k", "v", "keyMask", "dims", "scale", "out"});
  const sc::AttentionDims s = attention_dims(args, 4);
  const float scale = static_cast<float>(args.number(5));
  const int64_t nq = args.product({s.batch, s.hq, s.tq, s.d}, "B*Hq*Tq*D");
  const int64_t nk = args.product({s.batch, s.hkv, s.cap, s.d}, "B*Hkv*C*D");
  const int64_t nm = args.product({s.batch, s.tk}, "B*Tk");
  const float* q = args.floats(0, nq);
  const float* k = args.floats(1, nk);
  const float* v = args.floats(2, nk);
  const float* m = args.floats(3, nm);
  float* out = args.floats(6, nq);
  if (nq > 0) sc::attention(s, q, k, v, m, scale, out);
  return info.Env().Undefined();
}

// attentionGrad(dy, q, k, v, keyMask, dims, scale, dq, dk, dv)
Napi::Value AttentionGrad(const Napi::CallbackInfo& info) {
  Args args(info, "attentionGrad", {"dy", "q", "k", "v", "keyMask", "dims", "scale", "dq", "dk", "dv"});
  const sc::AttentionDims s = attention_dims(args, 5);
  if (s.cap != s.tk) throw args.range_error(5, "the gradient takes [B, Hq, Hkv, Tq, Tk, D] (no capacity)");
  const float scale = static_cast<float>(args.number(6));
  const int64_t nq = args.product({s.batch, s.hq, s.tq, s.d}, "B*Hq*Tq*D");
  const int64_t nk = args.product({s.batch, s.hkv, s.tk, s.d}, "B*Hkv*Tk*D");
  const int64_t nm = args.product({s.batch, s.tk}, "B*Tk");
  const float* dy = args.floats(0, nq);
  const float* q = args.floats(1, nq);
  const float* k = args.floats(2, nk);
  const float* v = args.floats(3, nk);
  const float* m = args.floats(4, nm);
  float* dq = args.floats(7, nq);
  float* dk = args.floats(8, nk);
  float* dv = args.floats(9, nk);
  if (nq > 0) {
    sc::attention_grad(s, dy, q, k, v, m, scale, dq, dk, dv);
  } else {  // no queries: no gradient reaches the keys
    std::fill(dk, dk + nk, 0.f);
    std::fill(dv, dv + nk, 0.f);
  }
  return info.Env().Undefined();
}

Napi::Object Init(Napi::Env env, Napi::Object exports) {
  exports.Set("info", Napi::Function::New(env, guarded<Info>));
  exports.Set("setBlas", Napi::Function::New(env, guarded<SetBlas>));
  exports.Set("setSimd", Napi::Function::New(env, guarded<SetSimd>));
  exports.Set("matmul", Napi::Function::New(env, guarded<MatMul>));
  exports.Set("binary", Napi::Function::New(env, guarded<Binary>));
  exports.Set("unary", Napi::Function::New(env, guarded<Unary>));
  exports.Set("reduce", Napi::Function::New(env, guarded<Reduce>));
  exports.Set("softmax", Napi::Function::New(env, guarded<Softmax>));
  exports.Set("transpose", Napi::Function::New(env, guarded<Transpose>));
  exports.Set("gather", Napi::Function::New(env, guarded<Gather>));
  exports.Set("segmentSum", Napi::Function::New(env, guarded<SegmentSum>));
  exports.Set("crossEntropy", Napi::Function::New(env, guarded<CrossEntropy>));
  exports.Set("crossEntropyGrad", Napi::Function::New(env, guarded<CrossEntropyGrad>));
  exports.Set("rmsNorm", Napi::Function::New(env, guarded<RmsNorm>));
  exports.Set("rmsNormGrad", Napi::Function::New(env, guarded<RmsNormGrad>));
  exports.Set("layerNorm", Napi::Function::New(env, guarded<LayerNorm>));
  exports.Set("layerNormGrad", Napi::Function::New(env, guarded<LayerNormGrad>));
  exports.Set("activation", Napi::Function::New(env, guarded<ActivationFn>));
  exports.Set("activationGrad", Napi::Function::New(env, guarded<ActivationGrad>));
  exports.Set("adamw", Napi::Function::New(env, guarded<AdamW>));
  exports.Set("gae", Napi::Function::New(env, guarded<Gae>));
  exports.Set("attention", Napi::Function::New(env, guarded<Attention>));
  exports.Set("attentionGrad", Napi::Function::New(env, guarded<AttentionGrad>));
  exports.Set("poolSelfTest", Napi::Function::New(env, guarded<PoolSelfTest>));
  return exports;
}

}  // namespace

NODE_API_MODULE(stagecoach_native, Init)
