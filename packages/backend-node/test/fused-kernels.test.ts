import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { causalAttention, crossEntropyLoss, gae, gelu, layerNorm, rmsNorm, silu, tf, tokenCrossEntropy, withReferenceOps } from '@stagecoach/core';
import { checkConformance } from '@stagecoach/core/testing';
import { ADAMW_KERNEL, GELU_KERNEL, NATIVE_FUSED_KERNELS, SILU_KERNEL } from '../src/index.js';
import { relError, runOn, simdPaths, useNative, useSimd, values } from './helpers.js';

const t = (shape: number[], seed: number, scale = 1) => tf.tensor(values(shape.reduce((a, b) => a * b, 1), seed, scale), shape);

/** Value + gradients on node-native with the fused kernels vs. the reference ops on cpu. */
async function compareFused(fn: () => tf.Tensor[]): Promise<number> {
  const native = await runOn('node-native', fn);
  const reference = await runOn('cpu', () => withReferenceOps(fn));
  return Math.max(...native.map((v, i) => relError(v, reference[i] as Float32Array)));
}

for (const { path, runs, label } of simdPaths()) describe.skipIf(!runs)(`native fused kernels, ${label}`, () => {
  beforeAll(async () => {
    await useNative();
    useSimd(path);
  });
  afterAll(() => useSimd(undefined));

  it('are registered on node-native', () => {
    for (const name of NATIVE_FUSED_KERNELS) expect(tf.getKernel(name, 'node-native'), name).toBeDefined();
  });

  it("pass core's conformance suite (values and gradients)", async () => {
    const report = await checkConformance();
    const failed = report.results.filter((r) => !r.ok);
    expect(failed, JSON.stringify(failed, null, 1)).toEqual([]);
    expect(report.results.length).toBeGreaterThan(0);
  });

  it('causal attention: GQA, KV offset, padding, fully masked rows, odd sizes', async () => {
    const cases: Array<{ b: number; hq: number; hkv: number; tq: number; tk: number; d: number; mask?: number[][] }> = [
      { b: 2, hq: 4, hkv: 4, tq: 37, tk: 37, d: 8 },
      { b: 1, hq: 6, hkv: 2, tq: 5, tk: 12, d: 7 },
      { b: 2, hq: 2, hkv: 1, tq: 4, tk: 4, d: 3, mask: [[0, 0, 1, 1], [1, 1, 1, 0]] },
      { b: 1, hq: 1, hkv: 1, tq: 3, tk: 3, d: 2, mask: [[0, 0, 0]] },
      // Several tiles of the backward (128-row query blocks, 64-key blocks, 256-row query tiles), an
      // offset, and fully masked leading rows.
      { b: 2, hq: 3, hkv: 1, tq: 270, tk: 270, d: 4 },
      {
        b: 1, hq: 4, hkv: 2, tq: 150, tk: 170, d: 16,
        mask: [Array.from({ length: 170 }, (_, j) => (j < 25 || j % 17 === 3 ? 0 : 1))],
      },
    ];
    for (const c of cases) {
      const fn = () => {
        const q = t([c.b, c.hq, c.tq, c.d], 1) as tf.Tensor4D;
        const k = t([c.b, c.hkv, c.tk, c.d], 2) as tf.Tensor4D;
        const v = t([c.b, c.hkv, c.tk, c.d], 3) as tf.Tensor4D;
        const dy = t([c.b, c.hq, c.tq, c.d], 4);
        const keyMask = c.mask === undefined ? undefined : tf.tensor2d(c.mask);
        const f = (qq: tf.Tensor, kk: tf.Tensor, vv: tf.Tensor) =>
          tf.sum(tf.mul(causalAttention(qq as tf.Tensor4D, kk as tf.Tensor4D, vv as tf.Tensor4D, { keyMask }), dy));
        const value = causalAttention(q, k, v, { keyMask });
        return [value, ...tf.grads(f)([q, k, v])];
      };
      expect(await compareFused(fn), JSON.stringify(c)).toBeLessThan(1e-5);
    }
  });

  it('cross-entropy, RMSNorm, LayerNorm values and gradients', async () => {
    const targets = () => tf.tensor2d([[1, 0, 299], [7, 7, 150]], undefined, 'int32');
    expect(await compareFused(() => {
      const logits = t([2, 3, 300], 5, 8);
      return [tokenCrossEntropy(logits, targets()), ...tf.grads((l: tf.Tensor) => crossEntropyLoss(l, targets()))([logits])];
    })).toBeLessThan(1e-5);
    expect(await compareFused(() => {
      const x = t([3, 5, 33], 6, 2);
      const w = t([33], 7) as tf.Tensor1D;
      const dy = t([3, 5, 33], 8);
      return [rmsNorm(x, w), ...tf.grads((xx: tf.Tensor, ww: tf.Tensor) => tf.sum(tf.mul(rmsNorm(xx, ww as tf.Tensor1D), dy)))([x, w])];
    })).toBeLessThan(1e-5);
    expect(await compareFused(() => {
      const x = t([7, 65], 9, 3);
      const g = t([65], 10) as tf.Tensor1D;
      const b = t([65], 11) as tf.Tensor1D;
      const dy = t([7, 65], 12);
      return [layerNorm(x, g, b), ...tf.grads((xx: tf.Tensor, gg: tf.Tensor, bb: tf.Tensor) =>
        tf.sum(tf.mul(layerNorm(xx, gg as tf.Tensor1D, bb as tf.Tensor1D), dy)))([x, g, b])];
    })).toBeLessThan(1e-5);
  });

  it('GELU and SiLU kernels match the tf-op reference of gelu/silu and their gradients', async () => {
    for (const [name, reference] of [[GELU_KERNEL, gelu], [SILU_KERNEL, silu]] as const) {
      const native = await runOn('node-native', () => {
        const x = t([3, 1001], 13, 6);
        const dy = t([3, 1001], 14);
        const y = tf.engine().runKernel(name, { x }, {}) as tf.Tensor;
        const [dx] = tf.engine().runKernel(`${name}Grad`, { dy, x }, {}) as tf.Tensor[];
        return [y, dx as tf.Tensor];
      });
      const expected = await runOn('cpu', () => withReferenceOps(() => {
        const x = t([3, 1001], 13, 6);
        const dy = t([3, 1001], 14);
        return [reference(x), ...tf.grads((xx: tf.Tensor) => tf.sum(tf.mul(reference(xx), dy)))([x])];
      }));
      native.forEach((v, i) => expect(relError(v, expected[i]!), `${name} output ${i}`).toBeLessThan(2e-5));
    }
  });

  it('AdamW kernel matches the tf-ops update', async () => {
    const attrs = { lr: 3e-3, beta1: 0.9, beta2: 0.95, eps: 1e-8, weightDecay: 0.1, bc1: 1 - 0.9 ** 3, bc2Sqrt: Math.sqrt(1 - 0.95 ** 3) };
    const inputs = () => ({ param: t([37, 129], 20), m: t([37, 129], 21, 0.1), v: tf.abs(t([37, 129], 22, 0.01)), grad: t([37, 129], 23) });
    const native = await runOn('node-native', () => tf.engine().runKernel(ADAMW_KERNEL, inputs(), attrs) as tf.Tensor[]);
    const reference = await runOn('cpu', () => {
      const { param, m, v, grad } = inputs();
      const m1 = tf.add(tf.mul(m, attrs.beta1), tf.mul(grad, 1 - attrs.beta1));
      const v1 = tf.add(tf.mul(v, attrs.beta2), tf.mul(tf.square(grad), 1 - attrs.beta2));
      const update = tf.mul(tf.div(m1, tf.add(tf.div(tf.sqrt(v1), attrs.bc2Sqrt), attrs.eps)), attrs.lr / attrs.bc1);
      return [tf.sub(tf.mul(param, 1 - attrs.lr * attrs.weightDecay), update), m1, v1];
    });
    native.forEach((v, i) => expect(relError(v, reference[i]!), `output ${i}`).toBeLessThan(1e-6));
  });

  it('GAE kernel matches the tf-ops reference scan on ragged rows', async () => {
    const [rows, time] = [33, 70];
    const lengths = Array.from({ length: rows }, (_, b) => (b * 17) % (time + 1));
    const run = () => {
      const mask = tf.tensor2d(lengths.flatMap((n) => Array.from({ length: time }, (_, t) => (t < n ? 1 : 0))), [rows, time]);
      const out = gae(t([rows, time], 30) as tf.Tensor2D, t([rows, time], 31) as tf.Tensor2D, mask, { gamma: 0.99, lambda: 0.95 });
      return [out.advantages, out.returns];
    };
    await tf.setBackend('node-native');
    expect(tf.getKernel('StagecoachGae', 'node-native')).toBeDefined();
    const native = await runOn('node-native', run);
    const reference = await runOn('cpu', () => withReferenceOps(run));
    native.forEach((v, i) => expect(relError(v, reference[i]!), `output ${i}`).toBeLessThan(1e-5));
  });

  it('cross-entropy rejects a target outside the vocabulary', async () => {
    await tf.setBackend('node-native');
    expect(() => tf.tidy(() => tokenCrossEntropy(t([2, 5], 1), tf.tensor1d([0, 5], 'int32')))).toThrow(/outside the vocabulary/);
  });
});
