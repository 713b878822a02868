#include "args.h"

#include <cmath>

namespace sc {

namespace {

const char* kind_of(const Napi::Value& v) {
  if (v.IsEmpty()) return "nothing";
  if (v.IsUndefined()) return "undefined";
  if (v.IsNull()) return "null";
  if (v.IsBoolean()) return "a boolean";
  if (v.IsNumber()) return "a number";
  if (v.IsString()) return "a string";
  if (v.IsArray()) return "an array";
  if (v.IsTypedArray()) {
    switch (v.As<Napi::TypedArray>().TypedArrayType()) {
      case napi_int8_array: return "an Int8Array";
      case napi_uint8_array: return "a Uint8Array";
      case napi_uint8_clamped_array: return "a Uint8ClampedArray";
      case napi_int16_array: return "an Int16Array";
      case napi_uint16_array: return "a Uint16Array";
      case napi_int32_array: return "an Int32Array";
      case napi_uint32_array: return "a Uint32Array";
      case napi_float32_array: return "a Float32Array";
      case napi_float64_array: return "a Float64Array";
      case napi_bigint64_array: return "a BigInt64Array";
      case napi_biguint64_array: return "a BigUint64Array";
      default: return "a typed array";
    }
  }
  if (v.IsFunction()) return "a function";
  return "an object";
}

std::string number_text(double x) {
  if (std::isnan(x)) return "NaN";
  if (std::isinf(x)) return x > 0 ? "Infinity" : "-Infinity";
  if (x == std::floor(x) && std::fabs(x) < 1e18) return std::to_string(static_cast<int64_t>(x));
  return std::to_string(x);
}

constexpr int kFloat32 = 1, kInt32 = 2, kUint32 = 4;

}  // namespace

std::string format(const std::vector<int64_t>& v) {
  std::string s = "[";
  for (size_t i = 0; i < v.size(); ++i) s += (i ? ", " : "") + std::to_string(v[i]);
  return s + "]";
}

Args::Args(const Napi::CallbackInfo& info, const char* fn, std::initializer_list<const char*> names)
    : info_(info), fn_(fn), names_(names) {
  if (info.Length() != names_.size()) {
    std::string list;
    for (size_t i = 0; i < names_.size(); ++i) list += (i ? ", " : "") + std::string(names_[i]);
    throw ArgError{false, prefix() + "expects " + std::to_string(names_.size()) + " arguments (" + list + "), got " +
                              std::to_string(info.Length())};
  }
}

std::string Args::prefix() const { return std::string("stagecoach native ") + fn_ + ": "; }

ArgError Args::type_error(size_t i, const std::string& what) const {
  return {false, prefix() + "argument '" + names_[i] + "' " + what};
}

ArgError Args::range_error(size_t i, const std::string& what) const {
  return {true, prefix() + "argument '" + names_[i] + "' " + what};
}

ArgError Args::range_error(const std::string& what) const { return {true, prefix() + what}; }

int64_t Args::size(size_t i, int64_t max) const {
  const Napi::Value v = info_[i];
  if (!v.IsNumber()) throw type_error(i, std::string("must be a number, got ") + kind_of(v));
  const double x = v.As<Napi::Number>().DoubleValue();
  if (!(x >= 0) || x != std::floor(x) || x > static_cast<double>(max)) {
    throw range_error(i, "must be an integer in [0, " + std::to_string(max) + "], got " + number_text(x));
  }
  return static_cast<int64_t>(x);
}

int Args::op(size_t i, int count, const char* names) const {
  const Napi::Value v = info_[i];
  if (!v.IsNumber()) throw type_error(i, std::string("must be an op code, got ") + kind_of(v));
  const double x = v.As<Napi::Number>().DoubleValue();
  if (!(x >= 0 && x < count) || x != std::floor(x)) {
    throw range_error(i, "must be an op code in [0, " + std::to_string(count) + ") (" + names + "), got " +
                             number_text(x));
  }
  return static_cast<int>(x);
}

bool Args::boolean(size_t i) const {
  const Napi::Value v = info_[i];
  if (!v.IsBoolean()) throw type_error(i, std::string("must be a boolean, got ") + kind_of(v));
  return v.As<Napi::Boolean>().Value();
}

double Args::number(size_t i) const {
  const Napi::Value v = info_[i];
  if (!v.IsNumber()) throw type_error(i, std::string("must be a number, got ") + kind_of(v));
  const double x = v.As<Napi::Number>().DoubleValue();
  if (!std::isfinite(x)) throw range_error(i, "must be finite, got " + number_text(x));
  return x;
}

std::vector<int64_t> Args::shape(size_t i) const {
  const Napi::Value v = info_[i];
  if (!v.IsArray()) throw type_error(i, std::string("must be an array of sizes, got ") + kind_of(v));
  auto a = v.As<Napi::Array>();
  const uint32_t n = a.Length();
  if (n > 32) throw range_error(i, "has rank " + std::to_string(n) + "; at most 32 dimensions are supported");
  std::vector<int64_t> s(n);
  for (uint32_t j = 0; j < n; ++j) {
    const Napi::Value e = a.Get(j);
    if (info_.Env().IsExceptionPending()) throw ArgError{false, ""};  // a getter threw: let that error through
    if (!e.IsNumber()) throw type_error(i, "[" + std::to_string(j) + "] must be a number, got " + kind_of(e));
    const double x = e.As<Napi::Number>().DoubleValue();
    if (!(x >= 0) || x != std::floor(x) || x > static_cast<double>(kMaxSafeInteger)) {
      throw range_error(i, "[" + std::to_string(j) + "] must be a non-negative integer, got " + number_text(x));
    }
    s[j] = static_cast<int64_t>(x);
  }
  return s;
}

std::vector<double> Args::numbers(size_t i, size_t count) const {
  const Napi::Value v = info_[i];
  if (!v.IsArray()) throw type_error(i, std::string("must be an array of numbers, got ") + kind_of(v));
  auto a = v.As<Napi::Array>();
  if (a.Length() != count) {
    throw range_error(i, "must hold " + std::to_string(count) + " numbers, got " + std::to_string(a.Length()));
  }
  std::vector<double> out(count);
  for (uint32_t j = 0; j < count; ++j) {
    const Napi::Value e = a.Get(j);
    if (info_.Env().IsExceptionPending()) throw ArgError{false, ""};
    if (!e.IsNumber()) throw type_error(i, "[" + std::to_string(j) + "] must be a number, got " + kind_of(e));
    out[j] = e.As<Napi::Number>().DoubleValue();
    if (!std::isfinite(out[j])) throw range_error(i, "[" + std::to_string(j) + "] must be finite, got " + number_text(out[j]));
  }
  return out;
}

void* Args::typed(size_t i, int64_t count, int allowed, const char* kinds) const {
  const Napi::Value v = info_[i];
  napi_typedarray_type type;
  size_t length = 0, offset = 0;
  void* data = nullptr;
  napi_value buffer;
  if (!v.IsTypedArray() ||
      napi_get_typedarray_info(info_.Env(), v, &type, &length, &data, &buffer, &offset) != napi_ok) {
    throw type_error(i, std::string("must be ") + kinds + ", got " + kind_of(v));
  }
  const int kind = type == napi_float32_array ? kFloat32 : type == napi_int32_array ? kInt32
                   : type == napi_uint32_array ? kUint32 : 0;
  if ((kind & allowed) == 0) throw type_error(i, std::string("must be ") + kinds + ", got " + kind_of(v));
  if (reinterpret_cast<uintptr_t>(data) % alignof(float) != 0) {
    throw range_error(i, "is not 4-byte aligned (byte offset " + std::to_string(offset) + ")");
  }
  if (static_cast<int64_t>(length) < count) {
    throw range_error(i, "holds " + std::to_string(length) + " elements, needs at least " + std::to_string(count));
  }
  return data;
}

float* Args::floats(size_t i, int64_t count) const {
  return static_cast<float*>(typed(i, count, kFloat32, "a Float32Array"));
}

int32_t* Args::ints(size_t i, int64_t count) const {
  return static_cast<int32_t*>(typed(i, count, kInt32, "an Int32Array"));
}

uint32_t* Args::words(size_t i, int64_t count) const {
  return static_cast<uint32_t*>(
      typed(i, count, kFloat32 | kInt32 | kUint32, "a Float32Array, Int32Array or Uint32Array"));
}

int64_t Args::product(std::initializer_list<int64_t> factors, const std::string& what) const {
  int64_t p = 1;
  for (int64_t f : factors) {
    if (f == 0) return 0;
  }
  for (int64_t f : factors) {
    if (__builtin_mul_overflow(p, f, &p) || p > kMaxSafeInteger) {
      throw range_error(what + " is too large (over 2^53 elements)");
    }
  }
  return p;
}

}  // namespace sc
