import type { tf } from '../../tf.js';
import type { KernelImpl } from '../backend.js';
import { sizeOf, wasmHeap } from './wasm-heap.js';

/**
 * `OneHot` for every dtype. tfjs-backend-wasm 4.22's kernel writes integer bit patterns into a
 * float32 output (`tf.oneHot(i, n, 1, 0, 'float32')` gives 1.4e-45 for the ones).
 */
export const oneHot: KernelImpl = {
  kernelName: 'OneHot',
  kernelFunc: ({ inputs, attrs, backend }) => {
    const heap = wasmHeap(backend, 'OneHot');
    const { indices } = inputs as { indices: tf.TensorInfo };
    const { depth, onValue, offValue, dtype } = attrs as { depth: number; onValue: number; offValue: number; dtype: tf.DataType };
    const out = heap.makeOutput([...indices.shape, depth], dtype);
    const values = heap.typedArrayFromHeap(out);
    const ids = heap.typedArrayFromHeap(indices);
    values.fill(offValue);
    const count = sizeOf(indices.shape);
    for (let i = 0; i < count; i++) {
      const id = ids[i] as number;
      if (id >= 0 && id < depth) values[i * depth + id] = onValue;
    }
    return out;
  },
};
