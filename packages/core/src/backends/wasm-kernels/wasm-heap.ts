import type { tf } from '../../tf.js';

/**
 * The part of `@tensorflow/tfjs-backend-wasm`'s `BackendWasm` that JavaScript kernels use: typed-array
 * views on the wasm heap. Take views only after every `makeOutput` of a kernel: allocating can grow
 * the heap and detach earlier views.
 */
export interface WasmHeapBackend {
  makeOutput(shape: number[], dtype: tf.DataType): tf.TensorInfo;
  typedArrayFromHeap(info: tf.TensorInfo): tf.TypedArray;
  disposeData(dataId: tf.DataId): boolean;
}

/** Narrows a kernel's `backend` argument to the wasm backend's heap API. */
export function wasmHeap(backend: unknown, kernelName: string): WasmHeapBackend {
  const candidate = backend as Partial<WasmHeapBackend> | null;
  const methods = ['makeOutput', 'typedArrayFromHeap', 'disposeData'] as const;
  if (candidate === null || methods.some((m) => typeof candidate[m] !== 'function')) {
    throw new Error(`${kernelName}: this JavaScript kernel runs only on the tfjs wasm backend`);
  }
  return candidate as WasmHeapBackend;
}

/** Product of a shape's dimensions. */
export function sizeOf(shape: readonly number[]): number {
  return shape.reduce((a, b) => a * b, 1);
}
