// Layout kernels: transpose, slices, concat columns, pad, tile, gather and scatter (segment sum, ScatterNd).
#include <cstring>
#include "device.h"
#include "kernels.h"

namespace sc {
namespace {

int64_t sizeOf(const Shape& s) {
  int64_t n = 1;
  for (int i = 0; i < s.rank; i++) n *= s.dims[i];
  return n;
}

#define GRID_STRIDE(i, n) \
  for (int64_t i = blockIdx.x * (int64_t)blockDim.x + threadIdx.x; i < (n); i += (int64_t)gridDim.x * blockDim.x)

/** For each output axis: its size and the input stride it advances. */
struct StridedIndex {
  int rank;
  int64_t outDims[kMaxRank];
  int64_t inStrides[kMaxRank];
  int64_t inOffset;
};

__global__ void stridedCopyKernel(const uint32_t* __restrict__ x, uint32_t* __restrict__ out, int64_t n, StridedIndex index) {
  GRID_STRIDE(i, n) {
    int64_t rest = i, src = index.inOffset;
    for (int d = index.rank - 1; d >= 0; d--) {
      src += (rest % index.outDims[d]) * index.inStrides[d];
      rest /= index.outDims[d];
    }
    out[i] = x[src];
  }
}

/** 32×32 tiles through shared memory for a 2-D transpose of the last two axes (batch in z). */
__global__ void transpose2dKernel(const uint32_t* __restrict__ x, uint32_t* __restrict__ out, int64_t rows, int64_t cols) {
  __shared__ uint32_t tile[32][33];
  const int64_t batch = blockIdx.z;
  const uint32_t* src = x + batch * rows * cols;
  uint32_t* dst = out + batch * rows * cols;
  int64_t c = blockIdx.x * 32 + threadIdx.x;
  for (int r = threadIdx.y; r < 32; r += 8) {
    int64_t row = blockIdx.y * 32 + r;
    if (row < rows && c < cols) tile[r][threadIdx.x] = src[row * cols + c];
  }
  __syncthreads();
  int64_t outCol = blockIdx.y * 32 + threadIdx.x;
  for (int r = threadIdx.y; r < 32; r += 8) {
    int64_t outRow = blockIdx.x * 32 + r;
    if (outRow < cols && outCol < rows) dst[outRow * rows + outCol] = tile[threadIdx.x][r];
  }
}

__global__ void copyColumnsKernel(const uint32_t* __restrict__ src, int64_t rows, int64_t srcCols, uint32_t* __restrict__ dst,
                                  int64_t dstCols, int64_t offset) {
  GRID_STRIDE(i, rows * srcCols) {
    int64_t r = i / srcCols, c = i % srcCols;
    dst[r * dstCols + offset + c] = src[i];
  }
}

struct PadIndex {
  int rank;
  int64_t outDims[kMaxRank];
  int64_t inDims[kMaxRank];
  int64_t before[kMaxRank];
};

__global__ void padKernel(const uint32_t* __restrict__ x, uint32_t* __restrict__ out, int64_t n, PadIndex index, uint32_t value) {
  GRID_STRIDE(i, n) {
    int64_t rest = i, src = 0, stride = 1;
    bool inside = true;
    for (int d = index.rank - 1; d >= 0; d--) {
      int64_t c = rest % index.outDims[d] - index.before[d];
      rest /= index.outDims[d];
      if (c < 0 || c >= index.inDims[d]) inside = false;
      src += c * stride;
      stride *= index.inDims[d];
    }
    out[i] = inside ? x[src] : value;
  }
}

__global__ void tileKernel(const uint32_t* __restrict__ x, uint32_t* __restrict__ out, int64_t n, PadIndex index) {
  GRID_STRIDE(i, n) {
    int64_t rest = i, src = 0, stride = 1;
    for (int d = index.rank - 1; d >= 0; d--) {
      src += ((rest % index.outDims[d]) % index.inDims[d]) * stride;
      rest /= index.outDims[d];
      stride *= index.inDims[d];
    }
    out[i] = x[src];
  }
}

__global__ void gatherKernel(const uint32_t* __restrict__ x, int64_t outer, int64_t dim, int64_t inner,
                             const int32_t* __restrict__ indices, int64_t n, uint32_t* __restrict__ out,
                             unsigned long long* errorWord) {
  GRID_STRIDE(i, outer * n * inner) {
    int64_t c = i % inner, rest = i / inner;
    int64_t j = rest % n, o = rest / n;
    int64_t index = indices[j];
    if (index < 0 || index >= dim) {
      atomicCAS(errorWord, 0ULL, (static_cast<unsigned long long>(kErrGather) << 32) | static_cast<unsigned long long>(j & 0xffffffff));
      index = index < 0 ? 0 : dim - 1;
    }
    out[i] = x[(o * dim + index) * inner + c];
  }
}

template <typename T>
__global__ void segmentSumKernel(const T* __restrict__ data, const int32_t* __restrict__ ids, int64_t rows, int64_t inner,
                                 int64_t segments, T* __restrict__ out) {
  GRID_STRIDE(i, rows * inner) {
    int64_t r = i / inner, c = i % inner;
    int64_t s = ids[r];
    if (s >= 0 && s < segments) atomicAdd(&out[s * inner + c], data[i]);
  }
}

struct SliceStrides {
  int64_t s[kMaxRank];
};

template <typename T>
__global__ void scatterNdKernel(const int32_t* __restrict__ indices, int64_t n, int depth, SliceStrides strides,
                                const T* __restrict__ updates, int64_t sliceSize, T* __restrict__ out, int64_t outSize,
                                unsigned long long* errorWord) {
  GRID_STRIDE(i, n * sliceSize) {
    int64_t row = i / sliceSize, c = i % sliceSize;
    int64_t base = 0;
    for (int d = 0; d < depth; d++) base += static_cast<int64_t>(indices[row * depth + d]) * strides.s[d];
    int64_t target = base + c;
    if (base < 0 || target >= outSize) {
      atomicCAS(errorWord, 0ULL, (static_cast<unsigned long long>(kErrScatter) << 32) | static_cast<unsigned long long>(row & 0xffffffff));
      continue;
    }
    atomicAdd(&out[target], updates[i]);
  }
}

template <typename T>
__global__ void oneHotKernel(const int32_t* __restrict__ indices, int64_t n, int64_t depth, T on, T off, T* __restrict__ out) {
  GRID_STRIDE(i, n * depth) {
    out[i] = indices[i / depth] == i % depth ? on : off;
  }
}

}  // namespace

std::string transpose(const void* x, const Shape& shape, const int* perm, void* out) {
  int64_t n = sizeOf(shape);
  if (n == 0) return "";
  const int rank = shape.rank;
  // Swapping the last two axes with the leading ones kept: the tiled kernel (coalesced both ways).
  bool lastTwo = rank >= 2 && perm[rank - 1] == rank - 2 && perm[rank - 2] == rank - 1;
  for (int i = 0; i < rank - 2 && lastTwo; i++) lastTwo = perm[i] == i;
  if (lastTwo) {
    int64_t rows = shape.dims[rank - 2], cols = shape.dims[rank - 1], batch = n / (rows * cols);
    if (batch <= 65535) {
      dim3 grid(static_cast<unsigned>((cols + 31) / 32), static_cast<unsigned>((rows + 31) / 32), static_cast<unsigned>(batch));
      if (grid.y <= 65535) {
        transpose2dKernel<<<grid, dim3(32, 8), 0, stream()>>>(static_cast<const uint32_t*>(x), static_cast<uint32_t*>(out), rows, cols);
        return checkLaunch("transpose (tiled)");
      }
    }
  }
  int64_t inStrides[kMaxRank];
  int64_t stride = 1;
  for (int i = rank - 1; i >= 0; i--) {
    inStrides[i] = stride;
    stride *= shape.dims[i];
  }
  StridedIndex index{};
  index.rank = rank;
  for (int i = 0; i < rank; i++) {
    if (perm[i] < 0 || perm[i] >= rank) return "transpose: perm entry out of range";
    index.outDims[i] = shape.dims[perm[i]];
    index.inStrides[i] = inStrides[perm[i]];
  }
  stridedCopyKernel<<<gridFor(n), 256, 0, stream()>>>(static_cast<const uint32_t*>(x), static_cast<uint32_t*>(out), n, index);
  return checkLaunch("transpose");
}

std::string stridedSlice(const void* x, const Shape& shape, const int64_t* begin, const int64_t* stride, void* out,
                         const Shape& outShape) {
  int64_t n = sizeOf(outShape);
  if (n == 0) return "";
  if (outShape.rank != shape.rank) return "stridedSlice: rank mismatch";
  StridedIndex index{};
  index.rank = shape.rank;
  int64_t s = 1;
  for (int i = shape.rank - 1; i >= 0; i--) {
    int64_t last = begin[i] + (outShape.dims[i] - 1) * stride[i];
    if (begin[i] < 0 || begin[i] >= shape.dims[i] || last < 0 || last >= shape.dims[i]) {
      return "stridedSlice: axis " + std::to_string(i) + " reads outside the input";
    }
    index.outDims[i] = outShape.dims[i];
    index.inStrides[i] = s * stride[i];
    index.inOffset += begin[i] * s;
    s *= shape.dims[i];
  }
  stridedCopyKernel<<<gridFor(n), 256, 0, stream()>>>(static_cast<const uint32_t*>(x), static_cast<uint32_t*>(out), n, index);
  return checkLaunch("stridedSlice");
}

std::string copyColumns(const void* src, int64_t rows, int64_t srcCols, void* dst, int64_t dstCols, int64_t offset) {
  if (offset < 0 || offset + srcCols > dstCols) return "copyColumns (concat): the block does not fit the output";
  if (rows * srcCols == 0) return "";
  copyColumnsKernel<<<gridFor(rows * srcCols), 256, 0, stream()>>>(static_cast<const uint32_t*>(src), rows, srcCols,
                                                                   static_cast<uint32_t*>(dst), dstCols, offset);
  return checkLaunch("copyColumns (concat)");
}

std::string pad(const void* x, const Shape& shape, const int64_t* before, void* out, const Shape& outShape, int dtype,
                double value) {
  int64_t n = sizeOf(outShape);
  if (n == 0) return "";
  PadIndex index{};
  index.rank = shape.rank;
  for (int i = 0; i < shape.rank; i++) {
    index.outDims[i] = outShape.dims[i];
    index.inDims[i] = shape.dims[i];
    index.before[i] = before[i];
    if (before[i] < 0 || before[i] + shape.dims[i] > outShape.dims[i]) return "pad: negative or oversized padding";
  }
  uint32_t word;
  if (dtype == kF32) {
    float f = static_cast<float>(value);
    memcpy(&word, &f, 4);
  } else {
    int32_t v = static_cast<int32_t>(value);
    memcpy(&word, &v, 4);
  }
  padKernel<<<gridFor(n), 256, 0, stream()>>>(static_cast<const uint32_t*>(x), static_cast<uint32_t*>(out), n, index, word);
  return checkLaunch("pad");
}

std::string tile(const void* x, const Shape& shape, void* out, const Shape& outShape) {
  int64_t n = sizeOf(outShape);
  if (n == 0) return "";
  if (sizeOf(shape) == 0) return "tile: empty input with a non-empty output";
  PadIndex index{};
  index.rank = outShape.rank;
  for (int i = 0; i < outShape.rank; i++) {
    int j = i - (outShape.rank - shape.rank);
    index.outDims[i] = outShape.dims[i];
    index.inDims[i] = j >= 0 ? shape.dims[j] : 1;
  }
  tileKernel<<<gridFor(n), 256, 0, stream()>>>(static_cast<const uint32_t*>(x), static_cast<uint32_t*>(out), n, index);
  return checkLaunch("tile");
}

std::string gather(const void* x, int64_t outer, int64_t dim, int64_t inner, const int32_t* indices, int64_t n, void* out) {
  int64_t total = outer * n * inner;
  if (total == 0) return "";
  if (dim == 0) return "gather: indices into an empty axis";
  gatherKernel<<<gridFor(total), 256, 0, stream()>>>(static_cast<const uint32_t*>(x), outer, dim, inner, indices, n,
                                                     static_cast<uint32_t*>(out), indexErrorWord());
  return checkLaunch("gather");
}

std::string segmentSum(const void* data, int dtype, const int32_t* ids, int64_t rows, int64_t inner, int64_t segments,
                       void* out) {
  SC_CUDA_TRY("segmentSum (zero output)", cudaMemsetAsync(out, 0, static_cast<size_t>(segments * inner) * 4, stream()));
  if (rows * inner == 0) return "";
  if (dtype == kF32) {
    segmentSumKernel<float><<<gridFor(rows * inner), 256, 0, stream()>>>(static_cast<const float*>(data), ids, rows, inner,
                                                                         segments, static_cast<float*>(out));
  } else {
    segmentSumKernel<int32_t><<<gridFor(rows * inner), 256, 0, stream()>>>(static_cast<const int32_t*>(data), ids, rows,
                                                                           inner, segments, static_cast<int32_t*>(out));
  }
  return checkLaunch("segmentSum");
}

std::string scatterNd(const int32_t* indices, int64_t n, int indexDepth, const int64_t* sliceStrides, const void* updates,
                      int dtype, int64_t sliceSize, void* out, int64_t outSize) {
  if (indexDepth < 1 || indexDepth > kMaxRank) return "scatterNd: index depth must be 1.." + std::to_string(kMaxRank);
  SC_CUDA_TRY("scatterNd (zero output)", cudaMemsetAsync(out, 0, static_cast<size_t>(outSize) * 4, stream()));
  if (n * sliceSize == 0) return "";
  SliceStrides strides{};
  for (int i = 0; i < indexDepth; i++) strides.s[i] = sliceStrides[i];
  if (dtype == kF32) {
    scatterNdKernel<float><<<gridFor(n * sliceSize), 256, 0, stream()>>>(indices, n, indexDepth, strides,
        static_cast<const float*>(updates), sliceSize, static_cast<float*>(out), outSize, indexErrorWord());
  } else {
    scatterNdKernel<int32_t><<<gridFor(n * sliceSize), 256, 0, stream()>>>(indices, n, indexDepth, strides,
        static_cast<const int32_t*>(updates), sliceSize, static_cast<int32_t*>(out), outSize, indexErrorWord());
  }
  return checkLaunch("scatterNd");
}

std::string oneHot(const int32_t* indices, int64_t n, int64_t depth, double on, double off, int dtype, void* out) {
  if (n * depth == 0) return "";
  if (dtype == kF32) {
    oneHotKernel<float><<<gridFor(n * depth), 256, 0, stream()>>>(indices, n, depth, static_cast<float>(on),
                                                                  static_cast<float>(off), static_cast<float*>(out));
  } else {
    oneHotKernel<int32_t><<<gridFor(n * depth), 256, 0, stream()>>>(indices, n, depth, static_cast<int32_t>(on),
                                                                    static_cast<int32_t>(off), static_cast<int32_t*>(out));
  }
  return checkLaunch("oneHot");
}

}  // namespace sc
