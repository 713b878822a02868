import { GAE_KERNEL } from '@stagecoach/core';
import type { KernelImpl, tf } from '@stagecoach/core';
import { ELEMENT_INDEX, FlatProgram, f32, i32, numberAttrs, tensorInputs, webgpuBackendOf } from './program-util.js';

/** Which output of GAE a {@link GaeProgram} writes. */
export type GaeOutput = 'advantages' | 'returns';

/**
 * GAE as a reverse scan over time, one invocation per row of `[B, T]` (core's `GAE_KERNEL` contract):
 * `A[t] = (rewards[t] + γ·mask[t+1]·values[t+1] − values[t] + γλ·A[t+1]) · mask[t]`, so a masked
 * position ends the episode. Writes `A` (`advantages`) or `(A + values) · mask` (`returns`): a program
 * writes one buffer, and a second scan is cheaper than a temporary.
 */
export class GaeProgram extends FlatProgram {
  private readonly output: GaeOutput;

  constructor(output: GaeOutput, rows: number, steps: number) {
    super({
      shaderKey: `stagecoachGae_${output}`, variableNames: ['rewards', 'values', 'mask'], outputShape: [rows, steps],
      uniforms: 'rows : i32, steps : i32, gamma : f32, gammaLambda : f32,', workgroups: Math.ceil(rows / 64),
    });
    this.output = output;
  }

  getUserCode(): string {
    const value = this.output === 'advantages' ? 'advantage' : '(advantage + v) * m';
    return `
  fn main(index : i32) {
    let row = ${ELEMENT_INDEX};
    if (row < uniforms.rows) {
      let base = row * uniforms.steps;
      var carried = 0.0;   // A[t+1] (already masked)
      var nextValue = 0.0; // values[t+1] · mask[t+1]
      for (var t = uniforms.steps - 1; t >= 0; t = t - 1) {
        let e = base + t;
        let m = mask[e];
        let v = values[e];
        let delta = rewards[e] + uniforms.gamma * nextValue - v;
        let advantage = (delta + uniforms.gammaLambda * carried) * m;
        result[e] = ${value};
        carried = advantage;
        nextValue = v * m;
      }
    }
  }`;
  }
}

function gae({ inputs, backend, attrs }: Parameters<tf.KernelFunc>[0]): tf.TensorInfo[] {
  const gpu = webgpuBackendOf(backend, GAE_KERNEL);
  const tensors = tensorInputs(inputs, ['rewards', 'values', 'mask'], GAE_KERNEL);
  const { gamma, lambda } = numberAttrs(attrs, ['gamma', 'lambda'], GAE_KERNEL);
  const [rows, steps] = tensors.rewards.shape as [number, number];
  const uniforms = [i32(rows), i32(steps), f32(gamma), f32(gamma * lambda)];
  return (['advantages', 'returns'] as const).map((output) =>
    gpu.runWebGPUProgram(new GaeProgram(output, rows, steps), [tensors.rewards, tensors.values, tensors.mask], 'float32', uniforms));
}

/** `StagecoachGae` as WGSL: two reverse scans, one invocation per response. */
export const gaeKernels: KernelImpl[] = [{ kernelName: GAE_KERNEL, kernelFunc: gae }];
