import { GELU_CUBIC, GELU_KERNEL, GELU_SQRT_2_OVER_PI, SILU_KERNEL } from '@stagecoach/core';
import type { KernelImpl, tf } from '@stagecoach/core';
import { ELEMENT_INDEX, FlatProgram, i32, sizeOf, tensorInputs, webgpuBackendOf, wgslFloat } from './program-util.js';

/** An activation with a fused kernel: GELU (tanh approximation) or SiLU. */
export type Activation = 'gelu' | 'silu';

/**
 * WGSL per activation: `value` is `y` from `x`; `slope` is `dy/dx`. GELU's tanh argument is clamped
 * to ±15 (tanh is 1 in f32 there) because some drivers compute tanh from exponentials that overflow.
 */
const WGSL: Record<Activation, { prelude: string; value: string; slope: string }> = {
  gelu: {
    prelude: `let t = tanh(clamp(${wgslFloat(GELU_SQRT_2_OVER_PI)} * (v + ${wgslFloat(GELU_CUBIC)} * v * v * v), -15.0, 15.0));`,
    value: '0.5 * v * (1.0 + t)',
    slope: `0.5 * (1.0 + t) + 0.5 * v * (1.0 - t * t) * ${wgslFloat(GELU_SQRT_2_OVER_PI)} * (1.0 + ${wgslFloat(3 * GELU_CUBIC)} * v * v)`,
  },
  silu: {
    prelude: 'let s = 1.0 / (1.0 + exp(-v));',
    value: 'v * s',
    slope: 's * (1.0 + v * (1.0 - s))',
  },
};

/** An activation (`forward`: `y`) or its gradient (`grad`: `dy · y'`), element-wise in one pass. */
export class ActivationProgram extends FlatProgram {
  private readonly activation: Activation;
  private readonly pass: 'forward' | 'grad';

  constructor(activation: Activation, pass: 'forward' | 'grad', shape: number[]) {
    super({
      shaderKey: `stagecoachActivation_${activation}_${pass}`, variableNames: pass === 'forward' ? ['x'] : ['dy', 'x'],
      outputShape: shape, uniforms: 'count : i32,', workgroups: Math.ceil(sizeOf(shape) / 64),
    });
    this.activation = activation;
    this.pass = pass;
  }

  getUserCode(): string {
    const { prelude, value, slope } = WGSL[this.activation];
    return `
  fn main(index : i32) {
    let e = ${ELEMENT_INDEX};
    if (e < uniforms.count) {
      let v = x[e];
      ${prelude}
      result[e] = ${this.pass === 'forward' ? value : `dy[e] * (${slope})`};
    }
  }`;
  }
}

function kernelsFor(activation: Activation, kernelName: string): KernelImpl[] {
  const gradName = `${kernelName}Grad`;
  return [
    {
      kernelName,
      kernelFunc: ({ inputs, backend }: Parameters<tf.KernelFunc>[0]) => {
        const gpu = webgpuBackendOf(backend, kernelName);
        const { x } = tensorInputs(inputs, ['x'], kernelName);
        return gpu.runWebGPUProgram(new ActivationProgram(activation, 'forward', x.shape), [x], 'float32', [i32(sizeOf(x.shape))]);
      },
    },
    {
      kernelName: gradName,
      kernelFunc: ({ inputs, backend }: Parameters<tf.KernelFunc>[0]) => {
        const gpu = webgpuBackendOf(backend, gradName);
        const { dy, x } = tensorInputs(inputs, ['dy', 'x'], gradName);
        return [gpu.runWebGPUProgram(new ActivationProgram(activation, 'grad', x.shape), [dy, x], 'float32', [i32(sizeOf(x.shape))])];
      },
    },
  ];
}

/** `StagecoachGelu`, `StagecoachSilu` and their gradients as element-wise WGSL kernels. */
export const activationKernels: KernelImpl[] = [...kernelsFor('gelu', GELU_KERNEL), ...kernelsFor('silu', SILU_KERNEL)];
