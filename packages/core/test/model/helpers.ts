import { expect } from 'vitest';
import { tf } from '../../src/tf.js';
import { Transformer, resolveTransformerConfig } from '../../src/model/index.js';
import type { GenerationResult, TransformerConfig } from '../../src/model/index.js';

/**
 * A seeded tiny model whose matrices are scaled up (std 0.2 instead of 0.02) so its next-token
 * distributions are peaked: greedy choices are then far from ties and stable across code paths.
 */
export function peakedModel(preset: 'gpt2-tiny' | 'llama-tiny', overrides: Partial<TransformerConfig> = {}, seed = 1): Transformer {
  const model = new Transformer(resolveTransformerConfig({ preset, ...overrides }), { seed });
  for (const v of model.params.values()) {
    if (v.rank === 2) v.assign(tf.tidy(() => tf.mul(v, 10)));
  }
  return model;
}

/** Left-pads rows to equal length; returns ids and the 0/1 mask. */
export function leftPad(rows: number[][], pad: number): { ids: number[][]; mask: number[][] } {
  const width = Math.max(...rows.map((r) => r.length));
  return {
    ids: rows.map((r) => [...new Array<number>(width - r.length).fill(pad), ...r]),
    mask: rows.map((r) => [...new Array<number>(width - r.length).fill(0), ...new Array<number>(r.length).fill(1)]),
  };
}

export function maxAbsDiff(a: ArrayLike<number>, b: ArrayLike<number>): number {
  expectSameLength(a, b);
  let m = 0;
  for (let i = 0; i < a.length; i++) m = Math.max(m, Math.abs(a[i]! - b[i]!));
  return m;
}

function expectSameLength(a: ArrayLike<number>, b: ArrayLike<number>): void {
  if (a.length !== b.length) throw new Error(`length ${a.length} != ${b.length}`);
}

/** Same tokens and finish reasons; log-probs and values equal within `tolerance` (float rounding differs across code paths). */
export function expectSameGenerations(actual: GenerationResult[], expected: GenerationResult[], tolerance = 1e-4): void {
  expect(actual.map((r) => [r.tokens, r.finishReason])).toEqual(expected.map((r) => [r.tokens, r.finishReason]));
  actual.forEach((r, i) => {
    expect(maxAbsDiff(r.logProbs, expected[i]!.logProbs)).toBeLessThan(tolerance);
    expect(r.values === undefined).toBe(expected[i]!.values === undefined);
    if (r.values !== undefined) expect(maxAbsDiff(r.values, expected[i]!.values!)).toBeLessThan(tolerance);
  });
}
