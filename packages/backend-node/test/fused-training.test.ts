import { beforeAll, describe, expect, it } from 'vitest';
import { AdamW, cpu, resolveTransformerConfig, tf, useBackend } from '@stagecoach/core';
import type { TransformerConfig } from '@stagecoach/core';
import { node } from '../src/index.js';
import { nativeBuilt, relError, runOn, trainSteps, values } from './helpers.js';

const gpt2 = resolveTransformerConfig({ family: 'gpt2', vocabSize: 40, contextLength: 16, dModel: 32, nLayers: 2, nHeads: 4, dFf: 64 });
const llama = resolveTransformerConfig({
  family: 'llama', vocabSize: 40, contextLength: 16, dModel: 32, nLayers: 2, nHeads: 4, nKvHeads: 2, dFf: 48,
});

/** A few training steps of a seeded model on the active backend. */
const train = (config: TransformerConfig, steps: number) => trainSteps(config, steps, { seed: 5, lr: 1e-2, targetShift: 3, adamw: { weightDecay: 0.1 } });

/** How often each kernel runs in one training step on the active backend. */
async function kernelsOfOneStep(config: TransformerConfig): Promise<{ kernels: Map<string, number>; nParams: number }> {
  let nParams = 0;
  const profile = await tf.profile(async () => {
    nParams = (await train(config, 1)).params.size;
  });
  const kernels = new Map<string, number>();
  for (const k of profile.kernels) kernels.set(k.name, (kernels.get(k.name) ?? 0) + 1);
  return { kernels, nParams };
}

describe.skipIf(!nativeBuilt)('training on node-native with the fused GELU/SiLU/AdamW kernels', () => {
  beforeAll(async () => {
    await useBackend(cpu()); // silences tfjs-backend-cpu's first-use notice on the reference backend
    const info = await useBackend(node({ tensorflow: false }));
    expect(info.tfjsBackendName).toBe('node-native');
    expect(info.fusedOps).toEqual(expect.arrayContaining(['StagecoachGelu', 'StagecoachSilu']));
  });

  it('a GPT-2 step runs StagecoachGelu(+Grad) and StagecoachAdamW, not the element-wise chains', async () => {
    const { kernels, nParams } = await kernelsOfOneStep(gpt2);
    expect(kernels.get('StagecoachGelu')).toBe(gpt2.nLayers);
    expect(kernels.get('StagecoachGeluGrad')).toBe(gpt2.nLayers);
    expect(kernels.get('StagecoachAdamW')).toBe(nParams);
    // GELU's tf-op chain was the only user of Tanh and Pow; the tf-op AdamW ran one Sqrt per parameter
    // (what is left is the global gradient norm).
    for (const name of ['Tanh', 'Pow']) expect(kernels.has(name), name).toBe(false);
    expect(kernels.get('Sqrt') ?? 0).toBeLessThan(nParams);
  });

  it('a Llama step runs StagecoachSilu(+Grad) and StagecoachAdamW', async () => {
    const { kernels, nParams } = await kernelsOfOneStep(llama);
    expect(kernels.get('StagecoachSilu')).toBe(llama.nLayers);
    expect(kernels.get('StagecoachSiluGrad')).toBe(llama.nLayers);
    expect(kernels.get('StagecoachAdamW')).toBe(nParams);
    expect(kernels.has('Sigmoid')).toBe(false);
  });

  it('the fused AdamW update matches the tf-op update on cpu for the same gradients (decay and no decay)', async () => {
    const shapes: Record<string, number[]> = { 'h.0.mlp.up.weight': [33, 65], 'ln_f.weight': [65] };
    const run = (): tf.Tensor[] => {
      const params = new Map(Object.entries(shapes).map(([name, shape], i) =>
        [name, tf.variable(tf.tensor(values(shape.reduce((a, b) => a * b, 1), 30 + i), shape))]));
      const optimizer = new AdamW(params, { beta1: 0.8, beta2: 0.9, eps: 1e-6, weightDecay: 0.3 });
      expect(optimizer.decaysParameter('h.0.mlp.up.weight')).toBe(true);
      expect(optimizer.decaysParameter('ln_f.weight')).toBe(false);
      for (let step = 0; step < 3; step++) {
        const grads = new Map(Object.entries(shapes).map(([name, shape], i) =>
          [name, tf.tensor(values(shape.reduce((a, b) => a * b, 1), 100 * step + i, 0.5), shape)]));
        optimizer.step(grads, 0.05);
        tf.dispose([...grads.values()]);
      }
      const moments = [...optimizer.moments().values()].map((m) => tf.clone(m));
      const out = [...[...params.values()].map((p) => tf.clone(p)), ...moments];
      optimizer.dispose();
      tf.dispose([...params.values()]);
      return out;
    };
    const native = await runOn('node-native', run);
    const reference = await runOn('cpu', run);
    expect(native.length).toBe(6);
    native.forEach((v, i) => expect(relError(v, reference[i]!), `output ${i}`).toBeLessThan(1e-6));
  });

  for (const [family, config] of [['GPT-2', gpt2], ['Llama', llama]] as const) {
    it(`${family}: a few steps give the cpu reference's weights, numTensors flat`, async () => {
      const native = await train(config, 4);
      expect(native.leaked.slice(1)).toEqual([0, 0, 0]);
      expect(native.losses[3]).toBeLessThan(native.losses[0]!);
      await tf.setBackend('cpu');
      const reference = await train(config, 4);
      await tf.setBackend('node-native');
      native.losses.forEach((l, i) => expect(l).toBeCloseTo(reference.losses[i]!, 4));
      for (const [name, values] of native.params) {
        expect(relError(values, reference.params.get(name)!), name).toBeLessThan(1e-4);
      }
    });
  }
});
