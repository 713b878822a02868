import { tf } from '@stagecoach/core';
import type { KernelImpl } from '@stagecoach/core';
import { cpuBackendAccess, float32Values, int32Values, wordValues } from './cpu-backend-access.js';
import type { CpuBackendAccess } from './cpu-backend-access.js';
import type { NativeAddon } from './native-addon.js';
import { concatBody } from './concat-kernel.js';

/** Kernel arguments as tfjs passes them. */
type KernelParams = Parameters<tf.KernelFunc>[0];
type KernelResult = tf.TensorInfo | tf.TensorInfo[];

/**
 * A native kernel body: returns its result, or undefined when it does not handle these inputs
 * (dtype, shape, attribute), in which case the original tfjs-backend-cpu kernel runs.
 */
export type NativeBody = (backend: CpuBackendAccess, params: KernelParams) => KernelResult | undefined;

/**
 * Wraps a native body as a tfjs kernel that falls back to tfjs-backend-cpu's kernel of the same
 * name (taken from the `cpu` backend's registry) for anything the body does not handle.
 */
export function withCpuFallback(kernelName: string, body: NativeBody): KernelImpl {
  const original = tf.getKernel(kernelName, 'cpu')?.kernelFunc;
  return {
    kernelName,
    kernelFunc: (params) => {
      const backend = cpuBackendAccess(params.backend);
      const result = backend === undefined ? undefined : body(backend, params);
      if (result !== undefined) return result;
      if (original === undefined) {
        throw new Error(`${kernelName}: the native kernel does not handle these inputs and tfjs-backend-cpu has no kernel to fall back on`);
      }
      return original(params);
    },
  };
}

const BINARY_OPS = { Add: 0, Sub: 1, Multiply: 2, RealDiv: 3, Maximum: 4, Minimum: 5, SquaredDifference: 6 } as const;
const UNARY_OPS = {
  Exp: 0, Log: 1, Tanh: 2, Sqrt: 3, Rsqrt: 4, Neg: 5, Square: 6, Relu: 7, Sigmoid: 8, Abs: 9, Reciprocal: 10,
} as const;
const REDUCE_OPS = { Sum: 0, Max: 1, Min: 2, Mean: 3, Prod: 4 } as const;

/** Names of the tfjs kernels the addon replaces (everything else stays on tfjs-backend-cpu). */
export const NATIVE_TFJS_KERNELS: readonly string[] = [
  'BatchMatMul', ...Object.keys(BINARY_OPS), ...Object.keys(UNARY_OPS), ...Object.keys(REDUCE_OPS),
  'Softmax', 'Transpose', 'GatherV2', 'UnsortedSegmentSum', 'Concat',
];

function size(shape: readonly number[]): number {
  let n = 1;
  for (const d of shape) n *= d;
  return n;
}

/** Numpy broadcast of two shapes, or undefined when they do not broadcast. */
export function broadcastShapes(a: readonly number[], b: readonly number[]): number[] | undefined {
  const rank = Math.max(a.length, b.length);
  const out = new Array<number>(rank);
  for (let i = 0; i < rank; i++) {
    const da = a[a.length - rank + i] ?? 1;
    const db = b[b.length - rank + i] ?? 1;
    if (da !== db && da !== 1 && db !== 1) return undefined;
    out[i] = da === 1 ? db : da;
  }
  return out;
}

function attrNumbers(value: unknown): number[] | undefined {
  if (typeof value === 'number') return [value];
  if (Array.isArray(value) && value.every((v) => typeof v === 'number')) return value as number[];
  return undefined;
}

function matMulBody(addon: NativeAddon): NativeBody {
  return (backend, { inputs, attrs }) => {
    const { a, b } = inputs;
    const av = float32Values(backend, a);
    const bv = float32Values(backend, b);
    if (a === undefined || b === undefined || av === undefined || bv === undefined) return undefined;
    if (a.shape.length < 2 || b.shape.length < 2) return undefined;
    const ta = attrs?.transposeA === true;
    const tb = attrs?.transposeB === true;
    const [a0, a1] = a.shape.slice(-2) as [number, number];
    const [b0, b1] = b.shape.slice(-2) as [number, number];
    const m = ta ? a1 : a0;
    const k = ta ? a0 : a1;
    const n = tb ? b0 : b1;
    if ((tb ? b1 : b0) !== k) return undefined;
    const outerA = a.shape.slice(0, -2);
    const outerB = b.shape.slice(0, -2);
    const outer = broadcastShapes(outerA, outerB);
    if (outer === undefined) return undefined;
    const batch = size(outer);
    const batchA = size(outerA);
    const batchB = size(outerB);
    // Same batch on both sides, or one side broadcast whole; other broadcasts go to tfjs.
    if ((batchA !== batch && batchA !== 1) || (batchB !== batch && batchB !== 1)) return undefined;
    if (batchA === batch && batchB === batch && outerA.length !== outerB.length && batch !== 1) return undefined;
    const out = new Float32Array(batch * m * n);
    addon.matmul(av, bv, out, batch, m, n, k, ta, tb, batchA === 1 ? 0 : m * k, batchB === 1 ? 0 : k * n);
    return backend.makeTensorInfo([...outer, m, n], 'float32', out);
  };
}

function binaryBody(addon: NativeAddon, op: number): NativeBody {
  return (backend, { inputs }) => {
    const { a, b } = inputs;
    const av = float32Values(backend, a);
    const bv = float32Values(backend, b);
    if (a === undefined || b === undefined || av === undefined || bv === undefined) return undefined;
    const shape = broadcastShapes(a.shape, b.shape);
    if (shape === undefined) return undefined;
    const out = new Float32Array(size(shape));
    addon.binary(op, av, a.shape, bv, b.shape, out, shape);
    return backend.makeTensorInfo(shape, 'float32', out);
  };
}

function unaryBody(addon: NativeAddon, op: number): NativeBody {
  return (backend, { inputs }) => {
    const { x } = inputs;
    const xv = float32Values(backend, x);
    if (x === undefined || xv === undefined) return undefined;
    const n = size(x.shape);
    const out = new Float32Array(n);
    addon.unary(op, xv, out, n);
    return backend.makeTensorInfo(x.shape, 'float32', out);
  };
}

function reduceBody(addon: NativeAddon, op: number, axisAttr: string): NativeBody {
  return (backend, { inputs, attrs }) => {
    const { x } = inputs;
    const xv = float32Values(backend, x);
    const axes = attrNumbers(attrs?.[axisAttr]);
    if (x === undefined || xv === undefined || axes === undefined || axes.length === 0) return undefined;
    const rank = x.shape.length;
    const sorted = [...new Set(axes.map((ax) => (ax < 0 ? ax + rank : ax)))].sort((p, q) => p - q);
    const first = sorted[0] as number;
    const last = sorted[sorted.length - 1] as number;
    if (first < 0 || last >= rank || last - first + 1 !== sorted.length) return undefined; // contiguous axes only
    const outer = size(x.shape.slice(0, first));
    const reduced = size(x.shape.slice(first, last + 1));
    const inner = size(x.shape.slice(last + 1));
    if (reduced === 0) return undefined;
    const out = new Float32Array(outer * inner);
    addon.reduce(op, xv, out, outer, reduced, inner);
    const shape = attrs?.keepDims === true
      ? x.shape.map((d, i) => (i >= first && i <= last ? 1 : d))
      : x.shape.filter((_, i) => i < first || i > last);
    return backend.makeTensorInfo(shape, 'float32', out);
  };
}

function softmaxBody(addon: NativeAddon): NativeBody {
  return (backend, { inputs, attrs }) => {
    const { logits } = inputs;
    const xv = float32Values(backend, logits);
    if (logits === undefined || xv === undefined || logits.shape.length === 0) return undefined;
    const rank = logits.shape.length;
    const dim = typeof attrs?.dim === 'number' ? attrs.dim : -1;
    if (dim !== -1 && dim !== rank - 1) return undefined;
    const cols = logits.shape[rank - 1] as number;
    const out = new Float32Array(xv.length);
    if (cols > 0) addon.softmax(xv, out, size(logits.shape) / cols, cols);
    return backend.makeTensorInfo(logits.shape, 'float32', out);
  };
}

function transposeBody(addon: NativeAddon): NativeBody {
  return (backend, { inputs, attrs }) => {
    const { x } = inputs;
    const xv = wordValues(backend, x);
    const perm = attrNumbers(attrs?.perm);
    if (x === undefined || xv === undefined || perm === undefined || perm.length !== x.shape.length) return undefined;
    const out = xv instanceof Float32Array ? new Float32Array(xv.length) : new Int32Array(xv.length);
    addon.transpose(xv, x.shape, perm, out);
    return backend.makeTensorInfo(perm.map((p) => x.shape[p] as number), x.dtype, out);
  };
}

function gatherBody(addon: NativeAddon): NativeBody {
  return (backend, { inputs, attrs }) => {
    const { x, indices } = inputs;
    const xv = wordValues(backend, x);
    const iv = int32Values(backend, indices);
    if (x === undefined || indices === undefined || xv === undefined || iv === undefined) return undefined;
    if ((attrs?.batchDims ?? 0) !== 0 || typeof attrs?.axis !== 'number') return undefined;
    const axis = attrs.axis < 0 ? attrs.axis + x.shape.length : attrs.axis;
    if (axis < 0 || axis >= x.shape.length) return undefined;
    const outer = size(x.shape.slice(0, axis));
    const dim = x.shape[axis] as number;
    const inner = size(x.shape.slice(axis + 1));
    const n = iv.length;
    const out = xv instanceof Float32Array ? new Float32Array(outer * n * inner) : new Int32Array(outer * n * inner);
    // Out-of-range indices: let tfjs-backend-cpu raise its own error.
    if (addon.gather(xv, outer, dim, inner, iv, n, out) >= 0) return undefined;
    const shape = [...x.shape.slice(0, axis), ...indices.shape, ...x.shape.slice(axis + 1)];
    return backend.makeTensorInfo(shape, x.dtype, out);
  };
}

function segmentSumBody(addon: NativeAddon): NativeBody {
  return (backend, { inputs, attrs }) => {
    const { x, segmentIds } = inputs;
    const xv = float32Values(backend, x);
    const ids = int32Values(backend, segmentIds);
    const segments = attrs?.numSegments;
    if (x === undefined || segmentIds === undefined || xv === undefined || ids === undefined) return undefined;
    if (typeof segments !== 'number') return undefined;
    const r = segmentIds.shape.length;
    if (r > x.shape.length || segmentIds.shape.some((d, i) => d !== x.shape[i])) return undefined;
    const rows = ids.length;
    const innerShape = x.shape.slice(r);
    const inner = size(innerShape);
    const out = new Float32Array(segments * inner);
    addon.segmentSum(xv, ids, rows, inner, segments, out);
    return backend.makeTensorInfo([segments, ...innerShape], 'float32', out);
  };
}

/** Native replacements of tfjs kernels, each falling back to tfjs-backend-cpu where it does not apply. */
export function nativeTfjsKernels(addon: NativeAddon): KernelImpl[] {
  return [
    withCpuFallback('BatchMatMul', matMulBody(addon)),
    ...Object.entries(BINARY_OPS).map(([name, op]) => withCpuFallback(name, binaryBody(addon, op))),
    ...Object.entries(UNARY_OPS).map(([name, op]) => withCpuFallback(name, unaryBody(addon, op))),
    ...Object.entries(REDUCE_OPS).map(([name, op]) =>
      withCpuFallback(name, reduceBody(addon, op, name === 'Max' ? 'reductionIndices' : 'axis'))),
    withCpuFallback('Softmax', softmaxBody(addon)),
    withCpuFallback('Transpose', transposeBody(addon)),
    withCpuFallback('GatherV2', gatherBody(addon)),
    withCpuFallback('UnsortedSegmentSum', segmentSumBody(addon)),
    withCpuFallback('Concat', concatBody),
  ];
}
