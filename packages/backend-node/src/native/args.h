// Argument checks for the N-API bindings. The addon's functions are public (loadNativeAddon()), so
// none of them trusts its arguments: Args reads each one, checks its kind and range, and throws an
// ArgError naming it; the binding turns that into a JavaScript TypeError or RangeError.
#pragma once

#include <napi.h>

#include <cstdint>
#include <initializer_list>
#include <string>
#include <vector>

namespace sc {

/** A bad argument: a TypeError (wrong kind of value) or a RangeError (right kind, bad value). */
struct ArgError {
  bool range;
  std::string message;
};

/** Integers up to 2^53 are exact in JavaScript; sizes and their products stay below it. */
constexpr int64_t kMaxSafeInteger = int64_t{1} << 53;

class Args {
 public:
  /** Checks the argument count against `names`, which also name the arguments in error messages. */
  Args(const Napi::CallbackInfo& info, const char* fn, std::initializer_list<const char*> names);

  /** A size or count: an integer in [0, max]. */
  int64_t size(size_t i, int64_t max = kMaxSafeInteger) const;
  /** An op code in [0, count); `names` lists the valid values for the message. */
  int op(size_t i, int count, const char* names) const;
  bool boolean(size_t i) const;
  /** A finite number. */
  double number(size_t i) const;
  /** An array of sizes (a shape), at most 32 of them. */
  std::vector<int64_t> shape(size_t i) const;
  /** An array of exactly `count` finite numbers. */
  std::vector<double> numbers(size_t i, size_t count) const;

  /**
   * Typed arrays holding at least `count` elements: float32 data, int32 ids, or any 4-byte words
   * (Float32Array, Int32Array, Uint32Array) for kernels that only move them. Read these after every
   * scalar and shape: reading an array element can run a getter, which could detach a buffer.
   */
  float* floats(size_t i, int64_t count) const;
  int32_t* ints(size_t i, int64_t count) const;
  uint32_t* words(size_t i, int64_t count) const;

  /** a * b * ..., a RangeError naming `what` when it passes 2^53. */
  int64_t product(std::initializer_list<int64_t> factors, const std::string& what) const;

  ArgError type_error(size_t i, const std::string& what) const;
  ArgError range_error(size_t i, const std::string& what) const;
  /** A RangeError about several arguments together (`what` names them). */
  ArgError range_error(const std::string& what) const;

  const char* name(size_t i) const { return names_[i]; }

 private:
  void* typed(size_t i, int64_t count, int allowed, const char* kinds) const;
  std::string prefix() const;

  const Napi::CallbackInfo& info_;
  const char* fn_;
  std::vector<const char*> names_;
};

/** "[2, 3]" */
std::string format(const std::vector<int64_t>& v);

}  // namespace sc
