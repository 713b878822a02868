import { beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, cpu, tf, useBackend } from '@stagecoach/core';
import { entropyFromLogits, groupAdvantages, klEstimate, whiten } from '../../src/math/index.js';

beforeAll(async () => {
  await useBackend(cpu());
});

const P = [0.5, 0.3, 0.15, 0.05];
const Q = [0.25, 0.25, 0.3, 0.2];
const exactKl = P.reduce((s, p, i) => s + p * Math.log(p / Q[i]!), 0);

/** E_{x~P}[k(x)], exactly, by summing the per-token estimate over the categories. */
function expectation(estimator: 'k1' | 'k2' | 'k3'): number {
  const k = tf.tidy(() => klEstimate(tf.log(tf.tensor1d(P)), tf.log(tf.tensor1d(Q)), estimator).dataSync());
  return P.reduce((s, p, i) => s + p * k[i]!, 0);
}

describe('klEstimate', () => {
  it('k1 and k3 are unbiased: their expectation under π is the exact KL(π ‖ π_ref)', () => {
    expect(expectation('k1')).toBeCloseTo(exactKl, 6);
    expect(expectation('k3')).toBeCloseTo(exactKl, 6);
  });

  it('k2 and k3 are non-negative per token, k1 is not; k2 is close to the KL for nearby distributions', () => {
    const k = (e: 'k1' | 'k2' | 'k3') => Array.from(tf.tidy(() => klEstimate(tf.log(tf.tensor1d(P)), tf.log(tf.tensor1d(Q)), e).dataSync()));
    expect(k('k1').some((x) => x < 0)).toBe(true);
    expect(k('k2').every((x) => x >= 0)).toBe(true);
    expect(k('k3').every((x) => x >= 0)).toBe(true);
    const near = P.map((p) => p * 0.98 + 0.005);
    const k2 = tf.tidy(() => klEstimate(tf.log(tf.tensor1d(P)), tf.log(tf.tensor1d(near)), 'k2').dataSync());
    const exact = P.reduce((s, p, i) => s + p * Math.log(p / near[i]!), 0);
    expect(Math.abs(P.reduce((s, p, i) => s + p * k2[i]!, 0) - exact)).toBeLessThan(0.1 * exact + 1e-4);
  });

  it('all three are 0 when the policy equals the reference', () => {
    for (const e of ['k1', 'k2', 'k3'] as const) {
      const k = tf.tidy(() => klEstimate(tf.log(tf.tensor1d(P)), tf.log(tf.tensor1d(P)), e).dataSync());
      expect(Array.from(k).every((x) => Math.abs(x) < 1e-7)).toBe(true);
    }
  });
});

describe('entropyFromLogits', () => {
  it('is log V for equal logits and −Σ p log p in general, per row', () => {
    const logits = [[0, 0, 0, 0], P.map((p) => Math.log(p) + 3)];
    const h = tf.tidy(() => entropyFromLogits(tf.tensor2d(logits)).dataSync());
    expect(h[0]).toBeCloseTo(Math.log(4), 5);
    expect(h[1]).toBeCloseTo(-P.reduce((s, p) => s + p * Math.log(p), 0), 5);
  });
});

describe('whiten', () => {
  it('ignores masked tokens: changing them changes nothing', () => {
    const mask = tf.tensor2d([[1, 1, 0], [1, 0, 0]]);
    const a = tf.tidy(() => whiten(tf.tensor2d([[1, 2, 0], [3, 0, 0]]), mask).dataSync());
    const b = tf.tidy(() => whiten(tf.tensor2d([[1, 2, 500], [3, -70, 1e4]]), mask).dataSync());
    expect(Array.from(b, (x) => x + 0)).toEqual(Array.from(a, (x) => x + 0)); // + 0 turns −0 into 0
    // Unmasked values 1, 2, 3: mean 2, sample variance 1.
    expect(a[0]).toBeCloseTo(-1, 4);
    expect(a[1]).toBeCloseTo(0, 4);
    expect(a[3]).toBeCloseTo(1, 4);
    expect(a[2]! + 0).toBe(0);
    const kept = tf.tidy(() => whiten(tf.tensor2d([[1, 2, 0], [3, 0, 0]]), mask, { shiftMean: false }).dataSync());
    expect(kept[0]).toBeCloseTo(1, 4);
    mask.dispose();
  });
});

describe('groupAdvantages', () => {
  it('subtracts the group mean and divides by its std; a uniform group gets 0', () => {
    const adv = groupAdvantages([1, 0, 0, 1, 2, 2, 2, 2], 4, { eps: 0 });
    const std = Math.sqrt(1 / 3);
    expect(adv.slice(0, 4).map((a) => a * std)).toEqual([0.5, -0.5, -0.5, 0.5].map((x) => expect.closeTo(x, 9)) as unknown as number[]);
    expect(adv.slice(4)).toEqual([0, 0, 0, 0]);
    expect(groupAdvantages([3, 1], 2, { scaleByStd: false })).toEqual([1, -1]);
    expect(() => groupAdvantages([1, 2, 3], 2)).toThrow(ConfigError);
  });
});
