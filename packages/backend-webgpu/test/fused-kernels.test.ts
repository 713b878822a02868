import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ADAMW_KERNEL, GAE_KERNEL, GELU_KERNEL, LORA_LINEAR_KERNEL, ROPE_KERNEL, SILU_KERNEL, SeededRandom, causalAttention, cpu, crossEntropyLoss, gae, hasKernel, layerNorm, loraLinear,
  rmsNorm, rope, tf, useBackend,
} from '@stagecoach/core';
import { checkConformance, conformanceCases } from '@stagecoach/core/testing';
import type { ConformanceCase, ConformanceInput } from '@stagecoach/core/testing';
import { webgpu } from '../src/index.js';
import { webgpuSkipReason } from './helpers.js';

const skipReason = await webgpuSkipReason();

let seed = 100;
const float = (shape: number[], std = 1): ConformanceInput => ({
  shape, dtype: 'float32', values: new SeededRandom(seed++).normalArray(shape.reduce((a, b) => a * b, 1), std), differentiable: true,
});
const fixed = (shape: number[], values: number[], dtype: 'float32' | 'int32'): ConformanceInput => ({
  shape, dtype, values: dtype === 'int32' ? Int32Array.from(values) : Float32Array.from(values), differentiable: false,
});

function attention(name: string, d: { b: number; hq: number; hkv: number; tq: number; tk: number; hd: number }, keyMask?: number[]): ConformanceCase {
  const inputs: Record<string, ConformanceInput> = {
    q: float([d.b, d.hq, d.tq, d.hd]), k: float([d.b, d.hkv, d.tk, d.hd]), v: float([d.b, d.hkv, d.tk, d.hd]),
  };
  if (keyMask !== undefined) inputs.keyMask = fixed([d.b, d.tk], keyMask, 'float32');
  return {
    name, op: 'causalAttention', inputs,
    run: (t) => causalAttention(t.q as tf.Tensor4D, t.k as tf.Tensor4D, t.v as tf.Tensor4D, { keyMask: t.keyMask as tf.Tensor2D | undefined }),
  };
}

/** Shapes past one tile / one workgroup (the conformance suite's are all smaller than a tile). */
function largerCases(): ConformanceCase[] {
  const random = new SeededRandom(7);
  const vocab = 300;
  const targets = Array.from({ length: 2 * 9 }, () => random.nextInt(vocab));
  const mask = Array.from({ length: 2 * 9 }, (_, i) => (i % 4 === 1 ? 0 : 1));
  return [
    attention('attention 2 tiles, GQA 4/2, T 45, D 16', { b: 1, hq: 4, hkv: 2, tq: 45, tk: 45, hd: 16 }),
    attention('attention KV offset Tq 20 Tk 70, MQA 2/1', { b: 1, hq: 2, hkv: 1, tq: 20, tk: 70, hd: 16 }),
    attention('attention decode: 1 query over a 100-key cache, GQA 4/2, left padding', { b: 2, hq: 4, hkv: 2, tq: 1, tk: 100, hd: 16 },
      Array.from({ length: 200 }, (_, i) => (i % 100 < 7 ? 0 : 1))),
    attention('attention decode: 3 queries over a 50-key cache', { b: 1, hq: 2, hkv: 2, tq: 3, tk: 50, hd: 16 }),
    attention('attention left padding over tiles, T 40', { b: 2, hq: 2, hkv: 2, tq: 40, tk: 40, hd: 16 },
      Array.from({ length: 80 }, (_, i) => (i < 35 ? 0 : 1))),
    { name: 'crossEntropyLoss V 300 with mask', op: 'crossEntropyLoss',
      inputs: { logits: float([2, 9, vocab], 3), targets: fixed([2, 9], targets, 'int32'), mask: fixed([2, 9], mask, 'float32') },
      run: (t) => crossEntropyLoss(t.logits as tf.Tensor, t.targets as tf.Tensor, t.mask) },
    { name: 'rmsNorm [5, 200]', op: 'rmsNorm', inputs: { x: float([5, 200]), w: float([200]) },
      run: (t) => rmsNorm(t.x as tf.Tensor, t.w as tf.Tensor1D) },
    { name: 'layerNorm [3, 7, 130]', op: 'layerNorm', inputs: { x: float([3, 7, 130], 3), g: float([130]), b: float([130]) },
      run: (t) => layerNorm(t.x as tf.Tensor, t.g as tf.Tensor1D, t.b as tf.Tensor1D) },
  ];
}

describe.skipIf(skipReason !== undefined)('fused WGSL kernels', () => {
  beforeAll(async () => {
    await useBackend(webgpu({ cpuForward: false }));
  });
  afterAll(async () => {
    await useBackend(cpu());
  });

  it('match the reference past one tile and one workgroup (values and gradients)', async () => {
    const report = await checkConformance({ cases: largerCases() });
    expect(report.results.filter((r) => !r.ok)).toEqual([]);
  }, 300_000); // SwiftShader compiles each WGSL program on the CPU: minutes on a loaded 2-core machine

  it('LoRA linear: core conformance cases (values and gradients)', async () => {
    expect(hasKernel(`${LORA_LINEAR_KERNEL}Grad`)).toBe(true);
    const wide: ConformanceCase = { name: 'loraLinear [70, 40] -> 20, r 8 (past one workgroup)', op: 'loraLinear',
      inputs: { x: float([70, 40]), w: { ...float([40, 20], 0.3), differentiable: false }, a: float([8, 40], 0.3), b: float([20, 8], 0.3) },
      run: (t) => loraLinear(t.x as tf.Tensor, t.w as tf.Tensor2D, t.a as tf.Tensor2D, t.b as tf.Tensor2D, 0.5) };
    const highRank: ConformanceCase = { name: 'loraLinear r 300 > out 70 > N 3', op: 'loraLinear',
      inputs: { x: float([3, 5]), w: { ...float([5, 70], 0.3), differentiable: false }, a: float([300, 5], 0.1), b: float([70, 300], 0.1) },
      run: (t) => loraLinear(t.x as tf.Tensor, t.w as tf.Tensor2D, t.a as tf.Tensor2D, t.b as tf.Tensor2D, 0.25) };
    const fusedRank: ConformanceCase = { name: 'loraLinear [45, 70] -> 50, r 64 (2 column tiles, width past one tile)', op: 'loraLinear',
      inputs: { x: float([45, 70]), w: { ...float([70, 50], 0.3), differentiable: false }, a: float([64, 70], 0.1), b: float([50, 64], 0.1) },
      run: (t) => loraLinear(t.x as tf.Tensor, t.w as tf.Tensor2D, t.a as tf.Tensor2D, t.b as tf.Tensor2D, 0.75) };
    const cases = [...conformanceCases().filter((c) => c.op === 'loraLinear'), wide, fusedRank, highRank];
    const report = await checkConformance({ cases });
    expect(report.results).toHaveLength(5);
    expect(report.results.filter((r) => !r.ok)).toEqual([]);
    // The kernels free their temporaries (h, g): the backend holds no more buffers after each step.
    const [x, w, a, b] = ([[6, 8], [8, 3], [2, 8], [3, 2]] as const).map(([rows, cols]) => tf.randomNormal([rows, cols])) as tf.Tensor2D[];
    const buffers: number[] = [];
    for (let step = 0; step < 3; step++) {
      const grads = tf.grads((xi: tf.Tensor, ai: tf.Tensor, bi: tf.Tensor) => loraLinear(xi, w!, ai as tf.Tensor2D, bi as tf.Tensor2D, 2))([x!, a!, b!]);
      await Promise.all(grads.map((g) => g.data()));
      tf.dispose(grads);
      buffers.push(tf.engine().backend.numDataIds());
    }
    tf.dispose([x!, w!, a!, b!]);
    expect(new Set(buffers).size).toBe(1);
  }, 300_000);

  it('GAE: core conformance cases, and 100 ragged rows (past one workgroup)', async () => {
    expect(hasKernel(GAE_KERNEL)).toBe(true);
    const [rows, steps] = [100, 30];
    const lengths = Array.from({ length: rows }, (_, i) => (i * 7) % (steps + 1));
    const mask = Array.from({ length: rows * steps }, (_, e) => (e % steps < (lengths[Math.floor(e / steps)] ?? 0) ? 1 : 0));
    const constant = (input: ConformanceInput): ConformanceInput => ({ ...input, differentiable: false });
    const ragged: ConformanceCase = { name: 'gae [100, 30] ragged, gamma 0.9, lambda 0.8', op: 'gae',
      inputs: { rewards: constant(float([rows, steps])), values: constant(float([rows, steps])), mask: fixed([rows, steps], mask, 'float32') },
      run: (t) => {
        const { advantages, returns } = gae(t.rewards as tf.Tensor2D, t.values as tf.Tensor2D, t.mask as tf.Tensor2D, { gamma: 0.9, lambda: 0.8 });
        return tf.stack([advantages, returns]);
      } };
    const report = await checkConformance({ cases: [...conformanceCases().filter((c) => c.op === 'gae'), ragged] });
    expect(report.results).toHaveLength(3);
    expect(report.results.filter((r) => !r.ok)).toEqual([]);
  }, 300_000);

  it('RoPE: core conformance cases and GQA-sized heads past one workgroup (values and gradients)', async () => {
    expect(hasKernel(ROPE_KERNEL) && hasKernel(`${ROPE_KERNEL}Grad`)).toBe(true);
    const positions = Array.from({ length: 2 * 37 }, (_, i) => (i < 37 ? i : 900 + 3 * (i - 37)));
    const wide: ConformanceCase = { name: 'rope [2, 3, 37, 64], positions up to 1008, yarn x4', op: 'rope',
      inputs: { x: float([2, 3, 37, 64]), positions: fixed([2, 37], positions, 'int32') },
      run: (t) => rope(t.x as tf.Tensor4D, t.positions as tf.Tensor2D, {
        headDim: 64, theta: 10000, scaling: { type: 'yarn', factor: 4, originalMaxPositionEmbeddings: 256 },
      }) };
    const report = await checkConformance({ cases: [...conformanceCases().filter((c) => c.op === 'rope'), wide] });
    expect(report.results).toHaveLength(6);
    expect(report.results.filter((r) => !r.ok)).toEqual([]);
  }, 300_000);

  it('GELU and SiLU: core conformance cases (values and gradients)', async () => {
    expect(hasKernel(`${GELU_KERNEL}Grad`) && hasKernel(`${SILU_KERNEL}Grad`)).toBe(true);
    const report = await checkConformance({ ops: ['gelu', 'silu'] });
    expect(report.results).toHaveLength(4);
    expect(report.results.filter((r) => !r.ok)).toEqual([]);
  }, 300_000);

  it('AdamW: one fused update equals PyTorch\'s formula', async () => {
    const n = 1000;
    const r = new SeededRandom(3);
    const [p, m, g] = [r.normalArray(n, 1), r.normalArray(n, 0.1), r.normalArray(n, 1)];
    const v = Float32Array.from(r.normalArray(n, 0.1), (x) => x * x);
    const attrs = { lr: 1e-2, beta1: 0.9, beta2: 0.95, eps: 1e-8, weightDecay: 0.1, bc1: 1 - 0.9 ** 3, bc2Sqrt: Math.sqrt(1 - 0.95 ** 3) };
    const outs = tf.engine().runKernel(ADAMW_KERNEL, {
      param: tf.tensor(p), m: tf.tensor(m), v: tf.tensor(v), grad: tf.tensor(g),
    }, attrs) as tf.Tensor[];
    const [p1, m1, v1] = await Promise.all(outs.map((t) => t.data()));
    for (let i = 0; i < n; i++) {
      const em = attrs.beta1 * m[i]! + (1 - attrs.beta1) * g[i]!;
      const ev = attrs.beta2 * v[i]! + (1 - attrs.beta2) * g[i]! * g[i]!;
      const ep = p[i]! * (1 - attrs.lr * attrs.weightDecay) - (attrs.lr / attrs.bc1) * em / (Math.sqrt(ev) / attrs.bc2Sqrt + attrs.eps);
      expect(m1![i]).toBeCloseTo(em, 5);
      expect(v1![i]).toBeCloseTo(ev, 5);
      expect(p1![i]).toBeCloseTo(ep, 5);
    }
    tf.dispose(outs);
  });

  it('Sin and Cos are accurate at RoPE\'s large angles (1e-6)', async () => {
    const xs = Float32Array.from({ length: 2000 }, (_, i) => i * 0.5 - 300.1);
    const [s, c] = await Promise.all([tf.sin(tf.tensor(xs)).data(), tf.cos(tf.tensor(xs)).data()]);
    let worst = 0;
    xs.forEach((x, i) => { worst = Math.max(worst, Math.abs(s[i]! - Math.sin(x)), Math.abs(c[i]! - Math.cos(x))); });
    expect(worst).toBeLessThan(1e-6);
  });
});
