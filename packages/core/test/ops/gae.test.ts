import { beforeAll, describe, expect, it } from 'vitest';
import { tf } from '../../src/tf.js';
import { ConfigError } from '../../src/errors.js';
import { GAE_KERNEL, gae, hasKernel, withReferenceOps } from '../../src/ops/index.js';
import { cpu, useBackend } from '../../src/backends/index.js';
import { expectClose, randn } from './js-reference.js';

beforeAll(async () => {
  await useBackend(cpu());
});

/** GAE of rows given as plain arrays, on the fused kernel and on the reference: `[advantages, returns]` of each. */
function both(rewards: number[][], values: number[][], mask: number[][], gamma: number, lambda: number) {
  const run = () => tf.tidy(() => {
    const out = gae(tf.tensor2d(rewards), tf.tensor2d(values), tf.tensor2d(mask), { gamma, lambda });
    return [Array.from(out.advantages.dataSync()), Array.from(out.returns.dataSync())];
  });
  return { fused: run(), reference: withReferenceOps(run) };
}

describe('gae', () => {
  it('matches a hand-computed example (gamma 0.5, lambda 0.5, one row of 3 then padding)', () => {
    expect(hasKernel(GAE_KERNEL)).toBe(true);
    // values 1, 2, 3; rewards 0, 0, 4; the row ends after t = 2.
    // δ2 = 4 − 3 = 1;             A2 = 1
    // δ1 = 0 + 0.5·3 − 2 = −0.5;  A1 = −0.5 + 0.25·1 = −0.25
    // δ0 = 0 + 0.5·2 − 1 = 0;     A0 = 0 + 0.25·(−0.25) = −0.0625
    const { fused, reference } = both([[0, 0, 4, 9]], [[1, 2, 3, 7]], [[1, 1, 1, 0]], 0.5, 0.5);
    for (const [advantages, returns] of [fused, reference]) {
      expectClose(advantages!, [-0.0625, -0.25, 1, 0], 1e-6);
      expectClose(returns!, [0.9375, 1.75, 4, 0], 1e-6);
    }
  });

  it('with gamma = lambda = 1 gives rewards-to-go as returns, on ragged rows', () => {
    const [rows, time] = [4, 9];
    const lengths = [9, 5, 1, 3];
    const rewards = Array.from({ length: rows }, (_, b) => Array.from(randn(time, 10 + b)));
    const values = Array.from({ length: rows }, (_, b) => Array.from(randn(time, 20 + b)));
    const mask = lengths.map((n) => Array.from({ length: time }, (_, t) => (t < n ? 1 : 0)));
    const expectedReturns = rewards.map((row, b) => row.map((_, t) => (t < lengths[b]! ? row.slice(t, lengths[b]).reduce((a, x) => a + x, 0) : 0)));
    const expectedAdvantages = expectedReturns.map((row, b) => row.map((g, t) => (t < lengths[b]! ? g - values[b]![t]! : 0)));
    const { fused, reference } = both(rewards, values, mask, 1, 1);
    for (const [advantages, returns] of [fused, reference]) {
      expectClose(returns!, expectedReturns.flat(), 1e-5);
      expectClose(advantages!, expectedAdvantages.flat(), 1e-5);
    }
  });

  it('with lambda = 0 gives one-step TD errors', () => {
    const rewards = [[1, 2, 3]];
    const values = [[0.5, -1, 2]];
    const { fused } = both(rewards, values, [[1, 1, 1]], 0.9, 0);
    expectClose(fused[0]!, [1 + 0.9 * -1 - 0.5, 2 + 0.9 * 2 + 1, 3 - 2], 1e-6);
  });

  it('rejects mismatched shapes and gamma outside [0, 1], and leaks nothing', () => {
    const a = tf.zeros([2, 3]) as tf.Tensor2D;
    const b = tf.zeros([2, 4]) as tf.Tensor2D;
    expect(() => gae(a, b, a, { gamma: 1, lambda: 1 })).toThrow(ConfigError);
    expect(() => gae(a, a, a, { gamma: 1.5, lambda: 1 })).toThrow(/gamma must be in \[0, 1\]/);
    const before = tf.memory().numTensors;
    const out = withReferenceOps(() => gae(a, a, a, { gamma: 0.9, lambda: 0.9 }));
    tf.dispose([out.advantages, out.returns]);
    expect(tf.memory().numTensors).toBe(before);
    tf.dispose([a, b]);
  });
});
