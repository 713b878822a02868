import { beforeAll, describe, expect, it } from 'vitest';
import { tf } from '@stagecoach/core';
import { AdamW, clipByGlobalNorm, defaultDecayFilter, globalNorm, optimizerStep } from '../../src/train/index.js';
import { ADAMW_KERNEL } from '../../src/ops/adamw.js';
import { cpu, useBackend } from '../../src/backends/index.js';
import { hasKernel } from '../../src/ops/index.js';

/** Reference AdamW (PyTorch's formula) in plain numbers. */
function referenceAdamW(p: number[], grads: number[][], lr: number, wd: number, b1 = 0.9, b2 = 0.95, eps = 1e-8): number[] {
  const m = p.map(() => 0);
  const v = p.map(() => 0);
  let x = [...p];
  grads.forEach((g, i) => {
    const t = i + 1;
    x = x.map((xi, j) => {
      m[j] = b1 * m[j]! + (1 - b1) * g[j]!;
      v[j] = b2 * v[j]! + (1 - b2) * g[j]! * g[j]!;
      const decayed = xi * (1 - lr * wd);
      return decayed - (lr / (1 - b1 ** t)) * m[j]! / (Math.sqrt(v[j]!) / Math.sqrt(1 - b2 ** t) + eps);
    });
  });
  return x;
}

describe.each([
  ['tf-op update', () => cpu({ fusedKernels: false }), false],
  ['fused StagecoachAdamW kernel', () => cpu(), true],
] as const)('AdamW (cpu, %s)', (_, backend, fused) => {
  beforeAll(async () => {
    await useBackend(backend());
    expect(hasKernel(ADAMW_KERNEL)).toBe(fused);
  });

  it('runs the fused kernel once per parameter exactly when the backend has it, leaving no tensors', async () => {
    const ones = [tf.ones([3, 2]), tf.ones([2])];
    const params = new Map([['a.weight', tf.variable(ones[0]!)], ['a.bias', tf.variable(ones[1]!)]]);
    tf.dispose(ones);
    const opt = new AdamW(params);
    const grads = new Map([['a.weight', tf.fill([3, 2], 0.5)], ['a.bias', tf.fill([2], -1)]]);
    const before = tf.memory().numTensors;
    const profile = await tf.profile(() => opt.step(grads, 0.1));
    expect(tf.memory().numTensors).toBe(before);
    expect(profile.kernels.filter((k) => k.name === ADAMW_KERNEL).length).toBe(fused ? 2 : 0);
    // First step: m / sqrt(v) (bias-corrected) is sign(g), so p moves by lr against g; the bias does not decay.
    expect(Array.from(params.get('a.bias')!.dataSync())).toEqual([expect.closeTo(1.1, 6), expect.closeTo(1.1, 6)]);
    const decayed = 1 * (1 - 0.1 * 0.1) - 0.1;
    expect(Array.from(params.get('a.weight')!.dataSync())).toEqual(new Array(6).fill(expect.closeTo(decayed, 6)));
    tf.dispose([...grads.values(), ...params.values()]);
    opt.dispose();
  });

  it('matches the PyTorch update, with decoupled weight decay only where the filter says', () => {
    const w = tf.variable(tf.tensor2d([[1, -2], [3, 0.5]]));
    const b = tf.variable(tf.tensor1d([0.5, -0.5]));
    const params = new Map<string, tf.Variable>([['layer.weight', w], ['layer.bias', b]]);
    const opt = new AdamW(params, { weightDecay: 0.1 });
    expect(opt.decaysParameter('layer.weight')).toBe(true);
    expect(opt.decaysParameter('layer.bias')).toBe(false);
    const gw = [[0.1, -0.2, 0.3, 0.4], [0.5, 0.1, -0.1, 0.2], [-0.3, 0.3, 0.2, 0.1]];
    const gb = [[1, -1], [0.5, 0.5], [0.2, -0.7]];
    for (let s = 0; s < 3; s += 1) {
      const grads = new Map<string, tf.Tensor>([['layer.weight', tf.tensor2d(gw[s]!, [2, 2])], ['layer.bias', tf.tensor1d(gb[s]!)]]);
      opt.step(grads, 0.01);
      for (const g of grads.values()) g.dispose();
    }
    const expectW = referenceAdamW([1, -2, 3, 0.5], gw, 0.01, 0.1);
    const expectB = referenceAdamW([0.5, -0.5], gb, 0.01, 0);
    Array.from(w.dataSync()).forEach((x, i) => expect(x).toBeCloseTo(expectW[i]!, 5));
    Array.from(b.dataSync()).forEach((x, i) => expect(x).toBeCloseTo(expectB[i]!, 5));
    expect(opt.moments().size).toBe(4);
    opt.dispose();
    w.dispose();
    b.dispose();
  });
});

describe('AdamW', () => {
  it('does not decay norms, biases or embeddings by default', () => {
    const mat = tf.variable(tf.zeros([2, 2]));
    const vec = tf.variable(tf.zeros([2]));
    expect(defaultDecayFilter('layers.0.attn.q.weight', mat)).toBe(true);
    expect(defaultDecayFilter('embed_tokens.weight', mat)).toBe(false);
    expect(defaultDecayFilter('wte', mat)).toBe(false);
    expect(defaultDecayFilter('layers.0.norm1.weight', vec)).toBe(false);
    mat.dispose();
    vec.dispose();
  });

  it('clips by global norm', () => {
    const grads = new Map<string, tf.Tensor>([['a', tf.tensor1d([3, 0])], ['b', tf.tensor1d([0, 4])]]);
    const norm = globalNorm(grads.values());
    expect(norm.dataSync()[0]).toBeCloseTo(5, 6);
    const clipped = clipByGlobalNorm(grads, 1, 5);
    expect(Array.from(clipped.get('a')!.dataSync())[0]).toBeCloseTo(0.6, 5);
    for (const g of [...grads.values(), ...clipped.values(), norm]) g.dispose();
  });
});

describe('optimizerStep', () => {
  // A small real model: softmax regression, loss = mean masked cross-entropy.
  function setup() {
    const init = tf.randomNormal([6, 5], 0, 0.5, 'float32', 1);
    const w = tf.variable(init);
    init.dispose();
    const params = new Map([['proj.weight', w]]);
    return { w, params };
  }
  type Batch = { x: number[][]; y: number[]; mask: number[]; tokens: number };
  const loss = (w: tf.Variable) => (batch: Batch) => tf.tidy(() => {
    const logits = tf.matMul(tf.tensor2d(batch.x), w);
    const nll = tf.losses.softmaxCrossEntropy(tf.oneHot(tf.tensor1d(batch.y, 'int32'), 5), logits, undefined, 0, tf.Reduction.NONE);
    const mask = tf.tensor1d(batch.mask);
    return tf.div(tf.sum(tf.mul(nll, mask)), Math.max(1, batch.mask.reduce((a, b) => a + b, 0))) as tf.Scalar;
  });
  const rows = (n: number, seed: number) => {
    const x = tf.randomNormal([n, 6], 0, 1, 'float32', seed);
    const out = x.arraySync() as number[][];
    x.dispose();
    return out;
  };

  it('k micro-batches give the same update as one batch k times larger', async () => {
    const x = rows(12, 7);
    const y = [0, 1, 2, 3, 4, 0, 1, 2, 3, 4, 0, 1];
    const mask = [1, 1, 0, 1, 1, 1, 1, 1, 0, 0, 1, 1];
    const big: Batch = { x, y, mask, tokens: mask.reduce((a, b) => a + b, 0) };
    const micro: Batch[] = [0, 4, 8].map((i) => {
      const m = mask.slice(i, i + 4);
      return { x: x.slice(i, i + 4), y: y.slice(i, i + 4), mask: m, tokens: m.reduce((a, b) => a + b, 0) };
    });
    const run = async (batches: Batch[]) => {
      const { w, params } = setup();
      const opt = new AdamW(params);
      const results = [];
      for (let i = 0; i < 2; i += 1) results.push(await optimizerStep({ params, loss: loss(w), microBatches: batches, optimizer: opt, lr: 0.05, maxGradNorm: 1 }));
      const weights = Array.from(w.dataSync());
      opt.dispose();
      w.dispose();
      return { results, weights };
    };
    const before = tf.memory().numTensors;
    const one = await run([big]);
    const many = await run(micro);
    expect(tf.memory().numTensors).toBe(before);
    one.results.forEach((r, i) => {
      expect(many.results[i]!.loss).toBeCloseTo(r.loss, 5);
      expect(many.results[i]!.gradNorm).toBeCloseTo(r.gradNorm, 5);
    });
    one.weights.forEach((v, i) => expect(many.weights[i]).toBeCloseTo(v, 5));
  });

  it('throws TrainingError on a non-finite loss and leaves the weights untouched', async () => {
    const { w, params } = setup();
    const opt = new AdamW(params);
    const before = Array.from(w.dataSync());
    const bad = () => tf.mul(tf.sum(w), Number.NaN) as tf.Scalar;
    await expect(optimizerStep({ params, loss: bad, microBatches: [{ tokens: 1 }], optimizer: opt, lr: 0.1, step: 7 }))
      .rejects.toThrow(/step 7: loss is NaN.*not updated/);
    expect(Array.from(w.dataSync())).toEqual(before);
    opt.dispose();
    w.dispose();
  });
});
