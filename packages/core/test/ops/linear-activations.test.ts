import { beforeAll, describe, expect, it } from 'vitest';
import { tf } from '../../src/tf.js';
import { GELU_KERNEL, SILU_KERNEL, gelu, getCustomOp, linear, silu } from '../../src/ops/index.js';
import { cpu, useBackend } from '../../src/backends/index.js';
import { dot, expectClose, finiteDifference, linearJs, randn } from './js-reference.js';
import { valueAndVjp } from './tf-helpers.js';
import { cpuVariants } from './cpu-variants.js';

beforeAll(async () => {
  await useBackend(cpu());
});

describe('linear', () => {
  it('is x·W + b over the last axis, with explicit-transpose gradients', () => {
    const [n, inDim, outDim] = [6, 4, 3];
    const x = randn(n * inDim, 41);
    const w = randn(inDim * outDim, 42);
    const b = randn(outDim, 43);
    const dy = randn(n * outDim, 44);
    const { value, grads } = valueAndVjp(
      (xt, wt, bt) => linear(xt as tf.Tensor, wt as tf.Tensor2D, bt as tf.Tensor1D),
      [tf.tensor3d(x, [2, 3, inDim]), tf.tensor2d(w, [inDim, outDim]), tf.tensor1d(b)],
      dy,
    );
    expectClose(value, linearJs(x, w, b, n, inDim, outDim), 1e-5);
    const loss = (xv: number[], wv: number[], bv: number[]): number => dot(dy, linearJs(xv, wv, bv, n, inDim, outDim));
    expectClose(grads[0] as number[], finiteDifference((v) => loss(v, w, b), x), 1e-4);
    expectClose(grads[1] as number[], finiteDifference((v) => loss(x, v, b), w), 1e-4);
    expectClose(grads[2] as number[], finiteDifference((v) => loss(x, w, v), b), 1e-4);
  });

  it('keeps the leading shape and works with variables under variableGrads', () => {
    const w = tf.variable(tf.ones([4, 2]) as tf.Tensor2D);
    const x = tf.ones([2, 3, 4]);
    const y = linear(x, w);
    expect(y.shape).toEqual([2, 3, 2]);
    const { value, grads } = tf.variableGrads(() => tf.sum(linear(x, w)) as tf.Scalar, [w]);
    expectClose(grads[w.name]?.dataSync() ?? [], new Array(8).fill(6), 0);
    tf.dispose([w, x, y, value, ...Object.values(grads)]);
  });

  it('backward runs transpose-flagged 2-D matmuls, no transposed copies (cpu)', async () => {
    const x = tf.ones([2, 3, 4]);
    const w = tf.ones([4, 5]) as tf.Tensor2D;
    const profile = await tf.profile(() => {
      tf.dispose(tf.grads((a: tf.Tensor, b: tf.Tensor) => tf.sum(linear(a, b as tf.Tensor2D)))([x, w]));
    });
    const matmuls = profile.kernels.filter((k) => k.name === 'BatchMatMul');
    expect(matmuls.length).toBe(3);
    expect(profile.kernelNames).not.toContain('Transpose');
    tf.dispose([x, w]);
  });

  it('rejects an input whose last axis is not the weight in-dimension', () => {
    const x = tf.zeros([2, 5]);
    const w = tf.zeros([4, 3]) as tf.Tensor2D;
    expect(() => linear(x, w)).toThrow(/stored \[in, out\]/);
    tf.dispose([x, w]);
  });
});

describe.each(cpuVariants)('activations (cpu, %s)', (_, backend) => {
  const x = [...randn(40, 51, 3), 0, -9, 9, 25, -25]; // wide range, including saturated tails
  const dy = randn(x.length, 52);
  const geluJs = (v: number[]): number[] =>
    v.map((a) => 0.5 * a * (1 + Math.tanh(Math.sqrt(2 / Math.PI) * (a + 0.044715 * a ** 3))));
  const siluJs = (v: number[]): number[] => v.map((a) => a / (1 + Math.exp(-a)));

  beforeAll(async () => {
    await useBackend(backend());
  });

  it('gelu is the tanh approximation (gelu_new)', () => {
    const { value, grads } = valueAndVjp((t) => gelu(t as tf.Tensor), [tf.tensor2d(x, [5, 9])], dy);
    expectClose(value, geluJs(x), 1e-5 * 25);
    expectClose(grads[0] as number[], finiteDifference((v) => dot(dy, geluJs(v)), x), 1e-4);
  });

  it('silu is x · sigmoid(x)', () => {
    const { value, grads } = valueAndVjp((t) => silu(t as tf.Tensor), [tf.tensor2d(x, [5, 9])], dy);
    expectClose(value, siluJs(x), 1e-5 * 25);
    expectClose(grads[0] as number[], finiteDifference((v) => dot(dy, siluJs(v)), x), 1e-4);
  });

  it('the explicit reference backward (used behind a fused forward without a grad kernel) matches finite differences', () => {
    for (const [kernel, js] of [[GELU_KERNEL, geluJs], [SILU_KERNEL, siluJs]] as const) {
      const backward = getCustomOp(kernel)?.backward;
      if (backward === undefined) throw new Error(`${kernel}: no reference backward`);
      const dx = tf.tidy(() => Array.from((backward(tf.tensor1d(dy), { x: tf.tensor1d(x) }, {})[0] as tf.Tensor).dataSync()));
      expectClose(dx, finiteDifference((v) => dot(dy, js(v)), x), 1e-4);
    }
  });

  it('keeps numTensors flat', () => {
    const before = tf.memory().numTensors;
    const input = tf.tensor1d(x);
    const [dx] = tf.grads((t: tf.Tensor) => tf.add(tf.sum(gelu(t)), tf.sum(silu(t))))([input]);
    tf.dispose([input, dx as tf.Tensor]);
    expect(tf.memory().numTensors).toBe(before);
  });
});
