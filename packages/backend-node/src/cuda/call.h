// Argument reading for the addon's N-API functions. Every device pointer is a JavaScript number that
// must be a live allocation of this addon with at least the bytes the kernel touches; every count and
// shape is checked. The first bad argument throws a TypeError/RangeError naming the function and the
// argument, and marks the call failed so nothing is launched.
#pragma once
#include <node_api.h>
#include <string>
#include <vector>
#include "common.h"

namespace sc {

class Call {
 public:
  Call(napi_env env, napi_callback_info info, const char* name, size_t expected);

  bool failed() const { return failed_; }
  napi_env env() const { return env_; }

  double number(size_t i, const char* what);
  /** A non-negative integer (element counts, sizes). */
  int64_t count(size_t i, const char* what);
  /** Any integer (offsets, strides). */
  int64_t integer(size_t i, const char* what);
  bool flag(size_t i, const char* what);
  std::string string(size_t i, const char* what);
  /** An array of integers (shape entries non-negative unless `allowNegative`), at most kMaxRank long unless `maxLength`. */
  std::vector<int64_t> integers(size_t i, const char* what, bool allowNegative = false, size_t maxLength = kMaxRank);
  Shape shape(size_t i, const char* what);
  /** A device pointer that must reach at least `bytes` bytes of one live allocation. */
  void* pointer(size_t i, const char* what, int64_t bytes);
  /** A float32 or int32 typed array: its data and byte length. */
  void* hostArray(size_t i, const char* what, size_t* bytes);
  napi_value arg(size_t i) const { return argv_[i]; }

  /** Throws `error` when non-empty (a CUDA failure), else returns undefined. */
  napi_value finish(const std::string& error);
  napi_value undefined();
  void fail(const std::string& message, bool range = false);

 private:
  napi_env env_;
  const char* name_;
  size_t argc_ = 16;
  napi_value argv_[16];
  bool failed_ = false;
};

int64_t elementCount(const Shape& shape);

}  // namespace sc
