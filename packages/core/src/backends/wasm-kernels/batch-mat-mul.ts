import type { tf } from '../../tf.js';
import type { KernelImpl } from '../backend.js';
import { sizeOf, wasmHeap } from './wasm-heap.js';
import type { WasmHeapBackend } from './wasm-heap.js';
import { markReplacement, originalKernel, runOriginal } from '../kernel-delegates.js';

type Run = (name: string, inputs: tf.NamedTensorInfoMap, attrs: tf.NamedAttrMap) => tf.TensorInfo;

function batchMatMul({ inputs, attrs, backend }: Parameters<tf.KernelFunc>[0]): tf.TensorInfo {
  const run: Run = (name, kernelInputs, kernelAttrs) => runOriginal('wasm', name, backend, kernelInputs, kernelAttrs);
  const { a, b } = inputs as { a: tf.TensorInfo; b: tf.TensorInfo };
  const { transposeA, transposeB } = attrs as { transposeA: boolean; transposeB: boolean };
  const batchA = sizeOf(a.shape.slice(0, -2));
  const batchB = sizeOf(b.shape.slice(0, -2));
  const simpleBatch = batchA === batchB || batchB === 1 || batchA === 1;
  if (a.dtype !== 'float32' || b.dtype !== 'float32' || !simpleBatch) return run('BatchMatMul', inputs, attrs ?? {});
  const heap = wasmHeap(backend, 'BatchMatMul');
  const temporaries: tf.TensorInfo[] = [];
  const materialise = (x: tf.TensorInfo, flag: boolean): tf.TensorInfo => {
    if (!flag) return x;
    const rank = x.shape.length;
    const perm = [...Array(rank - 2).keys(), rank - 1, rank - 2];
    const out = run('Transpose', { x }, { perm });
    temporaries.push(out);
    return out;
  };
  try {
    const a2 = materialise(a, transposeA); // [...batchA, M, K]
    const b2 = materialise(b, transposeB); // [...batchB, K, N]
    const [m, k] = a2.shape.slice(-2) as [number, number];
    const n = b2.shape[b2.shape.length - 1] as number;
    const batchShape = (batchA >= batchB ? a2 : b2).shape.slice(0, -2);
    const plain = { transposeA: false, transposeB: false };
    if (batchB === 1) {
      // One right-hand matrix: fold the batch into rows, one 2-D product.
      const rows: tf.TensorInfo = { dataId: a2.dataId, shape: [batchA * m, k], dtype: 'float32' }; // [batchA·M, K]
      const mat: tf.TensorInfo = { dataId: b2.dataId, shape: [k, n], dtype: 'float32' }; // [K, N]
      const out = run('BatchMatMul', { a: rows, b: mat }, plain);
      return { ...out, shape: [...batchShape, m, n] };
    }
    return slicedProducts(heap, run, a2, b2, { batchA, batchB, m, k, n }, [...batchShape, m, n]);
  } finally {
    for (const t of temporaries) heap.disposeData(t.dataId);
  }
}

/** Batched product as one fast 2-D product per batch slice (slices copied on the wasm heap). */
function slicedProducts(
  heap: WasmHeapBackend,
  run: Run,
  a: tf.TensorInfo,
  b: tf.TensorInfo,
  dims: { batchA: number; batchB: number; m: number; k: number; n: number },
  outShape: number[],
): tf.TensorInfo {
  const { batchA, batchB, m, k, n } = dims;
  const batch = Math.max(batchA, batchB);
  const out = heap.makeOutput(outShape, 'float32');
  const sliceA = heap.makeOutput([m, k], 'float32');
  try {
    for (let i = 0; i < batch; i++) {
      const ia = batchA === 1 ? 0 : i;
      const ib = batchB === 1 ? 0 : i;
      // A fresh right-hand tensor each time: XNNPACK caches packed weights by the tensor's id.
      const sliceB = heap.makeOutput([k, n], 'float32');
      heap.typedArrayFromHeap(sliceA).set(heap.typedArrayFromHeap(a).subarray(ia * m * k, (ia + 1) * m * k));
      heap.typedArrayFromHeap(sliceB).set(heap.typedArrayFromHeap(b).subarray(ib * k * n, (ib + 1) * k * n));
      const product = run('BatchMatMul', { a: sliceA, b: sliceB }, { transposeA: false, transposeB: false }); // [M, N]
      heap.typedArrayFromHeap(out).set(heap.typedArrayFromHeap(product), i * m * n);
      heap.disposeData(product.dataId);
      heap.disposeData(sliceB.dataId);
    }
  } finally {
    heap.disposeData(sliceA.dataId);
  }
  return out;
}

/**
 * tfjs-backend-wasm's `BatchMatMul` is fast (XNNPACK, ~40 GFLOP/s) only for one untransposed 2-D
 * product; with `transposeA`/`transposeB` or a batch it falls to a slow loop (1.6–3.6 GFLOP/s), and
 * autograd's backward uses exactly those. This replacement materialises transposes with the wasm
 * `Transpose` kernel, folds a shared right-hand matrix into one 2-D product, and runs other batches
 * slice by slice, so every product takes the fast path.
 */
export const wasmBatchMatMul: KernelImpl = {
  kernelName: 'BatchMatMul',
  kernelFunc: markReplacement(batchMatMul),
  setupFunc: (backend) => originalKernel('wasm', 'BatchMatMul').setupFunc?.(backend),
};
