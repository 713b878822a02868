import type { tf } from '../../tf.js';
import type { KernelImpl } from '../backend.js';
import { sizeOf, wasmHeap } from './wasm-heap.js';

/**
 * `UnsortedSegmentSum` (the gradient of `gather`, so of every embedding lookup), which
 * tfjs-backend-wasm lacks. `x: [...segmentIds.shape, ...inner]`, `segmentIds: int32`, attr
 * `numSegments` → `[numSegments, ...inner]`; ids outside `[0, numSegments)` are dropped (as tfjs cpu).
 */
export const unsortedSegmentSum: KernelImpl = {
  kernelName: 'UnsortedSegmentSum',
  kernelFunc: ({ inputs, attrs, backend }) => {
    const heap = wasmHeap(backend, 'UnsortedSegmentSum');
    const { x, segmentIds } = inputs as { x: tf.TensorInfo; segmentIds: tf.TensorInfo };
    const numSegments = (attrs as { numSegments: number }).numSegments;
    const innerShape = x.shape.slice(segmentIds.shape.length);
    const inner = sizeOf(innerShape);
    const count = sizeOf(segmentIds.shape);
    const out = heap.makeOutput([numSegments, ...innerShape], x.dtype);
    const outValues = heap.typedArrayFromHeap(out);
    const xValues = heap.typedArrayFromHeap(x);
    const ids = heap.typedArrayFromHeap(segmentIds);
    outValues.fill(0);
    for (let i = 0; i < count; i++) {
      const segment = ids[i] as number;
      if (segment < 0 || segment >= numSegments) continue;
      const src = i * inner;
      const dst = segment * inner;
      for (let j = 0; j < inner; j++) outValues[dst + j] = (outValues[dst + j] as number) + (xValues[src + j] as number);
    }
    return out;
  },
};
