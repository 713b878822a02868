import type { tf } from '../../tf.js';
import type { KernelImpl } from '../backend.js';
import { segmentSum, segmentSumShape } from '../segment-sum.js';
import { wasmHeap } from './wasm-heap.js';

/**
 * `UnsortedSegmentSum` (the gradient of `gather`, so of every embedding lookup), which
 * tfjs-backend-wasm lacks, in JavaScript on the wasm heap. `x: [...segmentIds.shape, ...inner]`,
 * `segmentIds: int32`, attr `numSegments` → `[numSegments, ...inner]`.
 */
export const unsortedSegmentSum: KernelImpl = {
  kernelName: 'UnsortedSegmentSum',
  kernelFunc: ({ inputs, attrs, backend }) => {
    const heap = wasmHeap(backend, 'UnsortedSegmentSum');
    const { x, segmentIds } = inputs as { x: tf.TensorInfo; segmentIds: tf.TensorInfo };
    const numSegments = (attrs as { numSegments: number }).numSegments;
    const { shape, inner } = segmentSumShape(x, segmentIds, numSegments);
    const out = heap.makeOutput(shape, x.dtype);
    // Views only after makeOutput, which may grow (and detach) the heap.
    segmentSum(heap.typedArrayFromHeap(x), heap.typedArrayFromHeap(segmentIds), numSegments, inner, heap.typedArrayFromHeap(out));
    return out;
  },
};
