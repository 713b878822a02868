#include "call.h"
#include <cmath>
#include "device.h"

namespace sc {

Call::Call(napi_env env, napi_callback_info info, const char* name, size_t expected) : env_(env), name_(name) {
  if (napi_get_cb_info(env, info, &argc_, argv_, nullptr, nullptr) != napi_ok) {
    fail("could not read the arguments");
    return;
  }
  if (argc_ < expected) fail("expects " + std::to_string(expected) + " arguments, got " + std::to_string(argc_));
}

void Call::fail(const std::string& message, bool range) {
  if (failed_) return;
  failed_ = true;
  std::string text = std::string("cuda addon ") + name_ + ": " + message;
  if (range) napi_throw_range_error(env_, nullptr, text.c_str());
  else napi_throw_type_error(env_, nullptr, text.c_str());
}

double Call::number(size_t i, const char* what) {
  if (failed_) return 0;
  double value = 0;
  if (napi_get_value_double(env_, argv_[i], &value) != napi_ok) fail(std::string(what) + " must be a number");
  return value;
}

int64_t Call::integer(size_t i, const char* what) {
  double value = number(i, what);
  if (failed_) return 0;
  if (!std::isfinite(value) || value != std::floor(value) || std::fabs(value) > 9007199254740991.0) {
    fail(std::string(what) + " must be an integer, got " + std::to_string(value), true);
    return 0;
  }
  return static_cast<int64_t>(value);
}

int64_t Call::count(size_t i, const char* what) {
  int64_t value = integer(i, what);
  if (!failed_ && value < 0) fail(std::string(what) + " must be >= 0, got " + std::to_string(value), true);
  return failed_ ? 0 : value;
}

bool Call::flag(size_t i, const char* what) {
  if (failed_) return false;
  bool value = false;
  if (napi_get_value_bool(env_, argv_[i], &value) != napi_ok) fail(std::string(what) + " must be a boolean");
  return value;
}

std::string Call::string(size_t i, const char* what) {
  if (failed_) return std::string();
  size_t length = 0;
  if (napi_get_value_string_utf8(env_, argv_[i], nullptr, 0, &length) != napi_ok) {
    fail(std::string(what) + " must be a string");
    return std::string();
  }
  std::string value(length, '\0');
  napi_get_value_string_utf8(env_, argv_[i], &value[0], length + 1, &length);
  return value;
}

std::vector<int64_t> Call::integers(size_t i, const char* what, bool allowNegative, size_t maxLength) {
  std::vector<int64_t> values;
  if (failed_) return values;
  bool isArray = false;
  uint32_t length = 0;
  if (napi_is_array(env_, argv_[i], &isArray) != napi_ok || !isArray || napi_get_array_length(env_, argv_[i], &length) != napi_ok) {
    fail(std::string(what) + " must be an array of integers");
    return values;
  }
  if (length > maxLength) {
    fail(std::string(what) + " has " + std::to_string(length) + " entries; at most " + std::to_string(maxLength), true);
    return values;
  }
  for (uint32_t k = 0; k < length; k++) {
    napi_value element;
    double value = 0;
    if (napi_get_element(env_, argv_[i], k, &element) != napi_ok || napi_get_value_double(env_, element, &value) != napi_ok ||
        !std::isfinite(value) || value != std::floor(value) || (!allowNegative && value < 0)) {
      fail(std::string(what) + "[" + std::to_string(k) + "] must be " + (allowNegative ? "an integer" : "a non-negative integer"), true);
      return values;
    }
    values.push_back(static_cast<int64_t>(value));
  }
  return values;
}

Shape Call::shape(size_t i, const char* what) {
  Shape shape{};
  std::vector<int64_t> dims = integers(i, what);
  shape.rank = static_cast<int>(dims.size());
  for (size_t k = 0; k < dims.size(); k++) shape.dims[k] = dims[k];
  return shape;
}

void* Call::pointer(size_t i, const char* what, int64_t bytes) {
  int64_t address = integer(i, what);
  if (failed_) return nullptr;
  void* ptr = reinterpret_cast<void*>(static_cast<uintptr_t>(address));
  long long size = allocationBytes(ptr);
  if (size < 0) {
    fail(std::string(what) + " is not a live device allocation of this addon", true);
    return nullptr;
  }
  if (bytes > size) {
    fail(std::string(what) + ": the kernel reaches " + std::to_string(bytes) + " bytes but the allocation holds " + std::to_string(size), true);
    return nullptr;
  }
  return ptr;
}

void* Call::hostArray(size_t i, const char* what, size_t* bytes) {
  *bytes = 0;
  if (failed_) return nullptr;
  bool isTyped = false;
  napi_typedarray_type type;
  size_t length = 0;
  void* data = nullptr;
  napi_value buffer;
  size_t offset = 0;
  if (napi_is_typedarray(env_, argv_[i], &isTyped) != napi_ok || !isTyped ||
      napi_get_typedarray_info(env_, argv_[i], &type, &length, &data, &buffer, &offset) != napi_ok) {
    fail(std::string(what) + " must be a Float32Array, Int32Array or Uint32Array");
    return nullptr;
  }
  if (type != napi_float32_array && type != napi_int32_array && type != napi_uint32_array) {
    fail(std::string(what) + " must be a Float32Array, Int32Array or Uint32Array");
    return nullptr;
  }
  *bytes = length * 4;
  return data;
}

napi_value Call::undefined() {
  napi_value value;
  napi_get_undefined(env_, &value);
  return value;
}

napi_value Call::finish(const std::string& error) {
  if (!failed_ && !error.empty()) {
    failed_ = true;
    std::string text = std::string("cuda addon ") + name_ + ": " + error;
    napi_throw_error(env_, "STAGECOACH_CUDA_ERROR", text.c_str());
  }
  return undefined();
}

int64_t elementCount(const Shape& shape) {
  int64_t n = 1;
  for (int i = 0; i < shape.rank; i++) n *= shape.dims[i];
  return n;
}

}  // namespace sc
