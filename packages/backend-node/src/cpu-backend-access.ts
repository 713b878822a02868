import { tf } from '@stagecoach/core';

/**
 * The one place this package reaches into tfjs-backend-cpu internals: a kernel reads its inputs'
 * typed arrays in place (`backend.data.get(dataId).values`) and hands back a new typed array with
 * `backend.makeTensorInfo`. Everything else goes through tfjs's public API.
 */
export interface CpuBackendAccess {
  data: { get(dataId: tf.DataId): { values?: unknown } | undefined };
  makeTensorInfo(shape: number[], dtype: tf.DataType, values?: tf.BackendValues): tf.TensorInfo;
  /** How many tensors share a buffer (reshapes and clones share their input's). */
  refCount?(dataId: tf.DataId): number;
  /** One more tensor shares the buffer (a kernel that returns its input's buffer, as Reshape does). */
  incRef?(dataId: tf.DataId): void;
}

/** The cpu-style backend a kernel was called with, or undefined when it is not one. */
export function cpuBackendAccess(backend: unknown): CpuBackendAccess | undefined {
  if (typeof backend !== 'object' || backend === null) return undefined;
  if (!('data' in backend) || !('makeTensorInfo' in backend)) return undefined;
  const { data, makeTensorInfo } = backend;
  if (typeof makeTensorInfo !== 'function' || typeof data !== 'object' || data === null || !('get' in data)) return undefined;
  return backend as CpuBackendAccess;
}

/** The float32 values of a tensor on a cpu-style backend, or undefined for any other dtype/storage. */
export function float32Values(backend: CpuBackendAccess, t: tf.TensorInfo | undefined): Float32Array | undefined {
  if (t === undefined || t.dtype !== 'float32') return undefined;
  const values = backend.data.get(t.dataId)?.values;
  return values instanceof Float32Array ? values : undefined;
}

/** The int32 values of a tensor on a cpu-style backend, or undefined for any other dtype/storage. */
export function int32Values(backend: CpuBackendAccess, t: tf.TensorInfo | undefined): Int32Array | undefined {
  if (t === undefined || t.dtype !== 'int32') return undefined;
  const values = backend.data.get(t.dataId)?.values;
  return values instanceof Int32Array ? values : undefined;
}

/** float32 or int32 values (4-byte elements that can be moved without looking at them). */
export function wordValues(backend: CpuBackendAccess, t: tf.TensorInfo | undefined): Float32Array | Int32Array | undefined {
  return float32Values(backend, t) ?? int32Values(backend, t);
}
