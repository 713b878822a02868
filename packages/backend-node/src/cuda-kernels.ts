import { tf } from '@stagecoach/core';
import type { KernelImpl } from '@stagecoach/core';
import { deviceDtype, F32, I32 } from './cuda-backend-class.js';
import type { CudaKernelBackend } from './cuda-backend-class.js';
import { runOnHost } from './cuda-fallback.js';
import type { FallbackCounter } from './cuda-fallback.js';
import { broadcastShapes } from './native-kernels.js';

type Attrs = Record<string, unknown>;
type Inputs = Record<string, tf.TensorInfo | undefined>;
type KernelResult = tf.TensorInfo | tf.TensorInfo[];

/**
 * A kernel body on the GPU: returns its result, or undefined when it does not handle these inputs
 * (dtype, rank, attribute), in which case the kernel runs through the host (counted).
 */
export type CudaBody = (backend: CudaKernelBackend, inputs: Inputs, attrs: Attrs) => KernelResult | undefined;

/** Wraps a body as a tfjs kernel that falls back through the host for what the body does not handle. */
export function cudaKernel(kernelName: string, body: CudaBody, counter: FallbackCounter): KernelImpl {
  return {
    kernelName,
    kernelFunc: (params) => body(params.backend as CudaKernelBackend, params.inputs, (params.attrs ?? {}) as Attrs) ?? runOnHost(kernelName, params, counter),
  };
}

export const sizeOf = (shape: readonly number[]): number => shape.reduce((a, b) => a * b, 1);

const BINARY = {
  Add: 0, Sub: 1, Multiply: 2, RealDiv: 3, Maximum: 4, Minimum: 5, SquaredDifference: 6, Pow: 7, FloorDiv: 8, Mod: 9,
  Equal: 10, NotEqual: 11, Less: 12, LessEqual: 13, Greater: 14, GreaterEqual: 15, LogicalAnd: 16, LogicalOr: 17, Atan2: 18,
} as const;
/** Comparisons and logical ops (Equal … LogicalOr) write bool, whatever their inputs' type. */
const isComparison = (op: number): boolean => op >= BINARY.Equal && op <= BINARY.LogicalOr;
/** Ops whose int32 form differs from tfjs's (RealDiv, Pow and Atan2 of ints produce floats there). */
const FLOAT_ONLY_BINARY = new Set(['RealDiv', 'Pow', 'Atan2']);

const UNARY = {
  Exp: 0, Log: 1, Tanh: 2, Sqrt: 3, Rsqrt: 4, Neg: 5, Square: 6, Relu: 7, Sigmoid: 8, Abs: 9, Reciprocal: 10, Sin: 11, Cos: 12,
  Erf: 13, Softplus: 14, Log1p: 15, Expm1: 16, Floor: 17, Ceil: 18, Round: 19, Sign: 20, Elu: 21, Relu6: 22, LeakyRelu: 23,
  ClipByValue: 24, Step: 25, IsNan: 26, LogicalNot: 27, Selu: 28, Atan: 29,
} as const;
const INT_UNARY = new Set(['Neg', 'Abs', 'Square', 'Sign', 'ClipByValue', 'LogicalNot']);

const REDUCE = { Sum: 0, Max: 1, Min: 2, Mean: 3, Prod: 4, All: 5, Any: 6 } as const;

/** Names of the tfjs kernels that run on the GPU (everything else runs through the host, counted). */
export const CUDA_TFJS_KERNELS: readonly string[] = [
  'BatchMatMul', ...Object.keys(BINARY), ...Object.keys(UNARY), ...Object.keys(REDUCE), 'ArgMax', 'ArgMin', 'Softmax', 'Cumsum',
  'Cast', 'Identity', 'Reshape', 'ExpandDims', 'Squeeze', 'Fill', 'ZerosLike', 'OnesLike', 'Range', 'Select', 'AddN',
  'Transpose', 'Slice', 'StridedSlice', 'Concat', 'Pack', 'Unpack', 'SplitV', 'Tile', 'BroadcastTo', 'PadV2', 'GatherV2',
  'UnsortedSegmentSum', 'ScatterNd', 'OneHot',
];

function numberAttr(attrs: Attrs, name: string): number | undefined {
  const v = attrs[name];
  return typeof v === 'number' ? v : undefined;
}

function numbersAttr(attrs: Attrs, name: string): number[] | undefined {
  const v = attrs[name];
  if (typeof v === 'number') return [v];
  return Array.isArray(v) && v.every((x) => typeof x === 'number') ? (v as number[]) : undefined;
}

/** A tensor sharing `x`'s device memory with another shape (Reshape, Identity, ExpandDims, Squeeze). */
function alias(b: CudaKernelBackend, x: tf.TensorInfo, shape: number[]): tf.TensorInfo {
  b.incRef(x.dataId);
  return { dataId: x.dataId, shape, dtype: x.dtype };
}

function matMul(b: CudaKernelBackend, inputs: Inputs, attrs: Attrs): KernelResult | undefined {
  const { a, b: bIn } = inputs;
  if (a === undefined || bIn === undefined || a.dtype !== 'float32' || bIn.dtype !== 'float32') return undefined;
  if (a.shape.length < 2 || bIn.shape.length < 2) return undefined;
  const ta = attrs.transposeA === true;
  const tb = attrs.transposeB === true;
  const [ar, ac] = a.shape.slice(-2) as [number, number];
  const [br, bc] = bIn.shape.slice(-2) as [number, number];
  const m = ta ? ac : ar;
  const k = ta ? ar : ac;
  const n = tb ? br : bc;
  if ((tb ? bc : br) !== k) return undefined;
  const batchA = a.shape.slice(0, -2);
  const batchB = bIn.shape.slice(0, -2);
  const batchShape = broadcastShapes(batchA, batchB);
  if (batchShape === undefined) return undefined;
  const batch = sizeOf(batchShape);
  const na = sizeOf(batchA);
  const nb = sizeOf(batchB);
  // One strided-batched gemm covers equal batches and a batch of 1 on either side.
  if ((na !== batch && na !== 1) || (nb !== batch && nb !== 1)) return undefined;
  const out = b.makeOutput([...batchShape, m, n], 'float32');
  b.addon.matmul(b.ptr(a), b.ptr(bIn), b.ptr(out), batch, m, n, k, ta, tb, na === 1 ? 0 : m * k, nb === 1 ? 0 : k * n);
  return out;
}

function binary(name: keyof typeof BINARY): CudaBody {
  return (b, { a, b: bIn }) => {
    if (a === undefined || bIn === undefined || a.dtype !== bIn.dtype || a.dtype === 'string') return undefined;
    const dtype = deviceDtype(a.dtype);
    if (dtype === undefined || (dtype === I32 && FLOAT_ONLY_BINARY.has(name))) return undefined;
    const op = BINARY[name];
    if (a.dtype === 'bool' && !isComparison(op)) return undefined; // tfjs upcasts bool arithmetic
    const shape = broadcastShapes(a.shape, bIn.shape);
    if (shape === undefined || shape.length > 8) return undefined;
    const out = b.makeOutput(shape, isComparison(op) ? 'bool' : a.dtype);
    b.addon.binary(op, dtype, b.ptr(a), a.shape, b.ptr(bIn), bIn.shape, b.ptr(out), shape);
    return out;
  };
}

function unary(name: keyof typeof UNARY): CudaBody {
  return (b, { x }, attrs) => {
    if (x === undefined) return undefined;
    const dtype = deviceDtype(x.dtype);
    if (dtype === undefined || (dtype === I32 && !INT_UNARY.has(name)) || (x.dtype === 'bool' && name !== 'LogicalNot')) return undefined;
    const p0 = name === 'ClipByValue' ? numberAttr(attrs, 'clipValueMin') : numberAttr(attrs, 'alpha');
    const p1 = name === 'ClipByValue' ? numberAttr(attrs, 'clipValueMax') : 0;
    if ((name === 'ClipByValue' || name === 'LeakyRelu') && (p0 === undefined || p1 === undefined)) return undefined;
    const outDtype: tf.DataType = name === 'IsNan' || name === 'LogicalNot' ? 'bool' : x.dtype;
    const out = b.makeOutput(x.shape, outDtype);
    b.addon.unary(UNARY[name], dtype, b.ptr(x), b.ptr(out), sizeOf(x.shape), p0 ?? 0, p1 ?? 0);
    return out;
  };
}

/** Axes as [outer, size, inner] when they form one contiguous run, else undefined. */
function contiguousRun(shape: readonly number[], axes: number[]): [number, number, number] | undefined {
  const sorted = [...new Set(axes)].sort((p, q) => p - q);
  if (sorted.length === 0) return [sizeOf(shape), 1, 1];
  for (let i = 1; i < sorted.length; i++) if (sorted[i] !== sorted[i - 1]! + 1) return undefined;
  const first = sorted[0]!;
  const last = sorted[sorted.length - 1]!;
  return [sizeOf(shape.slice(0, first)), sizeOf(shape.slice(first, last + 1)), sizeOf(shape.slice(last + 1))];
}

function reduce(name: keyof typeof REDUCE): CudaBody {
  return (b, { x }, attrs) => {
    if (x === undefined) return undefined;
    const axisAttr = attrs.axis === undefined || attrs.axis === null ? undefined : numbersAttr(attrs, 'axis');
    const axes = tf.util.parseAxisParam(axisAttr ?? x.shape.map((_, i) => i), x.shape);
    const run = contiguousRun(x.shape, axes);
    if (run === undefined) return undefined;
    // Sum and Prod of bools / ints are int32; Mean is float; All / Any are bool.
    let dtype = deviceDtype(x.dtype);
    if (dtype === undefined || (name === 'Mean' && x.dtype !== 'float32')) return undefined;
    if ((name === 'All' || name === 'Any') && x.dtype !== 'bool') return undefined;
    const outDtype: tf.DataType = name === 'All' || name === 'Any' ? 'bool' : x.dtype === 'bool' ? 'int32' : x.dtype;
    dtype = deviceDtype(outDtype) ?? F32;
    const kept = x.shape.map((d, i) => (axes.includes(i) ? 1 : d));
    const shape = attrs.keepDims === true ? kept : x.shape.filter((_, i) => !axes.includes(i));
    const out = b.makeOutput(shape, outDtype);
    b.addon.reduce(REDUCE[name], dtype, b.ptr(x), run[0], run[1], run[2], b.ptr(out));
    return out;
  };
}

function argReduce(isMax: boolean): CudaBody {
  return (b, { x }, attrs) => {
    if (x === undefined || deviceDtype(x.dtype) === undefined || x.dtype === 'bool') return undefined;
    const axes = tf.util.parseAxisParam(numbersAttr(attrs, 'axis') ?? 0, x.shape);
    if (axes.length !== 1) return undefined;
    const axis = axes[0]!;
    const out = b.makeOutput(x.shape.filter((_, i) => i !== axis), 'int32');
    b.addon.reduce(isMax ? 7 : 8, deviceDtype(x.dtype)!, b.ptr(x), sizeOf(x.shape.slice(0, axis)), x.shape[axis]!, sizeOf(x.shape.slice(axis + 1)), b.ptr(out));
    return out;
  };
}

const softmax: CudaBody = (b, { logits }, attrs) => {
  if (logits === undefined || logits.dtype !== 'float32') return undefined;
  const dims = numbersAttr(attrs, 'dim') ?? [-1];
  const rank = logits.shape.length;
  if (dims.length !== 1 || (dims[0]! + rank) % rank !== rank - 1) return undefined;
  const cols = logits.shape[rank - 1] ?? 1;
  const out = b.makeOutput(logits.shape, 'float32');
  b.addon.softmax(b.ptr(logits), b.ptr(out), cols === 0 ? 0 : sizeOf(logits.shape) / cols, cols, false);
  return out;
};

const cumsum: CudaBody = (b, { x }, attrs) => {
  if (x === undefined || (x.dtype !== 'float32' && x.dtype !== 'int32')) return undefined;
  const axis = numberAttr(attrs, 'axis');
  if (axis === undefined) return undefined;
  const a = axis < 0 ? axis + x.shape.length : axis;
  const out = b.makeOutput(x.shape, x.dtype);
  b.addon.cumsum(b.ptr(x), deviceDtype(x.dtype)!, sizeOf(x.shape.slice(0, a)), x.shape[a] ?? 1, sizeOf(x.shape.slice(a + 1)),
    attrs.exclusive === true, attrs.reverse === true, b.ptr(out));
  return out;
};

const cast: CudaBody = (b, { x }, attrs) => {
  const to = attrs.dtype as tf.DataType | undefined;
  if (x === undefined || to === undefined) return undefined;
  const from = deviceDtype(x.dtype);
  const toCode = deviceDtype(to);
  if (from === undefined || toCode === undefined) return undefined;
  if (x.dtype === to) return alias(b, x, x.shape);
  const out = b.makeOutput(x.shape, to);
  b.addon.cast(b.ptr(x), from, b.ptr(out), toCode, to === 'bool', sizeOf(x.shape));
  return out;
};

const reshape: CudaBody = (b, { x }, attrs) => {
  const shape = numbersAttr(attrs, 'shape');
  if (x === undefined || shape === undefined) return undefined;
  return alias(b, x, tf.util.inferFromImplicitShape(shape, sizeOf(x.shape)));
};

const expandDims: CudaBody = (b, { input }, attrs) => {
  const dim = numberAttr(attrs, 'dim');
  if (input === undefined || dim === undefined) return undefined;
  const at = dim < 0 ? input.shape.length + 1 + dim : dim;
  const shape = [...input.shape];
  shape.splice(at, 0, 1);
  return alias(b, input, shape);
};

const squeeze: CudaBody = (b, { x }, attrs) => {
  if (x === undefined) return undefined;
  const axis = numbersAttr(attrs, 'axis') ?? [];
  return alias(b, x, tf.util.squeezeShape(x.shape, axis.length === 0 ? undefined : axis).newShape);
};

function filled(b: CudaKernelBackend, shape: number[], dtype: tf.DataType, value: number): tf.TensorInfo | undefined {
  const code = deviceDtype(dtype);
  if (code === undefined) return undefined;
  const out = b.makeOutput(shape, dtype);
  b.addon.fill(b.ptr(out), code, value, sizeOf(shape));
  return out;
}

const fill: CudaBody = (b, _inputs, attrs) => {
  const shape = numbersAttr(attrs, 'shape');
  const value = attrs.value;
  if (shape === undefined || typeof value !== 'number') return undefined;
  return filled(b, shape, (attrs.dtype as tf.DataType | undefined) ?? 'float32', value);
};

function likeKernel(value: number): CudaBody {
  return (b, { x }) => (x === undefined ? undefined : filled(b, x.shape, x.dtype, value));
}

const range: CudaBody = (b, _inputs, attrs) => {
  const start = numberAttr(attrs, 'start');
  const stop = numberAttr(attrs, 'stop');
  const step = numberAttr(attrs, 'step');
  const dtype = (attrs.dtype as tf.DataType | undefined) ?? 'float32';
  if (start === undefined || stop === undefined || step === undefined || step === 0 || deviceDtype(dtype) === undefined) return undefined;
  const n = Math.max(Math.ceil((stop - start) / step), 0);
  const out = b.makeOutput([n], dtype);
  b.addon.range(b.ptr(out), deviceDtype(dtype)!, start, step, n);
  return out;
};

const select: CudaBody = (b, { condition, t, e }) => {
  if (condition === undefined || t === undefined || e === undefined || t.dtype !== e.dtype || deviceDtype(t.dtype) === undefined) return undefined;
  if (!tf.util.arraysEqual(t.shape, e.shape)) return undefined;
  const n = sizeOf(t.shape);
  const condSize = sizeOf(condition.shape);
  if (condSize !== n && !(condition.shape.length === 1 && condition.shape[0] === t.shape[0])) return undefined;
  const out = b.makeOutput(t.shape, t.dtype);
  b.addon.select(b.ptr(condition), condSize, b.ptr(t), b.ptr(e), b.ptr(out), n);
  return out;
};

const addN: CudaBody = (b, inputs) => {
  const tensors = Object.values(inputs).filter((t): t is tf.TensorInfo => t !== undefined);
  const first = tensors[0];
  if (first === undefined || first.dtype === 'bool') return undefined;
  const code = deviceDtype(first.dtype);
  if (code === undefined || tensors.some((t) => t.dtype !== first.dtype || !tf.util.arraysEqual(t.shape, first.shape))) return undefined;
  const out = b.makeOutput(first.shape, first.dtype);
  b.addon.addN(tensors.map((t) => b.ptr(t)), code, b.ptr(out), sizeOf(first.shape));
  return out;
};

const transpose: CudaBody = (b, { x }, attrs) => {
  const perm = numbersAttr(attrs, 'perm');
  if (x === undefined || perm === undefined || deviceDtype(x.dtype) === undefined || x.shape.length > 8) return undefined;
  const out = b.makeOutput(perm.map((p) => x.shape[p]!), x.dtype);
  b.addon.transpose(b.ptr(x), x.shape, perm, b.ptr(out));
  return out;
};

/** A strided copy of x into a new tensor of `outShape` (its rank) reshaped to `finalShape`. */
function sliced(b: CudaKernelBackend, x: tf.TensorInfo, begin: number[], strides: number[], outShape: number[], finalShape: number[]): tf.TensorInfo {
  const out = b.makeOutput(finalShape, x.dtype);
  if (sizeOf(outShape) > 0) b.addon.stridedSlice(b.ptr(x), x.shape, begin, strides, b.ptr(out), outShape);
  return out;
}

const slice: CudaBody = (b, { x }, attrs) => {
  const begin = numbersAttr(attrs, 'begin');
  const size = numbersAttr(attrs, 'size');
  if (x === undefined || begin === undefined || size === undefined || deviceDtype(x.dtype) === undefined || x.shape.length > 8) return undefined;
  const [start = [], extent = []] = tf.slice_util.parseSliceParams(x, begin, size);
  return sliced(b, x, start, start.map(() => 1), extent, extent);
};

const stridedSlice: CudaBody = (b, { x }, attrs) => {
  if (x === undefined || deviceDtype(x.dtype) === undefined || x.shape.length > 8) return undefined;
  const info = tf.slice_util.sliceInfo(x.shape, numbersAttr(attrs, 'begin') ?? [], numbersAttr(attrs, 'end') ?? [],
    numbersAttr(attrs, 'strides') ?? [], numberAttr(attrs, 'beginMask') ?? 0, numberAttr(attrs, 'endMask') ?? 0,
    numberAttr(attrs, 'ellipsisMask') ?? 0, numberAttr(attrs, 'newAxisMask') ?? 0, numberAttr(attrs, 'shrinkAxisMask') ?? 0);
  // begin / strides / finalShapeSparse are in the input's rank; finalShape drops shrunk axes and adds new ones.
  if (info.begin.length !== x.shape.length || info.finalShapeSparse.length !== x.shape.length) return undefined;
  if (sizeOf(info.finalShapeSparse) !== sizeOf(info.finalShape)) return undefined;
  return sliced(b, x, info.begin, info.strides, info.finalShapeSparse, info.finalShape);
};

/** Copies each input as a column block of an [outer, Σ cols] output (Concat along `axis`, Pack). */
function joinColumns(b: CudaKernelBackend, tensors: tf.TensorInfo[], outer: number, outShape: number[]): tf.TensorInfo {
  const out = b.makeOutput(outShape, tensors[0]!.dtype);
  const total = outer === 0 ? 0 : sizeOf(outShape) / outer;
  let offset = 0;
  for (const t of tensors) {
    const cols = outer === 0 ? 0 : sizeOf(t.shape) / outer;
    if (cols > 0) b.addon.copyColumns(b.ptr(t), outer, cols, b.ptr(out), total, offset);
    offset += cols;
  }
  return out;
}

const concat: CudaBody = (b, inputs, attrs) => {
  const tensors = Object.values(inputs).filter((t): t is tf.TensorInfo => t !== undefined);
  const first = tensors[0];
  if (first === undefined || deviceDtype(first.dtype) === undefined || tensors.some((t) => t.dtype !== first.dtype)) return undefined;
  const axis = tf.util.parseAxisParam(numbersAttr(attrs, 'axis') ?? 0, first.shape)[0]!;
  const shapes = tensors.map((t) => t.shape);
  tf.backend_util.assertParamsConsistent(shapes, axis);
  const outShape = tf.backend_util.computeOutShape(shapes, axis);
  return joinColumns(b, tensors, sizeOf(first.shape.slice(0, axis)), outShape);
};

const pack: CudaBody = (b, inputs, attrs) => {
  const tensors = Object.values(inputs).filter((t): t is tf.TensorInfo => t !== undefined);
  const first = tensors[0];
  if (first === undefined || deviceDtype(first.dtype) === undefined || tensors.some((t) => t.dtype !== first.dtype || !tf.util.arraysEqual(t.shape, first.shape))) return undefined;
  let axis = numberAttr(attrs, 'axis') ?? 0;
  if (axis < 0) axis += first.shape.length + 1;
  const outShape = [...first.shape];
  outShape.splice(axis, 0, tensors.length);
  return joinColumns(b, tensors, sizeOf(first.shape.slice(0, axis)), outShape);
};

const unpack: CudaBody = (b, { value }, attrs) => {
  if (value === undefined || deviceDtype(value.dtype) === undefined || value.shape.length > 8) return undefined;
  let axis = numberAttr(attrs, 'axis') ?? 0;
  if (axis < 0) axis += value.shape.length;
  const outShape = value.shape.map((d, i) => (i === axis ? 1 : d));
  const finalShape = value.shape.filter((_, i) => i !== axis);
  return Array.from({ length: value.shape[axis]! }, (_, i) =>
    sliced(b, value, value.shape.map((_, a) => (a === axis ? i : 0)), value.shape.map(() => 1), outShape, finalShape));
};

const splitV: CudaBody = (b, { x }, attrs) => {
  if (x === undefined || deviceDtype(x.dtype) === undefined || x.shape.length > 8) return undefined;
  const axis = tf.util.parseAxisParam(numbersAttr(attrs, 'axis') ?? 0, x.shape)[0]!;
  const splits = attrs.numOrSizeSplits as number | number[] | undefined;
  if (splits === undefined) return undefined;
  const sizes = tf.backend_util.prepareSplitSize(x, splits, axis);
  let start = 0;
  return sizes.map((size) => {
    const outShape = x.shape.map((d, i) => (i === axis ? size : d));
    const piece = sliced(b, x, x.shape.map((_, i) => (i === axis ? start : 0)), x.shape.map(() => 1), outShape, outShape);
    start += size;
    return piece;
  });
};

function tiled(b: CudaKernelBackend, x: tf.TensorInfo, outShape: number[]): tf.TensorInfo | undefined {
  if (deviceDtype(x.dtype) === undefined || outShape.length > 8) return undefined;
  const out = b.makeOutput(outShape, x.dtype);
  if (sizeOf(outShape) > 0) b.addon.tile(b.ptr(x), x.shape, b.ptr(out), outShape);
  return out;
}

const tile: CudaBody = (b, { x }, attrs) => {
  const reps = numbersAttr(attrs, 'reps');
  if (x === undefined || reps === undefined || reps.length !== x.shape.length) return undefined;
  return tiled(b, x, x.shape.map((d, i) => d * reps[i]!));
};

const broadcastTo: CudaBody = (b, { x }, attrs) => {
  const shape = numbersAttr(attrs, 'shape');
  if (x === undefined || shape === undefined || broadcastShapes(x.shape, shape)?.join() !== shape.join()) return undefined;
  return tiled(b, x, shape);
};

const padV2: CudaBody = (b, { x }, attrs) => {
  const paddings = attrs.paddings as Array<[number, number]> | undefined;
  const value = numberAttr(attrs, 'constantValue') ?? 0;
  if (x === undefined || paddings === undefined || paddings.length !== x.shape.length || deviceDtype(x.dtype) === undefined || x.shape.length > 8) return undefined;
  const outShape = x.shape.map((d, i) => d + paddings[i]![0] + paddings[i]![1]);
  const out = b.makeOutput(outShape, x.dtype);
  b.addon.pad(b.ptr(x), x.shape, paddings.map((p) => p[0]), b.ptr(out), outShape, deviceDtype(x.dtype)!, value);
  return out;
};

const gatherV2: CudaBody = (b, { x, indices }, attrs) => {
  if (x === undefined || indices === undefined || indices.dtype !== 'int32' || deviceDtype(x.dtype) === undefined) return undefined;
  if ((numberAttr(attrs, 'batchDims') ?? 0) !== 0) return undefined;
  const axis = tf.util.parseAxisParam(numberAttr(attrs, 'axis') ?? 0, x.shape)[0]!;
  const outShape = [...x.shape.slice(0, axis), ...indices.shape, ...x.shape.slice(axis + 1)];
  const out = b.makeOutput(outShape, x.dtype);
  b.addon.gather(b.ptr(x), sizeOf(x.shape.slice(0, axis)), x.shape[axis]!, sizeOf(x.shape.slice(axis + 1)), b.ptr(indices),
    sizeOf(indices.shape), b.ptr(out));
  return out;
};

const unsortedSegmentSum: CudaBody = (b, { x, segmentIds }, attrs) => {
  const segments = numberAttr(attrs, 'numSegments');
  if (x === undefined || segmentIds === undefined || segments === undefined || segmentIds.dtype !== 'int32') return undefined;
  if (x.dtype !== 'float32' && x.dtype !== 'int32') return undefined;
  const rows = sizeOf(segmentIds.shape);
  const inner = rows === 0 ? sizeOf(x.shape.slice(segmentIds.shape.length)) : sizeOf(x.shape) / rows;
  const out = b.makeOutput([segments, ...x.shape.slice(segmentIds.shape.length)], x.dtype);
  b.addon.segmentSum(b.ptr(x), deviceDtype(x.dtype)!, b.ptr(segmentIds), rows, inner, segments, b.ptr(out));
  return out;
};

const scatterNd: CudaBody = (b, { indices, updates }, attrs) => {
  const shape = numbersAttr(attrs, 'shape');
  if (indices === undefined || updates === undefined || shape === undefined || indices.dtype !== 'int32') return undefined;
  if (updates.dtype !== 'float32' && updates.dtype !== 'int32') return undefined;
  const depth = indices.shape[indices.shape.length - 1] ?? 1;
  if (depth < 1 || depth > 8 || depth > shape.length) return undefined;
  const n = sizeOf(indices.shape) / depth;
  const sliceSize = sizeOf(shape.slice(depth));
  const strides = Array.from({ length: depth }, (_, d) => sizeOf(shape.slice(d + 1)));
  if (sizeOf(updates.shape) !== n * sliceSize) return undefined;
  const out = b.makeOutput(shape, updates.dtype);
  b.addon.scatterNd(b.ptr(indices), n, depth, strides, b.ptr(updates), deviceDtype(updates.dtype)!, sliceSize, b.ptr(out), sizeOf(shape));
  return out;
};

const oneHot: CudaBody = (b, { indices }, attrs) => {
  const depth = numberAttr(attrs, 'depth');
  const dtype = (attrs.dtype as tf.DataType | undefined) ?? 'int32';
  if (indices === undefined || depth === undefined || indices.dtype !== 'int32' || deviceDtype(dtype) === undefined) return undefined;
  const out = b.makeOutput([...indices.shape, depth], dtype);
  b.addon.oneHot(b.ptr(indices), sizeOf(indices.shape), depth, numberAttr(attrs, 'onValue') ?? 1, numberAttr(attrs, 'offValue') ?? 0,
    deviceDtype(dtype)!, b.ptr(out));
  return out;
};

const identity: CudaBody = (b, { x }) => (x === undefined ? undefined : alias(b, x, x.shape));

/** Every tfjs kernel with a CUDA body, each falling back through the host for what it does not handle. */
export function cudaTfjsKernels(counter: FallbackCounter): KernelImpl[] {
  const bodies: Record<string, CudaBody> = {
    BatchMatMul: matMul, Softmax: softmax, Cumsum: cumsum, Cast: cast, Identity: identity, Reshape: reshape, ExpandDims: expandDims,
    Squeeze: squeeze, Fill: fill, ZerosLike: likeKernel(0), OnesLike: likeKernel(1), Range: range, Select: select, AddN: addN,
    Transpose: transpose, Slice: slice, StridedSlice: stridedSlice, Concat: concat, Pack: pack, Unpack: unpack, SplitV: splitV,
    Tile: tile, BroadcastTo: broadcastTo, PadV2: padV2, GatherV2: gatherV2, UnsortedSegmentSum: unsortedSegmentSum,
    ScatterNd: scatterNd, OneHot: oneHot, ArgMax: argReduce(true), ArgMin: argReduce(false),
  };
  for (const name of Object.keys(BINARY) as Array<keyof typeof BINARY>) bodies[name] = binary(name);
  for (const name of Object.keys(UNARY) as Array<keyof typeof UNARY>) bodies[name] = unary(name);
  for (const name of Object.keys(REDUCE) as Array<keyof typeof REDUCE>) bodies[name] = reduce(name);
  return Object.entries(bodies).map(([name, body]) => cudaKernel(name, body, counter));
}
