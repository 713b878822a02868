import { ROPE_KERNEL } from '@stagecoach/core';
import type { KernelImpl, tf } from '@stagecoach/core';
import { ELEMENT_INDEX, FlatProgram, i32, tensorInput, tensorInputs, webgpuBackendOf } from './program-util.js';

/**
 * The rotate-half rotation of `src: [B, H, T, D]` by the tables `cos`, `sin` (`[B, T, D/2]`), one
 * invocation per pair `(i, i + D/2)`. `forward` rotates by `+sin` (`y` from `x`); `grad` by `-sin`
 * (`dx` from `dy`: the transpose of a rotation is the rotation by the opposite angle).
 */
export class RopeProgram extends FlatProgram {
  private readonly pass: 'forward' | 'grad';

  constructor(pass: 'forward' | 'grad', shape: number[]) {
    const [batch, heads, time, dim] = shape as [number, number, number, number];
    super({
      shaderKey: `stagecoachRope_${pass}`, variableNames: ['src', 'cosTable', 'sinTable'], outputShape: shape,
      uniforms: 'pairs : i32, heads : i32, time : i32, half : i32,', workgroups: Math.ceil((batch * heads * time * (dim / 2)) / 64),
    });
    this.pass = pass;
  }

  getUserCode(): string {
    const sign = this.pass === 'forward' ? '' : '-';
    return `
  fn main(index : i32) {
    let e = ${ELEMENT_INDEX};
    if (e < uniforms.pairs) {
      let half = uniforms.half;
      let row = e / half; // (b, h, t) flattened
      let i = e - row * half;
      let t = row % uniforms.time;
      let b = row / (uniforms.heads * uniforms.time);
      let tab = (b * uniforms.time + t) * half + i; // [B, T, D/2]
      let c = cosTable[tab];
      let s = ${sign}sinTable[tab];
      let o = row * 2 * half + i; // [B, H, T, D]
      let x1 = src[o];
      let x2 = src[o + half];
      result[o] = x1 * c - x2 * s;
      result[o + half] = x2 * c + x1 * s;
    }
  }`;
  }
}

/** A kernel function running {@link RopeProgram} on the input `srcName` (`x` forward, `dy` backward). */
function rotate(pass: 'forward' | 'grad', kernelName: string, srcName: 'x' | 'dy') {
  return ({ inputs, backend }: Parameters<tf.KernelFunc>[0]): tf.TensorInfo => {
    const gpu = webgpuBackendOf(backend, kernelName);
    const src = tensorInput(inputs, srcName, kernelName);
    const { cos, sin } = tensorInputs(inputs, ['cos', 'sin'], kernelName);
    const [batch, heads, time, dim] = src.shape as [number, number, number, number];
    return gpu.runWebGPUProgram(new RopeProgram(pass, src.shape), [src, cos, sin], 'float32', [
      i32(batch * heads * time * (dim / 2)), i32(heads), i32(time), i32(dim / 2),
    ]);
  };
}

const gradName = `${ROPE_KERNEL}Grad`;
const ropeGrad = rotate('grad', gradName, 'dy');

/** `StagecoachRope` and its gradient (`[dx]`; the tables get none) as element-wise WGSL kernels. */
export const ropeKernels: KernelImpl[] = [
  { kernelName: ROPE_KERNEL, kernelFunc: rotate('forward', ROPE_KERNEL, 'x') },
  { kernelName: gradName, kernelFunc: (args: Parameters<tf.KernelFunc>[0]) => [ropeGrad(args)] },
];
