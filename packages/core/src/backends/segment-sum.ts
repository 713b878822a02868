import type { tf } from '../tf.js';

/**
 * `out[ids[i], j] += x[i, j]` for `i < ids.length`, `j < inner`, into a zeroed `out` of
 * `numSegments · inner` values; ids outside `[0, numSegments)` are dropped (as tfjs does).
 * One pass over `x`: the shared body of the cpu and wasm `UnsortedSegmentSum` kernels.
 */
export function segmentSum(x: tf.TypedArray, ids: tf.TypedArray, numSegments: number, inner: number, out: tf.TypedArray): void {
  out.fill(0);
  for (let i = 0; i < ids.length; i++) {
    const segment = ids[i] as number;
    if (segment < 0 || segment >= numSegments) continue;
    const src = i * inner;
    const dst = segment * inner;
    for (let j = 0; j < inner; j++) out[dst + j] = (out[dst + j] as number) + (x[src + j] as number);
  }
}

/** Output shape of `UnsortedSegmentSum`: `[numSegments, ...x.shape after segmentIds' rank]`. */
export function segmentSumShape(x: tf.TensorInfo, segmentIds: tf.TensorInfo, numSegments: number): { shape: number[]; inner: number } {
  const innerShape = x.shape.slice(segmentIds.shape.length);
  return { shape: [numSegments, ...innerShape], inner: innerShape.reduce((a, b) => a * b, 1) };
}
