import type { tf } from '../../tf.js';
import type { KernelImpl } from '../backend.js';
import { segmentSum, segmentSumShape } from '../segment-sum.js';

/** The part of tfjs-backend-cpu's `MathBackendCPU` a JavaScript kernel uses. */
interface CpuDataBackend {
  data: { get(dataId: tf.DataId): { values?: unknown } };
  makeTensorInfo(shape: number[], dtype: tf.DataType, values: tf.TypedArray): tf.TensorInfo;
}

function cpuData(backend: unknown): CpuDataBackend {
  const candidate = backend as Partial<CpuDataBackend> | null;
  if (candidate === null || typeof candidate.makeTensorInfo !== 'function' || typeof candidate.data?.get !== 'function') {
    throw new Error('UnsortedSegmentSum (stagecoach cpu): this kernel runs only on the tfjs cpu backend');
  }
  return candidate as CpuDataBackend;
}

function values(backend: CpuDataBackend, t: tf.TensorInfo): tf.TypedArray {
  const v = backend.data.get(t.dataId).values;
  if (!ArrayBuffer.isView(v)) throw new Error(`UnsortedSegmentSum (stagecoach cpu): input of dtype ${t.dtype} has no numeric data`);
  return v as tf.TypedArray;
}

/**
 * `UnsortedSegmentSum` in one pass. tfjs-backend-cpu's own loops over segments with a full-size
 * mask each (O(numSegments · size)): an embedding gradient with a 50k vocabulary takes minutes.
 */
export const cpuUnsortedSegmentSum: KernelImpl = {
  kernelName: 'UnsortedSegmentSum',
  kernelFunc: ({ inputs, attrs, backend }) => {
    const cpu = cpuData(backend);
    const { x, segmentIds } = inputs as { x: tf.TensorInfo; segmentIds: tf.TensorInfo };
    const numSegments = (attrs as { numSegments: number }).numSegments;
    const { shape, inner } = segmentSumShape(x, segmentIds, numSegments);
    const out = x.dtype === 'int32' ? new Int32Array(numSegments * inner) : new Float32Array(numSegments * inner);
    segmentSum(values(cpu, x), values(cpu, segmentIds), numSegments, inner, out);
    return cpu.makeTensorInfo(shape, x.dtype === 'int32' ? 'int32' : 'float32', out);
  },
};
