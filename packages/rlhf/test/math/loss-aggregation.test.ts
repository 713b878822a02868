import { beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, cpu, tf, useBackend } from '@stagecoach/core';
import { aggregateLoss, aggregationWeight, resolveGRPOConfig } from '../../src/index.js';
import type { LossAggregation } from '../../src/index.js';

beforeAll(async () => {
  await useBackend(cpu());
});

// Two responses: 3 tokens with losses 1, 2, 3 and 1 token with loss 4 (the padding holds junk the mask hides).
const PER_TOKEN = [[1, 2, 3], [4, 9, 9]];
const MASK = [[1, 1, 1], [1, 0, 0]];
const MAX_LENGTH = 4;

function aggregated(type: LossAggregation, rows = [0, 1]): { loss: number; grad: number[][] } {
  return tf.tidy(() => {
    const x = tf.tensor2d(rows.map((r) => PER_TOKEN[r]!));
    const mask = tf.tensor2d(rows.map((r) => MASK[r]!));
    const f = (t: tf.Tensor) => aggregateLoss(t as tf.Tensor2D, mask, type, MAX_LENGTH);
    return { loss: f(x).dataSync()[0]!, grad: tf.grad(f)(x).arraySync() as number[][] };
  });
}

describe('aggregateLoss', () => {
  it("'grpo': each response's token mean, then the mean over responses", () => {
    const { loss, grad } = aggregated('grpo');
    expect(loss).toBeCloseTo((2 + 4) / 2, 6);
    // d/dx: 1 / (tokens of its response · responses); 0 at padding.
    expect(grad[0]).toEqual([1 / 6, 1 / 6, 1 / 6].map((g) => expect.closeTo(g, 6)));
    expect(grad[1]).toEqual([0.5, 0, 0].map((g) => expect.closeTo(g, 6)));
  });

  it("'bnpo': the mean over every response token of the batch", () => {
    const { loss, grad } = aggregated('bnpo');
    expect(loss).toBeCloseTo(10 / 4, 6);
    expect(grad.flat()).toEqual([0.25, 0.25, 0.25, 0.25, 0, 0].map((g) => expect.closeTo(g, 6)));
  });

  it("'dr_grpo': the token sum over responses × maxLength, a constant", () => {
    const { loss, grad } = aggregated('dr_grpo');
    expect(loss).toBeCloseTo(10 / (2 * MAX_LENGTH), 6);
    expect(grad.flat()).toEqual([0.125, 0.125, 0.125, 0.125, 0, 0].map((g) => expect.closeTo(g, 6)));
  });

  it('micro-batches weighted by aggregationWeight accumulate to the whole batch (as optimizerStep weighs them)', () => {
    for (const type of ['grpo', 'bnpo', 'dr_grpo'] as const) {
      const parts = [[0], [1]].map((rows) => ({
        loss: aggregated(type, rows).loss,
        weight: aggregationWeight(type, rows.length, rows.reduce((s, r) => s + MASK[r]!.reduce((a, b) => a + b, 0), 0)),
      }));
      const total = parts.reduce((s, p) => s + p.weight, 0);
      const accumulated = parts.reduce((s, p) => s + (p.loss * p.weight) / total, 0);
      expect(accumulated).toBeCloseTo(aggregated(type).loss, 6);
    }
  });

  it("GRPOConfig.lossType defaults to 'bnpo' and names the valid values when wrong", () => {
    const config = { initFrom: 'x', prompts: [], reward: () => 0, steps: 1 };
    expect(resolveGRPOConfig(config).lossType).toBe('bnpo');
    expect(resolveGRPOConfig({ ...config, lossType: 'dr_grpo' }).lossType).toBe('dr_grpo');
    expect(() => resolveGRPOConfig({ ...config, lossType: 'dapo' as LossAggregation })).toThrow(ConfigError);
    expect(() => resolveGRPOConfig({ ...config, lossType: 'dapo' as LossAggregation })).toThrow(/config.lossType must be one of 'grpo', 'bnpo', 'dr_grpo'; got "dapo"/);
  });
});
