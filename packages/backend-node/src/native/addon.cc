// N-API bindings. Every function takes typed arrays that tfjs's cpu backend owns and writes into an
// output array allocated by the caller, so no data is copied across the boundary. Sizes are
// checked here too, so a wrong call throws instead of writing out of bounds.
#include <napi.h>

#include <cstring>
#include <string>
#include <vector>

#include "fused.h"
#include "gemm.h"
#include "kernels.h"
#include "pool.h"

namespace {

struct View {
  void* data = nullptr;
  size_t bytes = 0;
};

View view(const Napi::Value& v) {
  View out;
  if (!v.IsTypedArray()) return out;
  auto ta = v.As<Napi::TypedArray>();
  out.data = static_cast<uint8_t*>(ta.ArrayBuffer().Data()) + ta.ByteOffset();
  out.bytes = ta.ByteLength();
  return out;
}

bool fail(const Napi::Env& env, const std::string& msg) {
  Napi::TypeError::New(env, "stagecoach native: " + msg).ThrowAsJavaScriptException();
  return false;
}

// Fetches argument i as a typed array holding at least `count` 4-byte elements.
template <class T>
T* arr(const Napi::CallbackInfo& info, size_t i, int64_t count, const char* name) {
  View v = view(info[i]);
  if (!v.data && count > 0) {
    fail(info.Env(), std::string(name) + " must be a typed array");
    return nullptr;
  }
  if (static_cast<int64_t>(v.bytes) < count * 4) {
    fail(info.Env(), std::string(name) + " holds " + std::to_string(v.bytes / 4) + " elements, needs " +
                         std::to_string(count));
    return nullptr;
  }
  return static_cast<T*>(v.data);
}

int64_t num(const Napi::CallbackInfo& info, size_t i) { return info[i].As<Napi::Number>().Int64Value(); }

std::vector<int64_t> shape(const Napi::CallbackInfo& info, size_t i) {
  auto a = info[i].As<Napi::Array>();
  std::vector<int64_t> s(a.Length());
  for (uint32_t j = 0; j < a.Length(); ++j) s[j] = a.Get(j).As<Napi::Number>().Int64Value();
  return s;
}

std::vector<double> shape_doubles(const Napi::CallbackInfo& info, size_t i) {
  auto a = info[i].As<Napi::Array>();
  std::vector<double> s(a.Length());
  for (uint32_t j = 0; j < a.Length(); ++j) s[j] = a.Get(j).As<Napi::Number>().DoubleValue();
  return s;
}

int64_t size_of(const std::vector<int64_t>& s) {
  int64_t n = 1;
  for (auto d : s) n *= d;
  return n;
}

Napi::Value Info(const Napi::CallbackInfo& info) {
  auto env = info.Env();
  auto o = Napi::Object::New(env);
  o.Set("blas", sc::blas_name());
  o.Set("gemm", sc::gemm_kernel());
  o.Set("simd", sc::simd_level());
  o.Set("threads", sc::pool().size());
  auto stats = Napi::Object::New(env);
  stats.Set("jobs", static_cast<double>(sc::pool().jobs()));
  stats.Set("callerChunks", static_cast<double>(sc::pool().caller_chunks()));
  stats.Set("workerChunks", static_cast<double>(sc::pool().worker_chunks()));
  o.Set("pool", stats);
  return o;
}

Napi::Value SetBlas(const Napi::CallbackInfo& info) {
  return Napi::Boolean::New(info.Env(), sc::use_blas(static_cast<int>(num(info, 0))));
}

// matmul(a, b, out, batch, m, n, k, transA, transB, strideA, strideB)
Napi::Value MatMul(const Napi::CallbackInfo& info) {
  int64_t batch = num(info, 3), m = num(info, 4), n = num(info, 5), k = num(info, 6);
  bool ta = info[7].As<Napi::Boolean>().Value(), tb = info[8].As<Napi::Boolean>().Value();
  int64_t sa = num(info, 9), sb = num(info, 10);
  const float* a = arr<const float>(info, 0, sa ? batch * m * k : m * k, "a");
  if (!a && m * k != 0) return info.Env().Undefined();
  const float* b = arr<const float>(info, 1, sb ? batch * k * n : k * n, "b");
  if (!b && k * n != 0) return info.Env().Undefined();
  float* c = arr<float>(info, 2, batch * m * n, "out");
  if (!c && batch * m * n != 0) return info.Env().Undefined();
  sc::batched_gemm(batch, ta, tb, m, n, k, a, sa, b, sb, c);
  return info.Env().Undefined();
}

// binary(op, a, aShape, b, bShape, out, outShape)
Napi::Value Binary(const Napi::CallbackInfo& info) {
  auto op = static_cast<sc::BinaryOp>(num(info, 0));
  auto as = shape(info, 2), bs = shape(info, 4), os = shape(info, 6);
  const float* a = arr<const float>(info, 1, size_of(as), "a");
  const float* b = arr<const float>(info, 3, size_of(bs), "b");
  float* out = arr<float>(info, 5, size_of(os), "out");
  if (!a || !b || !out) return info.Env().Undefined();
  if (size_of(os) > 0) sc::binary(op, a, as, b, bs, out, os);
  return info.Env().Undefined();
}

// unary(op, x, out, n)
Napi::Value Unary(const Napi::CallbackInfo& info) {
  auto op = static_cast<sc::UnaryOp>(num(info, 0));
  int64_t n = num(info, 3);
  const float* x = arr<const float>(info, 1, n, "x");
  float* out = arr<float>(info, 2, n, "out");
  if (!x || !out) return info.Env().Undefined();
  sc::unary(op, x, out, n);
  return info.Env().Undefined();
}

// reduce(op, x, out, outer, size, inner)
Napi::Value Reduce(const Napi::CallbackInfo& info) {
  auto op = static_cast<sc::ReduceOp>(num(info, 0));
  int64_t outer = num(info, 3), size = num(info, 4), inner = num(info, 5);
  const float* x = arr<const float>(info, 1, outer * size * inner, "x");
  float* out = arr<float>(info, 2, outer * inner, "out");
  if (!x || !out) return info.Env().Undefined();
  sc::reduce(op, x, out, outer, size, inner);
  return info.Env().Undefined();
}

// softmax(x, out, rows, cols)
Napi::Value Softmax(const Napi::CallbackInfo& info) {
  int64_t rows = num(info, 2), cols = num(info, 3);
  const float* x = arr<const float>(info, 0, rows * cols, "x");
  float* out = arr<float>(info, 1, rows * cols, "out");
  if (!x || !out) return info.Env().Undefined();
  sc::softmax(x, out, rows, cols);
  return info.Env().Undefined();
}

// transpose(x, shape, perm, out)
Napi::Value Transpose(const Napi::CallbackInfo& info) {
  auto s = shape(info, 1), perm = shape(info, 2);
  if (perm.size() != s.size()) {
    fail(info.Env(), "perm length differs from rank");
    return info.Env().Undefined();
  }
  const uint32_t* x = arr<const uint32_t>(info, 0, size_of(s), "x");
  uint32_t* out = arr<uint32_t>(info, 3, size_of(s), "out");
  if (!x || !out) return info.Env().Undefined();
  sc::transpose(x, s, perm, out);
  return info.Env().Undefined();
}

// gather(x, outer, dim, inner, indices, n, out) -> index of first out-of-range position or -1
Napi::Value Gather(const Napi::CallbackInfo& info) {
  int64_t outer = num(info, 1), dim = num(info, 2), inner = num(info, 3), n = num(info, 5);
  const uint32_t* x = arr<const uint32_t>(info, 0, outer * dim * inner, "x");
  const int32_t* idx = arr<const int32_t>(info, 4, n, "indices");
  uint32_t* out = arr<uint32_t>(info, 6, outer * n * inner, "out");
  if (!x || !idx || !out) return info.Env().Undefined();
  return Napi::Number::New(info.Env(), static_cast<double>(sc::gather(x, outer, dim, inner, idx, n, out)));
}

// segmentSum(data, ids, rows, inner, segments, out)
Napi::Value SegmentSum(const Napi::CallbackInfo& info) {
  int64_t rows = num(info, 2), inner = num(info, 3), segments = num(info, 4);
  const float* data = arr<const float>(info, 0, rows * inner, "data");
  const int32_t* ids = arr<const int32_t>(info, 1, rows, "segmentIds");
  float* out = arr<float>(info, 5, segments * inner, "out");
  if (!data || !ids || !out) return info.Env().Undefined();
  sc::unsorted_segment_sum(data, ids, rows, inner, segments, out);
  return info.Env().Undefined();
}

// crossEntropy(logits, targets, rows, vocab, out) -> first bad row or -1
Napi::Value CrossEntropy(const Napi::CallbackInfo& info) {
  int64_t rows = num(info, 2), vocab = num(info, 3);
  const float* logits = arr<const float>(info, 0, rows * vocab, "logits");
  const int32_t* targets = arr<const int32_t>(info, 1, rows, "targets");
  float* out = arr<float>(info, 4, rows, "out");
  if (!logits || !targets || !out) return info.Env().Undefined();
  return Napi::Number::New(info.Env(), static_cast<double>(sc::cross_entropy(logits, targets, rows, vocab, out)));
}

// crossEntropyGrad(dy, logits, targets, rows, vocab, out)
Napi::Value CrossEntropyGrad(const Napi::CallbackInfo& info) {
  int64_t rows = num(info, 3), vocab = num(info, 4);
  const float* dy = arr<const float>(info, 0, rows, "dy");
  const float* logits = arr<const float>(info, 1, rows * vocab, "logits");
  const int32_t* targets = arr<const int32_t>(info, 2, rows, "targets");
  float* out = arr<float>(info, 5, rows * vocab, "out");
  if (!dy || !logits || !targets || !out) return info.Env().Undefined();
  sc::cross_entropy_grad(dy, logits, targets, rows, vocab, out);
  return info.Env().Undefined();
}

// rmsNorm(x, weight, rows, dim, eps, out)
Napi::Value RmsNorm(const Napi::CallbackInfo& info) {
  int64_t rows = num(info, 2), dim = num(info, 3);
  float eps = info[4].As<Napi::Number>().FloatValue();
  const float* x = arr<const float>(info, 0, rows * dim, "x");
  const float* w = arr<const float>(info, 1, dim, "weight");
  float* out = arr<float>(info, 5, rows * dim, "out");
  if (!x || !w || !out) return info.Env().Undefined();
  sc::rms_norm(x, w, rows, dim, eps, out);
  return info.Env().Undefined();
}

// rmsNormGrad(dy, x, weight, rows, dim, eps, dx, dWeight)
Napi::Value RmsNormGrad(const Napi::CallbackInfo& info) {
  int64_t rows = num(info, 3), dim = num(info, 4);
  float eps = info[5].As<Napi::Number>().FloatValue();
  const float* dy = arr<const float>(info, 0, rows * dim, "dy");
  const float* x = arr<const float>(info, 1, rows * dim, "x");
  const float* w = arr<const float>(info, 2, dim, "weight");
  float* dx = arr<float>(info, 6, rows * dim, "dx");
  float* dw = arr<float>(info, 7, dim, "dWeight");
  if (!dy || !x || !w || !dx || !dw) return info.Env().Undefined();
  sc::rms_norm_grad(dy, x, w, rows, dim, eps, dx, dw);
  return info.Env().Undefined();
}

// layerNorm(x, gamma, beta, rows, dim, eps, out)
Napi::Value LayerNorm(const Napi::CallbackInfo& info) {
  int64_t rows = num(info, 3), dim = num(info, 4);
  float eps = info[5].As<Napi::Number>().FloatValue();
  const float* x = arr<const float>(info, 0, rows * dim, "x");
  const float* g = arr<const float>(info, 1, dim, "gamma");
  const float* b = arr<const float>(info, 2, dim, "beta");
  float* out = arr<float>(info, 6, rows * dim, "out");
  if (!x || !g || !b || !out) return info.Env().Undefined();
  sc::layer_norm(x, g, b, rows, dim, eps, out);
  return info.Env().Undefined();
}

// layerNormGrad(dy, x, gamma, rows, dim, eps, dx, dGamma, dBeta)
Napi::Value LayerNormGrad(const Napi::CallbackInfo& info) {
  int64_t rows = num(info, 3), dim = num(info, 4);
  float eps = info[5].As<Napi::Number>().FloatValue();
  const float* dy = arr<const float>(info, 0, rows * dim, "dy");
  const float* x = arr<const float>(info, 1, rows * dim, "x");
  const float* g = arr<const float>(info, 2, dim, "gamma");
  float* dx = arr<float>(info, 6, rows * dim, "dx");
  float* dg = arr<float>(info, 7, dim, "dGamma");
  float* db = arr<float>(info, 8, dim, "dBeta");
  if (!dy || !x || !g || !dx || !dg || !db) return info.Env().Undefined();
  sc::layer_norm_grad(dy, x, g, rows, dim, eps, dx, dg, db);
  return info.Env().Undefined();
}

// activation(op, x, out, n)
Napi::Value ActivationFn(const Napi::CallbackInfo& info) {
  auto op = static_cast<sc::Activation>(num(info, 0));
  int64_t n = num(info, 3);
  const float* x = arr<const float>(info, 1, n, "x");
  float* out = arr<float>(info, 2, n, "out");
  if (!x || !out) return info.Env().Undefined();
  sc::activation(op, x, out, n);
  return info.Env().Undefined();
}

// activationGrad(op, dy, x, out, n)
Napi::Value ActivationGrad(const Napi::CallbackInfo& info) {
  auto op = static_cast<sc::Activation>(num(info, 0));
  int64_t n = num(info, 4);
  const float* dy = arr<const float>(info, 1, n, "dy");
  const float* x = arr<const float>(info, 2, n, "x");
  float* out = arr<float>(info, 3, n, "out");
  if (!dy || !x || !out) return info.Env().Undefined();
  sc::activation_grad(op, dy, x, out, n);
  return info.Env().Undefined();
}

// adamw(param, m, v, grad, n, [lr, beta1, beta2, eps, weightDecay, bc1, bc2Sqrt], outParam, outM, outV)
// Reads param/m/v/grad, writes the updated values into the three outputs (which may alias the inputs).
Napi::Value AdamW(const Napi::CallbackInfo& info) {
  int64_t n = num(info, 4);
  auto h = shape_doubles(info, 5);
  if (h.size() != 7) {
    fail(info.Env(), "adamw hyper-parameters must be [lr, beta1, beta2, eps, weightDecay, bc1, bc2Sqrt]");
    return info.Env().Undefined();
  }
  const float* p = arr<const float>(info, 0, n, "param");
  const float* m = arr<const float>(info, 1, n, "m");
  const float* v = arr<const float>(info, 2, n, "v");
  const float* g = arr<const float>(info, 3, n, "grad");
  float* op = arr<float>(info, 6, n, "outParam");
  float* om = arr<float>(info, 7, n, "outM");
  float* ov = arr<float>(info, 8, n, "outV");
  if (!p || !m || !v || !g || !op || !om || !ov) return info.Env().Undefined();
  if (op != p) std::memcpy(op, p, sizeof(float) * n);
  if (om != m) std::memcpy(om, m, sizeof(float) * n);
  if (ov != v) std::memcpy(ov, v, sizeof(float) * n);
  sc::adamw(op, om, ov, g, n, static_cast<float>(h[0]), static_cast<float>(h[1]), static_cast<float>(h[2]),
            static_cast<float>(h[3]), static_cast<float>(h[4]), static_cast<float>(h[5]), static_cast<float>(h[6]));
  return info.Env().Undefined();
}

bool attention_dims(const Napi::CallbackInfo& info, size_t i, sc::AttentionDims& s) {
  auto d = shape(info, i);
  if (d.size() != 6) return fail(info.Env(), "attention dims must be [B, Hq, Hkv, Tq, Tk, D]");
  s = {d[0], d[1], d[2], d[3], d[4], d[5]};
  if (s.hkv <= 0 || s.hq % s.hkv != 0 || s.tk < s.tq) return fail(info.Env(), "attention dims are inconsistent");
  return true;
}

// attention(q, k, v, keyMask, dims, scale, out)
Napi::Value Attention(const Napi::CallbackInfo& info) {
  sc::AttentionDims s;
  if (!attention_dims(info, 4, s)) return info.Env().Undefined();
  float scale = info[5].As<Napi::Number>().FloatValue();
  const float* q = arr<const float>(info, 0, s.batch * s.hq * s.tq * s.d, "q");
  const float* k = arr<const float>(info, 1, s.batch * s.hkv * s.tk * s.d, "k");
  const float* v = arr<const float>(info, 2, s.batch * s.hkv * s.tk * s.d, "v");
  const float* m = arr<const float>(info, 3, s.batch * s.tk, "keyMask");
  float* out = arr<float>(info, 6, s.batch * s.hq * s.tq * s.d, "out");
  if (!q || !k || !v || !m || !out) return info.Env().Undefined();
  sc::attention(s, q, k, v, m, scale, out);
  return info.Env().Undefined();
}

// attentionGrad(dy, q, k, v, keyMask, dims, scale, dq, dk, dv)
Napi::Value AttentionGrad(const Napi::CallbackInfo& info) {
  sc::AttentionDims s;
  if (!attention_dims(info, 5, s)) return info.Env().Undefined();
  float scale = info[6].As<Napi::Number>().FloatValue();
  const int64_t nq = s.batch * s.hq * s.tq * s.d, nk = s.batch * s.hkv * s.tk * s.d;
  const float* dy = arr<const float>(info, 0, nq, "dy");
  const float* q = arr<const float>(info, 1, nq, "q");
  const float* k = arr<const float>(info, 2, nk, "k");
  const float* v = arr<const float>(info, 3, nk, "v");
  const float* m = arr<const float>(info, 4, s.batch * s.tk, "keyMask");
  float* dq = arr<float>(info, 7, nq, "dq");
  float* dk = arr<float>(info, 8, nk, "dk");
  float* dv = arr<float>(info, 9, nk, "dv");
  if (!dy || !q || !k || !v || !m || !dq || !dk || !dv) return info.Env().Undefined();
  sc::attention_grad(s, dy, q, k, v, m, scale, dq, dk, dv);
  return info.Env().Undefined();
}

Napi::Object Init(Napi::Env env, Napi::Object exports) {
  exports.Set("info", Napi::Function::New(env, Info));
  exports.Set("setBlas", Napi::Function::New(env, SetBlas));
  exports.Set("matmul", Napi::Function::New(env, MatMul));
  exports.Set("binary", Napi::Function::New(env, Binary));
  exports.Set("unary", Napi::Function::New(env, Unary));
  exports.Set("reduce", Napi::Function::New(env, Reduce));
  exports.Set("softmax", Napi::Function::New(env, Softmax));
  exports.Set("transpose", Napi::Function::New(env, Transpose));
  exports.Set("gather", Napi::Function::New(env, Gather));
  exports.Set("segmentSum", Napi::Function::New(env, SegmentSum));
  exports.Set("crossEntropy", Napi::Function::New(env, CrossEntropy));
  exports.Set("crossEntropyGrad", Napi::Function::New(env, CrossEntropyGrad));
  exports.Set("rmsNorm", Napi::Function::New(env, RmsNorm));
  exports.Set("rmsNormGrad", Napi::Function::New(env, RmsNormGrad));
  exports.Set("layerNorm", Napi::Function::New(env, LayerNorm));
  exports.Set("layerNormGrad", Napi::Function::New(env, LayerNormGrad));
  exports.Set("activation", Napi::Function::New(env, ActivationFn));
  exports.Set("activationGrad", Napi::Function::New(env, ActivationGrad));
  exports.Set("adamw", Napi::Function::New(env, AdamW));
  exports.Set("attention", Napi::Function::New(env, Attention));
  exports.Set("attentionGrad", Napi::Function::New(env, AttentionGrad));
  return exports;
}

}  // namespace

NODE_API_MODULE(stagecoach_native, Init)
