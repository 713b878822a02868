import { describe, expect, it } from 'vitest';
import { AdamW, Transformer, cpu, globalNorm, tf, useBackend } from '@stagecoach/core';
import { webgpu } from '../src/index.js';
import { webgpuSkipReason } from './helpers.js';

const skipReason = await webgpuSkipReason();

/**
 * Three AdamW steps of a tiny Llama (GQA, RoPE, RMSNorm, SwiGLU, tied embeddings) with gradient
 * clipping on the GPU. core's optimizerStep reads the loss with dataSync(), which tfjs-webgpu cannot
 * do in Node, so the step is spelled out here with `await data()`.
 */
async function trainLosses(steps: number): Promise<{ losses: number[]; tensorsPerStep: number[] }> {
  const model = new Transformer({ preset: 'llama-tiny' } as never, { seed: 0 });
  const params = model.trainableParams();
  const optimizer = new AdamW(params);
  const ids = tf.tensor2d(Array.from({ length: 2 * 17 }, (_, i) => (i * 37 + 11) % 256), [2, 17], 'int32');
  const inputs = tf.slice(ids, [0, 0], [2, 16]) as tf.Tensor2D;
  const targets = tf.slice(ids, [0, 1], [2, 16]) as tf.Tensor2D;
  const losses: number[] = [];
  const tensorsPerStep: number[] = [];
  for (let s = 0; s < steps; s++) {
    const { value, grads } = tf.variableGrads(() => model.loss(inputs, targets), [...params.values()]);
    const clipped = new Map<string, tf.Tensor>();
    tf.tidy(() => {
      const norm = globalNorm(Object.values(grads)); // AddN over one square per parameter
      const scale = tf.minimum(1, tf.div(0.5, tf.add(norm, 1e-6)));
      for (const [name, p] of params) clipped.set(name, tf.keep(tf.mul(grads[p.name] as tf.Tensor, scale)));
    });
    optimizer.step(clipped, 1e-2);
    tf.dispose([...clipped.values(), ...Object.values(grads)]);
    losses.push((await value.data())[0]!);
    value.dispose();
    tensorsPerStep.push(tf.memory().numTensors);
  }
  tf.dispose([ids, inputs, targets]);
  optimizer.dispose();
  model.dispose();
  return { losses, tensorsPerStep };
}

describe.skipIf(skipReason !== undefined)('training on webgpu', () => {
  it('AddN sums more inputs than a shader can bind', async () => {
    await useBackend(webgpu({ cpuForward: false }));
    const xs = Array.from({ length: 12 }, (_, i) => tf.fill([3, 5], i + 1));
    const sum = tf.addN(xs);
    expect(Array.from(await sum.data())).toEqual(new Array(15).fill(78));
    tf.dispose([...xs, sum]);
    await useBackend(cpu());
  }, 120_000);

  it('a tiny Llama trains with the fused kernels like on the cpu reference, without leaking tensors', async () => {
    await useBackend(cpu({ fusedKernels: false }));
    const reference = await trainLosses(3);
    await useBackend(webgpu({ cpuForward: false }));
    const fused = await trainLosses(3);
    await useBackend(cpu());
    fused.losses.forEach((loss, i) => expect(loss).toBeCloseTo(reference.losses[i]!, 3));
    expect(fused.losses[2]!).toBeLessThan(fused.losses[0]!);
    expect(new Set(fused.tensorsPerStep).size).toBe(1);
  }, 300_000); // SwiftShader compiles each WGSL program on the CPU
});
