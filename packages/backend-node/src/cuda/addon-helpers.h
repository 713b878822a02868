// Helpers shared by the addon's N-API files (addon.cc: memory and device; addon-kernels.cc: kernels).
#pragma once
#include <node_api.h>
#include <string>
#include "call.h"
#include "device.h"
#include "kernels.h"

namespace sc {

constexpr int64_t kWord = 4;  // every element on the device is a 4-byte word

inline napi_value makeNumber(napi_env env, double value) {
  napi_value out;
  napi_create_double(env, value, &out);
  return out;
}
inline napi_value makeString(napi_env env, const std::string& value) {
  napi_value out;
  napi_create_string_utf8(env, value.c_str(), value.size(), &out);
  return out;
}
inline napi_value makeBool(napi_env env, bool value) {
  napi_value out;
  napi_get_boolean(env, value, &out);
  return out;
}
inline void set(napi_env env, napi_value object, const char* key, napi_value value) { napi_set_named_property(env, object, key, value); }

inline bool ready(Call& call) {
  if (call.failed()) return false;
  if (!deviceInit().ok) {
    call.fail("no GPU is initialised: " + deviceInit().reason);
    return false;
  }
  return true;
}

inline int dtypeArg(Call& call, size_t i) {
  int64_t dtype = call.integer(i, "dtype");
  if (!call.failed() && dtype != kF32 && dtype != kI32) call.fail("dtype must be 0 (float32) or 1 (int32/bool)", true);
  return static_cast<int>(dtype);
}

/** Adds the kernel functions (addon-kernels.cc) to the module's exports. */
void exportKernels(napi_env env, napi_value exports);

}  // namespace sc
