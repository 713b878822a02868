import { tf } from '@stagecoach/core';
import type { CudaAddon } from './cuda-addon.js';

/** Device dtype codes of the addon: float32, and int32 (which also stores bool as 0/1 words). */
export const F32 = 0;
export const I32 = 1;

/** A tensor's storage: a device allocation of 4-byte words, or host values for strings. */
interface DeviceData {
  ptr: number;
  dtype: tf.DataType;
  size: number;
  refCount: number;
  strings?: Uint8Array[];
}

/** The addon dtype code of a tfjs dtype, or undefined (string, complex64). */
export function deviceDtype(dtype: tf.DataType): number | undefined {
  return dtype === 'float32' ? F32 : dtype === 'int32' || dtype === 'bool' ? I32 : undefined;
}

const sizeOf = (shape: readonly number[]): number => shape.reduce((a, b) => a * b, 1);

/**
 * The tfjs `KernelBackend` of `cuda()`: every float32 / int32 / bool tensor lives in GPU memory
 * (dataId → device pointer); values reach the host only when read (`dataSync`, `data`), which waits
 * for the queued kernels. Strings stay on the host. Kernels are registered separately
 * (cuda-kernels.ts, cuda-fused-kernels.ts, and the host fallback for the rest).
 */
export class CudaKernelBackend extends tf.KernelBackend {
  readonly data: tf.DataStorage<DeviceData>;
  private disposed = false;

  constructor(readonly addon: CudaAddon) {
    super();
    this.data = new tf.DataStorage<DeviceData>(this, tf.engine());
  }

  override write(values: tf.BackendValues, shape: number[], dtype: tf.DataType): tf.DataId {
    const dataId = {};
    this.data.set(dataId, this.store(values, shape, dtype, 1));
    return dataId;
  }

  override move(dataId: tf.DataId, values: tf.BackendValues, shape: number[], dtype: tf.DataType, refCount: number): void {
    this.data.set(dataId, this.store(values, shape, dtype, refCount));
  }

  /** A tensor of `shape` holding `values`, or uninitialised device memory when `values` is omitted. */
  makeTensorInfo(shape: number[], dtype: tf.DataType, values?: tf.BackendValues): tf.TensorInfo {
    if (values !== undefined) return { dataId: this.write(values, shape, dtype), shape, dtype };
    return this.makeOutput(shape, dtype);
  }

  /** A new tensor with uninitialised device memory (a kernel writes every element). */
  makeOutput(shape: number[], dtype: tf.DataType): tf.TensorInfo {
    if (deviceDtype(dtype) === undefined) throw new Error(`cuda: cannot allocate a ${dtype} tensor on the GPU`);
    const size = sizeOf(shape);
    const dataId = {};
    this.data.set(dataId, { ptr: this.addon.alloc(size * 4), dtype, size, refCount: 1 });
    return { dataId, shape, dtype };
  }

  /** The device pointer of a tensor (throws for strings). */
  ptr(info: tf.TensorInfo): number {
    const data = this.data.get(info.dataId);
    if (data.strings !== undefined) throw new Error('cuda: a string tensor has no device memory');
    return data.ptr;
  }

  override readSync(dataId: tf.DataId): tf.BackendValues {
    const data = this.data.get(dataId);
    if (data.strings !== undefined) return data.strings;
    if (data.dtype === 'float32') {
      const out = new Float32Array(data.size);
      this.addon.download(data.ptr, out);
      return out;
    }
    const words = new Int32Array(data.size);
    this.addon.download(data.ptr, words);
    return data.dtype === 'bool' ? Uint8Array.from(words) : words;
  }

  override async read(dataId: tf.DataId): Promise<tf.BackendValues> {
    return this.readSync(dataId);
  }

  override disposeData(dataId: tf.DataId, force = false): boolean {
    if (!this.data.has(dataId)) return true;
    const data = this.data.get(dataId);
    data.refCount--;
    if (!force && data.refCount > 0) return false;
    if (data.strings === undefined) this.addon.free(data.ptr);
    this.data.delete(dataId);
    return true;
  }

  override refCount(dataId: tf.DataId): number {
    return this.data.has(dataId) ? this.data.get(dataId).refCount : 0;
  }

  override incRef(dataId: tf.DataId): void {
    this.data.get(dataId).refCount++;
  }

  override numDataIds(): number {
    return this.data.numDataIds();
  }

  override memory(): { unreliable: boolean; numBytesInGPU: number; numBytesInGPUAllocated: number; peakBytesInGPU: number } {
    const m = this.addon.memory();
    return { unreliable: false, numBytesInGPU: m.bytes, numBytesInGPUAllocated: m.bytes, peakBytesInGPU: m.peakBytes };
  }

  override floatPrecision(): 32 {
    return 32;
  }

  override epsilon(): number {
    return 1e-7;
  }

  override timerAvailable(): boolean {
    return true;
  }

  /** Wall time of `f` including the GPU work it queued. */
  override async time(f: () => void): Promise<tf.BackendTimingInfo> {
    this.addon.sync();
    const start = performance.now();
    f();
    this.addon.sync();
    return { kernelMs: performance.now() - start };
  }

  override dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    // tfjs disposes a backend on removeBackend: let queued work finish; a fault was reported at its read.
    try {
      this.addon.sync();
    } catch {
      // nothing to hand the error to here
    }
  }

  private store(values: tf.BackendValues, shape: number[], dtype: tf.DataType, refCount: number): DeviceData {
    const size = sizeOf(shape);
    if (dtype === 'string') return { ptr: 0, dtype, size, refCount, strings: values as Uint8Array[] };
    if (deviceDtype(dtype) === undefined) throw new Error(`cuda: ${dtype} tensors are not supported (float32, int32, bool and string are)`);
    const ptr = this.addon.alloc(size * 4);
    if (values !== null && values !== undefined && size > 0) {
      try {
        this.addon.upload(ptr, toWords(values as tf.TypedArray, dtype, size));
      } catch (error) {
        this.addon.free(ptr);
        throw error;
      }
    }
    return { ptr, dtype, size, refCount };
  }
}

/** The 4-byte words the device stores for tfjs values (bool → int32 0/1, other types converted). */
export function toWords(values: tf.TypedArray, dtype: tf.DataType, size: number): Float32Array | Int32Array {
  if (values.length !== size) throw new Error(`cuda: ${values.length} values for a tensor of ${size} elements`);
  if (dtype === 'float32') return values instanceof Float32Array ? values : Float32Array.from(values);
  return values instanceof Int32Array ? values : Int32Array.from(values);
}
