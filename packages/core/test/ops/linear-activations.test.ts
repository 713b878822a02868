import { beforeAll, describe, expect, it } from 'vitest';
import { tf } from '../../src/tf.js';
import { gelu, linear, silu } from '../../src/ops/index.js';
import { cpu, useBackend } from '../../src/backends/index.js';
import { dot, expectClose, finiteDifference, linearJs, randn } from './js-reference.js';
import { valueAndVjp } from './tf-helpers.js';

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

  it('rejects an input whose last axis is not the weight in-dimension', () => {
    const x = tf.zeros([2, 5]);
    const w = tf.zeros([4, 3]) as tf.Tensor2D;
    expect(() => linear(x, w)).toThrow(/stored \[in, out\]/);
    tf.dispose([x, w]);
  });
});

describe('activations', () => {
  const x = randn(12, 51, 2);
  const dy = randn(12, 52);
  const geluJs = (v: number[]): number[] =>
    v.map((a) => 0.5 * a * (1 + Math.tanh(Math.sqrt(2 / Math.PI) * (a + 0.044715 * a ** 3))));
  const siluJs = (v: number[]): number[] => v.map((a) => a / (1 + Math.exp(-a)));

  it('gelu is the tanh approximation (gelu_new)', () => {
    const { value, grads } = valueAndVjp((t) => gelu(t as tf.Tensor), [tf.tensor1d(x)], dy);
    expectClose(value, geluJs(x), 1e-5);
    expectClose(grads[0] as number[], finiteDifference((v) => dot(dy, geluJs(v)), x), 1e-4);
  });

  it('silu is x · sigmoid(x)', () => {
    const { value, grads } = valueAndVjp((t) => silu(t as tf.Tensor), [tf.tensor1d(x)], dy);
    expectClose(value, siluJs(x), 1e-5);
    expectClose(grads[0] as number[], finiteDifference((v) => dot(dy, siluJs(v)), x), 1e-4);
  });
});
