import { beforeAll, describe, expect, it } from 'vitest';
import { cpu, tf, useBackend } from '@stagecoach/core';
import { clippedPolicyLoss, clippedValueLoss } from '../../src/math/index.js';

beforeAll(async () => {
  await useBackend(cpu());
});

/** Loss, clip fraction, approx-KL and d loss / d logProbs of single-token policy losses. */
function policyAt(ratio: number, advantage: number, clipRange = 0.2) {
  return tf.tidy(() => {
    const old = tf.tensor1d([-1.5]);
    const lp = tf.tensor1d([-1.5 + Math.log(ratio)]);
    const inputs = (logProbs: tf.Tensor) => ({ logProbs, oldLogProbs: old, advantages: tf.tensor1d([advantage]), mask: tf.tensor1d([1]) });
    const out = clippedPolicyLoss(inputs(lp), clipRange);
    const grad = tf.grad((x: tf.Tensor) => clippedPolicyLoss(inputs(x), clipRange).loss)(lp);
    return { loss: out.loss.dataSync()[0]!, clip: out.clipFraction.dataSync()[0]!, kl: out.approxKl.dataSync()[0]!, grad: grad.dataSync()[0]! };
  });
}

describe('clippedPolicyLoss', () => {
  it('inside the clip range: loss −A·r, gradient −A·r, nothing clipped', () => {
    const at = policyAt(1.1, 2);
    expect(at.loss).toBeCloseTo(-2.2, 5);
    expect(at.grad).toBeCloseTo(-2.2, 5);
    expect(at.clip).toBe(0);
    expect(at.kl).toBeCloseTo(0.1 - Math.log(1.1), 6);
  });

  it('above 1 + ε with a positive advantage: clipped, loss −A·(1 + ε), no gradient', () => {
    const at = policyAt(1.5, 2);
    expect(at.loss).toBeCloseTo(-2.4, 5);
    expect(at.grad).toBe(0);
    expect(at.clip).toBe(1);
  });

  it('below 1 − ε with a positive advantage: not clipped (the pessimistic bound is the unclipped one)', () => {
    const at = policyAt(0.5, 2);
    expect(at.loss).toBeCloseTo(-1, 5);
    expect(at.grad).toBeCloseTo(-1, 5);
    expect(at.clip).toBe(0);
  });

  it('below 1 − ε with a negative advantage: clipped, loss −A·(1 − ε), no gradient; above 1 + ε: not clipped', () => {
    const low = policyAt(0.5, -1);
    expect(low.loss).toBeCloseTo(0.8, 5);
    expect(low.grad).toBe(0);
    expect(low.clip).toBe(1);
    const high = policyAt(1.5, -1);
    expect(high.loss).toBeCloseTo(1.5, 5);
    expect(high.grad).toBeCloseTo(1.5, 5);
    expect(high.clip).toBe(0);
  });

  it('averages over unmasked tokens only', () => {
    const value = tf.tidy(() => clippedPolicyLoss({
      logProbs: tf.tensor2d([[0, 0, 0]]), oldLogProbs: tf.tensor2d([[0, 0, 0]]),
      advantages: tf.tensor2d([[1, 3, 100]]), mask: tf.tensor2d([[1, 1, 0]]),
    }, 0.2).loss.dataSync()[0]!);
    expect(value).toBeCloseTo(-2, 6);
  });
});

describe('clippedValueLoss', () => {
  function valueAt(value: number, old: number, target: number, clipRange = 0.2) {
    return tf.tidy(() => {
      const inputs = (values: tf.Tensor) => ({ values, oldValues: tf.tensor1d([old]), returns: tf.tensor1d([target]), mask: tf.tensor1d([1]) });
      const v = tf.tensor1d([value]);
      const out = clippedValueLoss(inputs(v), clipRange);
      const grad = tf.grad((x: tf.Tensor) => clippedValueLoss(inputs(x), clipRange).loss)(v);
      return { loss: out.loss.dataSync()[0]!, clip: out.clipFraction.dataSync()[0]!, grad: grad.dataSync()[0]! };
    });
  }

  it('inside the clip range: ½(V − R)², gradient V − R', () => {
    const at = valueAt(1.1, 1, 2);
    expect(at.loss).toBeCloseTo(0.5 * 0.81, 5);
    expect(at.grad).toBeCloseTo(-0.9, 5);
    expect(at.clip).toBe(0);
  });

  it('moved past the range toward the target: the clipped (larger) error counts, no gradient', () => {
    const at = valueAt(1.8, 1, 2);
    expect(at.loss).toBeCloseTo(0.5 * 0.64, 5); // V_clipped = 1.2
    expect(at.grad).toBe(0);
    expect(at.clip).toBe(1);
  });

  it('moved past the range away from the target: the unclipped (larger) error counts, with its gradient', () => {
    const at = valueAt(0.5, 1, 2);
    expect(at.loss).toBeCloseTo(0.5 * 2.25, 5);
    expect(at.grad).toBeCloseTo(-1.5, 5);
    expect(at.clip).toBe(0);
  });
});
