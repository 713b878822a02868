import type { tf } from '../../tf.js';

/** An output a JavaScript kernel writes. */
export interface OutputSpec {
  shape: number[];
  dtype: 'float32' | 'int32';
}

/**
 * How a JavaScript kernel reaches tensor memory on one tfjs backend. `run` allocates the outputs
 * first, then hands typed-array views of inputs and outputs to `body` (on wasm, allocating can grow
 * the heap and detach views taken earlier).
 */
export interface KernelMemory {
  run(inputs: tf.TensorInfo[], outputs: OutputSpec[], body: (ins: tf.TypedArray[], outs: tf.TypedArray[]) => void): tf.TensorInfo[];
}

/** Builds the `KernelMemory` of a kernel's `backend` argument. */
export type MemoryAdapter = (backend: unknown, kernelName: string) => KernelMemory;

interface CpuDataBackend {
  data: { get(dataId: tf.DataId): { values?: unknown } };
  makeTensorInfo(shape: number[], dtype: tf.DataType, values: tf.TypedArray): tf.TensorInfo;
}

const sizeOf = (shape: readonly number[]): number => shape.reduce((a, b) => a * b, 1);

/** tfjs-backend-cpu: inputs are read in place, outputs are new typed arrays handed to the backend. */
export const cpuMemory: MemoryAdapter = (backend, kernelName) => {
  const cpu = backend as Partial<CpuDataBackend> | null;
  if (cpu === null || typeof cpu.makeTensorInfo !== 'function' || typeof cpu.data?.get !== 'function') {
    throw new Error(`${kernelName} (stagecoach): this kernel's cpu variant needs the tfjs cpu backend`);
  }
  const { data, makeTensorInfo } = cpu as CpuDataBackend;
  return {
    run(inputs, outputs, body) {
      const ins = inputs.map((t) => {
        const values = data.get(t.dataId).values;
        if (!ArrayBuffer.isView(values)) throw new Error(`${kernelName} (stagecoach): input of dtype ${t.dtype} has no numeric data`);
        return values as tf.TypedArray;
      });
      const outs = outputs.map((o) => (o.dtype === 'int32' ? new Int32Array(sizeOf(o.shape)) : new Float32Array(sizeOf(o.shape))));
      body(ins, outs);
      return outputs.map((o, i) => makeTensorInfo.call(cpu, o.shape, o.dtype, outs[i] as tf.TypedArray));
    },
  };
};

interface WasmHeapBackend {
  makeOutput(shape: number[], dtype: tf.DataType): tf.TensorInfo;
  typedArrayFromHeap(info: tf.TensorInfo): tf.TypedArray;
}

/** tfjs-backend-wasm: outputs allocated on the wasm heap, then views of everything. */
export const wasmMemory: MemoryAdapter = (backend, kernelName) => {
  const wasm = backend as Partial<WasmHeapBackend> | null;
  if (wasm === null || typeof wasm.makeOutput !== 'function' || typeof wasm.typedArrayFromHeap !== 'function') {
    throw new Error(`${kernelName} (stagecoach): this kernel's wasm variant needs the tfjs wasm backend`);
  }
  const heap = wasm as WasmHeapBackend;
  return {
    run(inputs, outputs, body) {
      const infos = outputs.map((o) => heap.makeOutput(o.shape, o.dtype));
      body(inputs.map((t) => heap.typedArrayFromHeap(t)), infos.map((t) => heap.typedArrayFromHeap(t)));
      return infos;
    },
  };
};
