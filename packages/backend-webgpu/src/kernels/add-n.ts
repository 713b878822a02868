import type { KernelImpl, tf } from '@stagecoach/core';
import { ELEMENT_INDEX, FlatProgram, i32, sizeOf, webgpuBackendOf } from './program-util.js';

/** Inputs one program sums: a shader stage may bind 8 storage buffers, one of them the output. */
const MAX_INPUTS = 7;

/** `x0 + x1 + ...` element-wise over up to seven same-shaped inputs. */
export class AddNProgram extends FlatProgram {
  constructor(inputs: number, shape: number[]) {
    super({
      shaderKey: `stagecoachAddN_${inputs}`, variableNames: Array.from({ length: inputs }, (_, i) => `x${i}`), outputShape: shape,
      uniforms: 'count : i32,', workgroups: Math.ceil(sizeOf(shape) / 64),
    });
  }

  getUserCode(): string {
    return `
  fn main(index : i32) {
    let e = ${ELEMENT_INDEX};
    if (e < uniforms.count) { result[e] = ${this.variableNames.map((x) => `${x}[e]`).join(' + ')}; }
  }`;
  }
}

/**
 * tfjs's `AddN` on webgpu binds every input in one program and fails past seven of them (core's
 * gradient clipping sums one square per parameter); this one sums in chunks of seven.
 */
export const addNKernel: KernelImpl = {
  kernelName: 'AddN',
  kernelFunc: ({ inputs, backend }: Parameters<tf.KernelFunc>[0]) => {
    const gpu = webgpuBackendOf(backend, 'AddN');
    let pending = Object.values(inputs).filter((t): t is tf.TensorInfo => t !== undefined);
    const first = pending[0];
    if (first === undefined) throw new Error('AddN: no inputs');
    const count = sizeOf(first.shape);
    const temporaries: tf.TensorInfo[] = [];
    for (;;) {
      const chunk = pending.slice(0, MAX_INPUTS);
      const sum = gpu.runWebGPUProgram(new AddNProgram(chunk.length, first.shape), chunk, first.dtype, [i32(count)]);
      pending = [sum, ...pending.slice(MAX_INPUTS)];
      if (pending.length === 1) break;
      temporaries.push(sum);
    }
    for (const t of temporaries) gpu.disposeData(t.dataId);
    return pending[0] as tf.TensorInfo;
  },
};
