import type { tf } from '../../tf.js';
import type { KernelImpl } from '../backend.js';
import type { MemoryAdapter, OutputSpec } from './kernel-memory.js';

/** A fused kernel written once in plain JavaScript loops over typed arrays, for any memory adapter. */
export interface JsKernel {
  kernelName: string;
  /** Input names in kernel order (the contract in the op's TSDoc). */
  inputNames: readonly string[];
  outputs(shapes: number[][], attrs: Record<string, number>): OutputSpec[];
  body(ins: tf.TypedArray[], outs: tf.TypedArray[], shapes: number[][], attrs: Record<string, number>): void;
}

/** The `KernelImpl` of a JavaScript kernel on the backend `memory` reaches. */
export function toKernelImpl(kernel: JsKernel, memory: MemoryAdapter): KernelImpl {
  return {
    kernelName: kernel.kernelName,
    kernelFunc: ({ inputs, attrs, backend }) => {
      const infos = kernel.inputNames.map((name) => {
        const info = inputs[name];
        if (info === undefined) throw new Error(`${kernel.kernelName}: missing input '${name}'`);
        return info;
      });
      const shapes = infos.map((t) => t.shape);
      const numericAttrs = (attrs ?? {}) as Record<string, number>;
      const outs = memory(backend, kernel.kernelName).run(infos, kernel.outputs(shapes, numericAttrs), (ins, outViews) =>
        kernel.body(ins, outViews, shapes, numericAttrs),
      );
      return outs.length === 1 ? (outs[0] as tf.TensorInfo) : outs;
    },
  };
}
