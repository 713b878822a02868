import { ADAMW_KERNEL } from '@stagecoach/core';
import type { KernelImpl, tf } from '@stagecoach/core';
import { ELEMENT_INDEX, FlatProgram, f32, i32, numberAttrs, sizeOf, tensorInputs, webgpuBackendOf } from './program-util.js';

/** Which output of the AdamW update an {@link AdamWProgram} writes. */
export type AdamWOutput = 'param' | 'm' | 'v';

/** The inputs each output reads (a WGSL binding that is not read must not be bound). */
const INPUTS: Record<AdamWOutput, string[]> = {
  m: ['m', 'grad'],
  v: ['v', 'grad'],
  param: ['param', 'm', 'v', 'grad'],
};

/**
 * One output of PyTorch's AdamW update, element-wise in a single pass (a WebGPU program writes one
 * buffer, so the update is three dispatches instead of about twelve):
 * `m' = beta1·m + (1 - beta1)·g`, `v' = beta2·v + (1 - beta2)·g²`,
 * `param' = param·(1 - lr·weightDecay) - (lr / bc1)·m' / (sqrt(v') / bc2Sqrt + eps)`.
 */
export class AdamWProgram extends FlatProgram {
  private readonly output: AdamWOutput;

  constructor(output: AdamWOutput, shape: number[]) {
    super({
      shaderKey: `stagecoachAdamW_${output}`, variableNames: INPUTS[output], outputShape: shape,
      uniforms: 'count : i32, lr : f32, beta1 : f32, beta2 : f32, eps : f32, weightDecay : f32, bc1 : f32, bc2Sqrt : f32,',
      workgroups: Math.ceil(sizeOf(shape) / 64),
    });
    this.output = output;
  }

  getUserCode(): string {
    const m1 = 'uniforms.beta1 * m[e] + (1.0 - uniforms.beta1) * g';
    const v1 = 'uniforms.beta2 * v[e] + (1.0 - uniforms.beta2) * g * g';
    const value = {
      m: m1,
      v: v1,
      param: `param[e] * (1.0 - uniforms.lr * uniforms.weightDecay) - (uniforms.lr / uniforms.bc1) * (${m1}) / (sqrt(${v1}) / uniforms.bc2Sqrt + uniforms.eps)`,
    }[this.output];
    return `
  fn main(index : i32) {
    let e = ${ELEMENT_INDEX};
    if (e < uniforms.count) {
      let g = grad[e];
      result[e] = ${value};
    }
  }`;
  }
}

const ATTRS = ['lr', 'beta1', 'beta2', 'eps', 'weightDecay', 'bc1', 'bc2Sqrt'] as const;

function adamw({ inputs, backend, attrs }: Parameters<tf.KernelFunc>[0]): tf.TensorInfo[] {
  const gpu = webgpuBackendOf(backend, ADAMW_KERNEL);
  const tensors = tensorInputs(inputs, ['param', 'm', 'v', 'grad'], ADAMW_KERNEL);
  const a = numberAttrs(attrs, ATTRS, ADAMW_KERNEL);
  const shape = tensors.param.shape;
  const count = sizeOf(shape);
  const uniforms = [i32(count), ...ATTRS.map((name) => f32(a[name]))];
  return (['param', 'm', 'v'] as const).map((output) => {
    const program = new AdamWProgram(output, shape);
    return gpu.runWebGPUProgram(program, INPUTS[output].map((n) => tensors[n as keyof typeof tensors]), 'float32', uniforms);
  });
}

/** `StagecoachAdamW` as WGSL: three single-pass element-wise programs. */
export const adamwKernels: KernelImpl[] = [{ kernelName: ADAMW_KERNEL, kernelFunc: adamw }];
