// The N-API surface of stagecoach_cuda.node (typed in src/cuda-addon.ts): initialisation, memory and
// copies here, the kernels in addon-kernels.cc. Nothing waits for the GPU except download() and sync().
#include <string>
#include <vector>
#include "addon-helpers.h"
#include "cublas.h"

namespace sc {
namespace {

/** init(cublasCandidates: string[]): what the runtime, driver, GPU and cuBLAS are (never throws for a missing GPU). */
napi_value Init(napi_env env, napi_callback_info info) {
  Call call(env, info, "init", 1);
  std::vector<std::string> candidates;
  uint32_t length = 0;
  bool isArray = false;
  if (!call.failed() && napi_is_array(env, call.arg(0), &isArray) == napi_ok && isArray) {
    napi_get_array_length(env, call.arg(0), &length);
    for (uint32_t i = 0; i < length; i++) {
      napi_value element;
      size_t size = 0;
      napi_get_element(env, call.arg(0), i, &element);
      if (napi_get_value_string_utf8(env, element, nullptr, 0, &size) != napi_ok) continue;
      std::string path(size, '\0');
      napi_get_value_string_utf8(env, element, &path[0], size + 1, &size);
      candidates.push_back(path);
    }
  } else if (!call.failed()) {
    call.fail("cublasCandidates must be an array of strings");
  }
  if (call.failed()) return nullptr;
  DeviceInfo device = deviceInit();
  napi_value out;
  napi_create_object(env, &out);
  set(env, out, "driverVersion", makeNumber(env, device.driverVersion));
  set(env, out, "runtimeVersion", makeNumber(env, device.runtimeVersion));
  set(env, out, "ok", makeBool(env, device.ok));
  if (!device.ok) {
    set(env, out, "reason", makeString(env, device.reason));
    return out;
  }
  set(env, out, "device", makeNumber(env, device.device));
  set(env, out, "name", makeString(env, device.name));
  set(env, out, "computeCapability", makeString(env, std::to_string(device.computeMajor) + "." + std::to_string(device.computeMinor)));
  set(env, out, "multiprocessors", makeNumber(env, device.multiprocessors));
  set(env, out, "totalMemory", makeNumber(env, static_cast<double>(device.totalMemory)));
  CublasStatus cublas = cublasLoad(candidates);
  napi_value blas;
  napi_create_object(env, &blas);
  set(env, blas, "ok", makeBool(env, cublas.ok));
  set(env, blas, cublas.ok ? "path" : "reason", makeString(env, cublas.ok ? cublas.path : cublas.reason));
  set(env, blas, "version", makeNumber(env, cublas.version));
  set(env, out, "cublas", blas);
  return out;
}

napi_value Alloc(napi_env env, napi_callback_info info) {
  Call call(env, info, "alloc", 1);
  int64_t bytes = call.count(0, "bytes");
  if (!ready(call)) return nullptr;
  std::string error;
  void* ptr = deviceAlloc(static_cast<size_t>(bytes), &error);
  if (!error.empty()) return call.finish(error);
  return makeNumber(env, static_cast<double>(reinterpret_cast<uintptr_t>(ptr)));
}

napi_value Free(napi_env env, napi_callback_info info) {
  Call call(env, info, "free", 1);
  int64_t address = call.integer(0, "ptr");
  if (!ready(call)) return nullptr;
  return makeBool(env, deviceFree(reinterpret_cast<void*>(static_cast<uintptr_t>(address))));
}

/** upload(ptr, typedArray): host → device of the whole array. */
napi_value Upload(napi_env env, napi_callback_info info) {
  Call call(env, info, "upload", 2);
  size_t bytes = 0;
  void* host = call.hostArray(1, "values", &bytes);
  void* device = call.pointer(0, "ptr", static_cast<int64_t>(bytes));
  if (!ready(call)) return nullptr;
  return call.finish(upload(device, host, bytes));
}

/** download(ptr, typedArray): device → host into the whole array, after all queued work. */
napi_value Download(napi_env env, napi_callback_info info) {
  Call call(env, info, "download", 2);
  size_t bytes = 0;
  void* host = call.hostArray(1, "values", &bytes);
  void* device = call.pointer(0, "ptr", static_cast<int64_t>(bytes));
  if (!ready(call)) return nullptr;
  return call.finish(download(host, device, bytes));
}

/** copy(dst, src, bytes): device → device. */
napi_value Copy(napi_env env, napi_callback_info info) {
  Call call(env, info, "copy", 3);
  int64_t bytes = call.count(2, "bytes");
  void* dst = call.pointer(0, "dst", bytes);
  void* src = call.pointer(1, "src", bytes);
  if (!ready(call)) return nullptr;
  if (bytes == 0) return call.undefined();
  return call.finish(cudaMessage("copy (cudaMemcpyAsync device to device)",
                                 cudaMemcpyAsync(dst, src, static_cast<size_t>(bytes), cudaMemcpyDeviceToDevice, stream())));
}

napi_value Sync(napi_env env, napi_callback_info info) {
  Call call(env, info, "sync", 0);
  if (!ready(call)) return nullptr;
  return call.finish(synchronize());
}

/** memory(): live allocations, their bytes and peak, and the device's free / total memory. */
napi_value Memory(napi_env env, napi_callback_info info) {
  Call call(env, info, "memory", 0);
  if (!ready(call)) return nullptr;
  long long count = 0, bytes = 0, peak = 0;
  allocationTotals(&count, &bytes, &peak);
  size_t freeBytes = 0, total = 0;
  std::string err = memoryInfo(&freeBytes, &total);
  if (!err.empty()) return call.finish(err);
  napi_value out;
  napi_create_object(env, &out);
  set(env, out, "allocations", makeNumber(env, static_cast<double>(count)));
  set(env, out, "bytes", makeNumber(env, static_cast<double>(bytes)));
  set(env, out, "peakBytes", makeNumber(env, static_cast<double>(peak)));
  set(env, out, "freeBytes", makeNumber(env, static_cast<double>(freeBytes)));
  set(env, out, "totalBytes", makeNumber(env, static_cast<double>(total)));
  return out;
}

napi_value SetPrecision(napi_env env, napi_callback_info info) {
  Call call(env, info, "setPrecision", 1);
  int64_t mode = call.integer(0, "precision");
  if (!call.failed() && (mode < 0 || mode > 2)) call.fail("precision must be 0 (fp32), 1 (tf32) or 2 (bf16)", true);
  if (!ready(call)) return nullptr;
  cublasSetPrecision(static_cast<GemmPrecision>(mode));
  return call.undefined();
}

napi_value ModuleInit(napi_env env, napi_value exports) {
  const struct {
    const char* name;
    napi_callback fn;
  } functions[] = {
      {"init", Init}, {"alloc", Alloc}, {"free", Free}, {"upload", Upload}, {"download", Download}, {"copy", Copy},
      {"sync", Sync}, {"memory", Memory}, {"setPrecision", SetPrecision},
  };
  for (const auto& f : functions) {
    napi_value fn;
    napi_create_function(env, f.name, NAPI_AUTO_LENGTH, f.fn, nullptr, &fn);
    napi_set_named_property(env, exports, f.name, fn);
  }
  exportKernels(env, exports);
  return exports;
}

}  // namespace
}  // namespace sc

NAPI_MODULE(NODE_GYP_MODULE_NAME, sc::ModuleInit)
