#include "kernels.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <limits>

#include "pool.h"
#include "simd.h"

namespace sc {
namespace SC_ISA {

namespace {
constexpr int64_t kGrain = 1 << 15;  // elements per chunk for memory-bound loops

template <BinaryOp OP>
inline float apply(float x, float y) {
  if constexpr (OP == BinaryOp::Add) return x + y;
  if constexpr (OP == BinaryOp::Sub) return x - y;
  if constexpr (OP == BinaryOp::Mul) return x * y;
  if constexpr (OP == BinaryOp::Div) return x / y;
  if constexpr (OP == BinaryOp::Max) return (x != x || y != y) ? NAN : (x > y ? x : y);
  if constexpr (OP == BinaryOp::Min) return (x != x || y != y) ? NAN : (x < y ? x : y);
  if constexpr (OP == BinaryOp::SquaredDifference) return (x - y) * (x - y);
  return 0.f;
}

// One row: stride 1 or 0 on each side.
template <BinaryOp OP>
void row(const float* __restrict a, int64_t sa, const float* __restrict b, int64_t sb,
                   float* __restrict out, int64_t n) {
  if (sa == 1 && sb == 1) {
    for (int64_t i = 0; i < n; ++i) out[i] = apply<OP>(a[i], b[i]);
  } else if (sa == 1) {
    const float y = b[0];
    for (int64_t i = 0; i < n; ++i) out[i] = apply<OP>(a[i], y);
  } else if (sb == 1) {
    const float x = a[0];
    for (int64_t i = 0; i < n; ++i) out[i] = apply<OP>(x, b[i]);
  } else {
    const float v = apply<OP>(a[0], b[0]);
    for (int64_t i = 0; i < n; ++i) out[i] = v;
  }
}

template <BinaryOp OP>
void binary_impl(const float* a, const std::vector<int64_t>& as, const float* b, const std::vector<int64_t>& bs,
                 float* out, const std::vector<int64_t>& os) {
  const size_t r = os.size();
  // Strides of each operand in output coordinates (0 where broadcast).
  std::vector<int64_t> sa(r, 0), sb(r, 0), shape(os);
  {
    int64_t s = 1;
    for (size_t i = 0; i < as.size(); ++i) {
      size_t d = as.size() - 1 - i, od = r - 1 - i;
      sa[od] = as[d] == 1 ? 0 : s;
      s *= as[d];
    }
    s = 1;
    for (size_t i = 0; i < bs.size(); ++i) {
      size_t d = bs.size() - 1 - i, od = r - 1 - i;
      sb[od] = bs[d] == 1 ? 0 : s;
      s *= bs[d];
    }
  }
  // Collapse neighbouring dims that iterate the same way on both sides; drop size-1 dims.
  std::vector<int64_t> cs, csa, csb;
  for (size_t d = 0; d < r; ++d) {
    if (shape[d] == 1) continue;
    if (!cs.empty() && csa.back() == sa[d] * shape[d] && csb.back() == sb[d] * shape[d]) {
      cs.back() *= shape[d];
      csa.back() = sa[d];
      csb.back() = sb[d];
    } else {
      cs.push_back(shape[d]);
      csa.push_back(sa[d]);
      csb.push_back(sb[d]);
    }
  }
  if (cs.empty()) {
    out[0] = apply<OP>(a[0], b[0]);
    return;
  }
  const size_t cr = cs.size();
  const int64_t inner = cs[cr - 1];
  const int64_t isa = csa[cr - 1], isb = csb[cr - 1];
  int64_t rows = 1;
  for (size_t d = 0; d + 1 < cr; ++d) rows *= cs[d];
  if (rows == 1) {
    parallel_for(inner, kGrain, [&](int64_t lo, int64_t hi) {
      row<OP>(a + lo * isa, isa, b + lo * isb, isb, out + lo, hi - lo);
    });
    return;
  }
  parallel_for(rows, std::max<int64_t>(1, kGrain / inner), [&](int64_t lo, int64_t hi) {
    // Offsets of row `lo`, then advance like an odometer.
    std::vector<int64_t> idx(cr - 1, 0);
    int64_t oa = 0, ob = 0, rem = lo;
    for (int64_t d = static_cast<int64_t>(cr) - 2; d >= 0; --d) {
      idx[d] = rem % cs[d];
      rem /= cs[d];
      oa += idx[d] * csa[d];
      ob += idx[d] * csb[d];
    }
    for (int64_t rr = lo; rr < hi; ++rr) {
      row<OP>(a + oa, isa, b + ob, isb, out + rr * inner, inner);
      for (int64_t d = static_cast<int64_t>(cr) - 2; d >= 0; --d) {
        oa += csa[d];
        ob += csb[d];
        if (++idx[d] < cs[d]) break;
        oa -= csa[d] * cs[d];
        ob -= csb[d] * cs[d];
        idx[d] = 0;
      }
    }
  });
}

template <UnaryOp OP>
void unary_row(const float* __restrict x, float* __restrict out, int64_t n) {
  for (int64_t i = 0; i < n; ++i) {
    const float v = x[i];
    if constexpr (OP == UnaryOp::Exp) out[i] = fast_exp(v);
    if constexpr (OP == UnaryOp::Log) out[i] = std::log(v);
    if constexpr (OP == UnaryOp::Tanh) out[i] = fast_tanh(v);
    if constexpr (OP == UnaryOp::Sqrt) out[i] = std::sqrt(v);
    if constexpr (OP == UnaryOp::Rsqrt) out[i] = 1.f / std::sqrt(v);
    if constexpr (OP == UnaryOp::Neg) out[i] = -v;
    if constexpr (OP == UnaryOp::Square) out[i] = v * v;
    if constexpr (OP == UnaryOp::Relu) out[i] = v < 0.f ? 0.f : v;
    if constexpr (OP == UnaryOp::Sigmoid) out[i] = 1.f / (1.f + fast_exp(-v));
    if constexpr (OP == UnaryOp::Abs) out[i] = std::fabs(v);
    if constexpr (OP == UnaryOp::Reciprocal) out[i] = 1.f / v;
  }
}

template <UnaryOp OP>
void unary_impl(const float* x, float* out, int64_t n) {
  parallel_for(n, kGrain, [&](int64_t lo, int64_t hi) { unary_row<OP>(x + lo, out + lo, hi - lo); });
}

template <ReduceOp OP>
inline float reduce_init() {
  if constexpr (OP == ReduceOp::Max) return -std::numeric_limits<float>::infinity();
  if constexpr (OP == ReduceOp::Min) return std::numeric_limits<float>::infinity();
  if constexpr (OP == ReduceOp::Prod) return 1.f;
  return 0.f;
}
template <ReduceOp OP>
inline float combine(float acc, float v) {
  if constexpr (OP == ReduceOp::Max) return (v > acc || v != v) ? v : acc;
  if constexpr (OP == ReduceOp::Min) return (v < acc || v != v) ? v : acc;
  if constexpr (OP == ReduceOp::Prod) return acc * v;
  return acc + v;
}

template <ReduceOp OP>
float reduce_contiguous(const float* __restrict x, int64_t n) {
  if constexpr (OP == ReduceOp::Sum || OP == ReduceOp::Mean) {
    // 8 independent partial sums: vectorisable and more accurate than one running sum.
    float p[8] = {0, 0, 0, 0, 0, 0, 0, 0};
    int64_t i = 0;
    for (; i + 8 <= n; i += 8)
      for (int j = 0; j < 8; ++j) p[j] += x[i + j];
    float s = ((p[0] + p[1]) + (p[2] + p[3])) + ((p[4] + p[5]) + (p[6] + p[7]));
    for (; i < n; ++i) s += x[i];
    return s;
  } else {
    float acc = reduce_init<OP>();
    for (int64_t i = 0; i < n; ++i) acc = combine<OP>(acc, x[i]);
    return acc;
  }
}

template <ReduceOp OP>
void reduce_strided_block(const float* __restrict x, float* __restrict out, int64_t size, int64_t inner,
                                    int64_t lo, int64_t hi) {
  for (int64_t j = lo; j < hi; ++j) out[j] = reduce_init<OP>();
  for (int64_t r = 0; r < size; ++r) {
    const float* src = x + r * inner;
    for (int64_t j = lo; j < hi; ++j) out[j] = combine<OP>(out[j], src[j]);
  }
}

template <ReduceOp OP>
void reduce_impl(const float* x, float* out, int64_t outer, int64_t size, int64_t inner) {
  const float scale = OP == ReduceOp::Mean ? 1.f / static_cast<float>(size) : 1.f;
  if (inner == 1) {
    parallel_for(outer, std::max<int64_t>(1, kGrain / std::max<int64_t>(size, 1)), [&](int64_t lo, int64_t hi) {
      for (int64_t o = lo; o < hi; ++o) {
        float v = reduce_contiguous<OP>(x + o * size, size);
        out[o] = OP == ReduceOp::Mean ? v * scale : v;
      }
    });
    return;
  }
  if (outer >= pool().size() * 2) {
    parallel_for(outer, std::max<int64_t>(1, kGrain / std::max<int64_t>(size * inner, 1)), [&](int64_t lo, int64_t hi) {
      for (int64_t o = lo; o < hi; ++o) {
        reduce_strided_block<OP>(x + o * size * inner, out + o * inner, size, inner, 0, inner);
        if (OP == ReduceOp::Mean)
          for (int64_t j = 0; j < inner; ++j) out[o * inner + j] *= scale;
      }
    });
    return;
  }
  for (int64_t o = 0; o < outer; ++o) {
    const float* xo = x + o * size * inner;
    float* oo = out + o * inner;
    parallel_for(inner, std::max<int64_t>(64, kGrain / std::max<int64_t>(size, 1)), [&](int64_t lo, int64_t hi) {
      reduce_strided_block<OP>(xo, oo, size, inner, lo, hi);
      if (OP == ReduceOp::Mean)
        for (int64_t j = lo; j < hi; ++j) oo[j] *= scale;
    });
  }
}

void softmax_row(const float* __restrict x, float* __restrict out, int64_t n) {
  float m = -std::numeric_limits<float>::infinity();
  for (int64_t i = 0; i < n; ++i) m = x[i] > m ? x[i] : m;
  float s = 0.f;
  for (int64_t i = 0; i < n; ++i) {
    float e = fast_exp(x[i] - m);
    out[i] = e;
    s += e;
  }
  const float inv = 1.f / s;
  for (int64_t i = 0; i < n; ++i) out[i] *= inv;
}

}  // namespace

void binary(BinaryOp op, const float* a, const std::vector<int64_t>& as, const float* b,
            const std::vector<int64_t>& bs, float* out, const std::vector<int64_t>& os) {
  switch (op) {
    case BinaryOp::Add: return binary_impl<BinaryOp::Add>(a, as, b, bs, out, os);
    case BinaryOp::Sub: return binary_impl<BinaryOp::Sub>(a, as, b, bs, out, os);
    case BinaryOp::Mul: return binary_impl<BinaryOp::Mul>(a, as, b, bs, out, os);
    case BinaryOp::Div: return binary_impl<BinaryOp::Div>(a, as, b, bs, out, os);
    case BinaryOp::Max: return binary_impl<BinaryOp::Max>(a, as, b, bs, out, os);
    case BinaryOp::Min: return binary_impl<BinaryOp::Min>(a, as, b, bs, out, os);
    case BinaryOp::SquaredDifference: return binary_impl<BinaryOp::SquaredDifference>(a, as, b, bs, out, os);
  }
}

void unary(UnaryOp op, const float* x, float* out, int64_t n) {
  switch (op) {
    case UnaryOp::Exp: return unary_impl<UnaryOp::Exp>(x, out, n);
    case UnaryOp::Log: return unary_impl<UnaryOp::Log>(x, out, n);
    case UnaryOp::Tanh: return unary_impl<UnaryOp::Tanh>(x, out, n);
    case UnaryOp::Sqrt: return unary_impl<UnaryOp::Sqrt>(x, out, n);
    case UnaryOp::Rsqrt: return unary_impl<UnaryOp::Rsqrt>(x, out, n);
    case UnaryOp::Neg: return unary_impl<UnaryOp::Neg>(x, out, n);
    case UnaryOp::Square: return unary_impl<UnaryOp::Square>(x, out, n);
    case UnaryOp::Relu: return unary_impl<UnaryOp::Relu>(x, out, n);
    case UnaryOp::Sigmoid: return unary_impl<UnaryOp::Sigmoid>(x, out, n);
    case UnaryOp::Abs: return unary_impl<UnaryOp::Abs>(x, out, n);
    case UnaryOp::Reciprocal: return unary_impl<UnaryOp::Reciprocal>(x, out, n);
  }
}

void reduce(ReduceOp op, const float* x, float* out, int64_t outer, int64_t size, int64_t inner) {
  switch (op) {
    case ReduceOp::Sum: return reduce_impl<ReduceOp::Sum>(x, out, outer, size, inner);
    case ReduceOp::Max: return reduce_impl<ReduceOp::Max>(x, out, outer, size, inner);
    case ReduceOp::Min: return reduce_impl<ReduceOp::Min>(x, out, outer, size, inner);
    case ReduceOp::Mean: return reduce_impl<ReduceOp::Mean>(x, out, outer, size, inner);
    case ReduceOp::Prod: return reduce_impl<ReduceOp::Prod>(x, out, outer, size, inner);
  }
}

void softmax(const float* x, float* out, int64_t rows, int64_t cols) {
  parallel_for(rows, std::max<int64_t>(1, kGrain / std::max<int64_t>(cols, 1)), [&](int64_t lo, int64_t hi) {
    for (int64_t r = lo; r < hi; ++r) softmax_row(x + r * cols, out + r * cols, cols);
  });
}

void transpose(const uint32_t* x, const std::vector<int64_t>& shape, const std::vector<int64_t>& perm,
               uint32_t* out) {
  const int64_t r = static_cast<int64_t>(shape.size());
  std::vector<int64_t> in_strides(r, 1);
  for (int64_t d = r - 2; d >= 0; --d) in_strides[d] = in_strides[d + 1] * shape[d + 1];
  std::vector<int64_t> os(r), ost(r), out_strides(r, 1);  // output shape, input stride of each output dim
  for (int64_t d = 0; d < r; ++d) {
    os[d] = shape[perm[d]];
    ost[d] = in_strides[perm[d]];
  }
  for (int64_t d = r - 2; d >= 0; --d) out_strides[d] = out_strides[d + 1] * os[d + 1];
  int64_t total = 1;
  for (auto s : os) total *= s;
  if (total == 0) return;
  if (r == 0) {
    out[0] = x[0];
    return;
  }
  const int64_t inner = os[r - 1];
  const int64_t istride = ost[r - 1];
  // Output dim that walks the input's last (contiguous) axis.
  int64_t q = -1;
  for (int64_t d = 0; d < r; ++d)
    if (perm[d] == r - 1) q = d;
  if (istride == 1 || q < 0 || os[q] < 8 || inner < 8) {
    // Rows of the output are contiguous (or short): copy row by row.
    const int64_t rows = total / inner;
    parallel_for(rows, std::max<int64_t>(1, kGrain / inner), [&](int64_t lo, int64_t hi) {
      std::vector<int64_t> idx(r, 0);
      int64_t off = 0, rem = lo;
      for (int64_t d = r - 2; d >= 0; --d) {
        idx[d] = rem % os[d];
        rem /= os[d];
        off += idx[d] * ost[d];
      }
      for (int64_t rr = lo; rr < hi; ++rr) {
        uint32_t* dst = out + rr * inner;
        if (istride == 1) {
          std::memcpy(dst, x + off, sizeof(uint32_t) * inner);
        } else {
          const uint32_t* src = x + off;
          for (int64_t j = 0; j < inner; ++j) dst[j] = src[j * istride];
        }
        for (int64_t d = r - 2; d >= 0; --d) {
          off += ost[d];
          if (++idx[d] < os[d]) break;
          off -= ost[d] * os[d];
          idx[d] = 0;
        }
      }
    });
    return;
  }
  // Tiled: a batch of 2-D transposes between output dim q (input stride 1) and the output's last dim.
  constexpr int64_t T = 32;
  std::vector<int64_t> bdims;  // remaining output dims
  for (int64_t d = 0; d < r - 1; ++d)
    if (d != q) bdims.push_back(d);
  int64_t batches = 1;
  for (auto d : bdims) batches *= os[d];
  const int64_t nq = os[q], nj = inner, oq = out_strides[q];
  const int64_t tq = (nq + T - 1) / T, tj = (nj + T - 1) / T;
  pool().run(std::min<int64_t>(batches * tq, static_cast<int64_t>(pool().size()) * 8), [&](int64_t c) {
    const int64_t units = batches * tq;
    const int64_t chunks = std::min<int64_t>(units, static_cast<int64_t>(pool().size()) * 8);
    const int64_t lo = units * c / chunks, hi = units * (c + 1) / chunks;
    for (int64_t u = lo; u < hi; ++u) {
      int64_t bi = u / tq, qt = u % tq;
      int64_t in_off = 0, out_off = 0, rem = bi;
      for (int64_t k = static_cast<int64_t>(bdims.size()) - 1; k >= 0; --k) {
        const int64_t d = bdims[k];
        const int64_t i = rem % os[d];
        rem /= os[d];
        in_off += i * ost[d];
        out_off += i * out_strides[d];
      }
      const int64_t q0 = qt * T, q1 = std::min(nq, q0 + T);
      for (int64_t jt = 0; jt < tj; ++jt) {
        const int64_t j0 = jt * T, j1 = std::min(nj, j0 + T);
        for (int64_t a = q0; a < q1; ++a) {
          uint32_t* dst = out + out_off + a * oq;
          const uint32_t* src = x + in_off + a;
          for (int64_t j = j0; j < j1; ++j) dst[j] = src[j * istride];
        }
      }
    }
  });
}

int64_t gather(const uint32_t* x, int64_t outer, int64_t dim, int64_t inner, const int32_t* indices, int64_t n,
               uint32_t* out) {
  for (int64_t i = 0; i < n; ++i)
    if (indices[i] < 0 || indices[i] >= dim) return i;
  const int64_t rows = outer * n;
  if (rows == 0 || inner == 0) return -1;
  parallel_for(rows, std::max<int64_t>(1, kGrain / inner), [&](int64_t lo, int64_t hi) {
    for (int64_t rr = lo; rr < hi; ++rr) {
      int64_t o = rr / n, i = rr % n;
      // Read once and check again: the indices may live in memory another thread writes.
      const int64_t at = indices[i];
      if (at < 0 || at >= dim) continue;
      std::memcpy(out + rr * inner, x + (o * dim + at) * inner, sizeof(uint32_t) * inner);
    }
  });
  return -1;
}

void unsorted_segment_sum(const float* data, const int32_t* ids, int64_t rows, int64_t inner, int64_t segments,
                          float* out) {
  std::memset(out, 0, sizeof(float) * segments * inner);
  // Threads own disjoint column ranges, so no two threads write the same output element.
  const int64_t threads = pool().size();
  int64_t cols_per = inner >= threads * 16 ? (inner + threads - 1) / threads : inner;
  parallel_for(inner, cols_per, [&](int64_t lo, int64_t hi) {
    for (int64_t r = 0; r < rows; ++r) {
      const int32_t s = ids[r];
      if (s < 0 || s >= segments) continue;
      const float* src = data + r * inner;
      float* dst = out + s * inner;
      for (int64_t j = lo; j < hi; ++j) dst[j] += src[j];
    }
  });
}

}  // namespace SC_ISA
}  // namespace sc
