import { beforeAll, describe, expect, it } from 'vitest';
import { tf } from '../../src/tf.js';
import { LORA_LINEAR_KERNEL, getCustomOp, linear, loraLinear, withReferenceOps } from '../../src/ops/index.js';
import { cpu, useBackend } from '../../src/backends/index.js';
import { expectClose, randn } from './js-reference.js';

beforeAll(async () => {
  await useBackend(cpu());
});

const [n, inDim, outDim, r, scale] = [5, 6, 4, 3, 1.5];

function inputs(seed: number) {
  return {
    x: tf.tensor2d(randn(n * inDim, seed), [n, inDim]),
    w: tf.tensor2d(randn(inDim * outDim, seed + 1), [inDim, outDim]),
    a: tf.tensor2d(randn(r * inDim, seed + 2), [r, inDim]),
    b: tf.tensor2d(randn(outDim * r, seed + 3), [outDim, r]),
    dy: tf.tensor2d(randn(n * outDim, seed + 4), [n, outDim]),
  };
}

describe('loraLinear', () => {
  it('is x·W + (x·Aᵀ·Bᵀ)·scale, fused and reference', () => {
    const t = inputs(10);
    const expected = tf.tidy(() => tf.add(tf.matMul(t.x, t.w), tf.mul(tf.matMul(tf.matMul(t.x, t.a, false, true), t.b, false, true), scale)));
    const fused = loraLinear(t.x, t.w, t.a, t.b, scale);
    const reference = withReferenceOps(() => loraLinear(t.x, t.w, t.a, t.b, scale));
    expectClose(fused.dataSync(), expected.dataSync(), 1e-5);
    expectClose(reference.dataSync(), expected.dataSync(), 1e-5);
    tf.dispose([...Object.values(t), expected, fused, reference]);
  });

  it("the reference backward equals autograd of the reference forward (x, A, B) and gives W no gradient", () => {
    const t = inputs(20);
    const op = getCustomOp(LORA_LINEAR_KERNEL)!;
    const attrs = { scale };
    const explicit = tf.tidy(() => op.backward!(t.dy, { x: t.x, weight: t.w, loraA: t.a, loraB: t.b }, attrs).map((g) => g.arraySync()));
    const auto = tf.tidy(() =>
      tf.grads((x: tf.Tensor, a: tf.Tensor, b: tf.Tensor) => op.forward({ x, weight: t.w, loraA: a, loraB: b }, attrs) as tf.Tensor)(
        [t.x, t.a, t.b], t.dy,
      ).map((g) => g.arraySync()),
    );
    explicit.forEach((g, i) => expectClose((g as number[][]).flat(), (auto[i] as number[][]).flat(), 1e-5));
    expect(op.gradInputNames).toEqual(['x', 'loraA', 'loraB']);
    tf.dispose(Object.values(t));
  });

  it('with B = 0 equals linear exactly, and keeps the leading shape', () => {
    const t = inputs(30);
    const x3 = tf.reshape(t.x, [1, n, inDim]);
    const zero = tf.zeros([outDim, r]) as tf.Tensor2D;
    const y = loraLinear(x3, t.w, t.a, zero, scale);
    const base = linear(x3, t.w);
    expect(y.shape).toEqual([1, n, outDim]);
    expect(Array.from(y.dataSync())).toEqual(Array.from(base.dataSync()));
    tf.dispose([...Object.values(t), x3, zero, y, base]);
  });

  it('trains A and B under variableGrads and leaves no tensors behind', () => {
    const t = inputs(40);
    const a = tf.variable(t.a);
    const b = tf.variable(t.b);
    const w = tf.variable(t.w, false);
    const before = tf.memory().numTensors;
    const { value, grads } = tf.variableGrads(() => tf.sum(tf.mul(loraLinear(t.x, w, a, b, scale), t.dy)) as tf.Scalar);
    expect(Object.keys(grads).sort()).toEqual([a.name, b.name].sort());
    tf.dispose([value, ...Object.values(grads)]);
    expect(tf.memory().numTensors).toBe(before);
    tf.dispose([...Object.values(t), a, b, w]);
  });

  it('names the shapes that do not fit', () => {
    const t = inputs(50);
    expect(() => loraLinear(t.x, t.w, t.b, t.b, scale)).toThrow(/loraA \[4, 3\] and loraB \[4, 3\] must be \[r, 6\] and \[4, r\]/);
    expect(() => loraLinear(t.dy, t.w, t.a, t.b, scale)).toThrow(/input last axis is 4/);
    tf.dispose(Object.values(t));
  });
});
