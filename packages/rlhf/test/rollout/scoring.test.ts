import { beforeAll, describe, expect, it } from 'vitest';
import { cpu, tf, useBackend } from '@stagecoach/core';
import { tinyModel } from '@stagecoach/core/testing';
import { rolloutBatch, scoreBatch } from '../../src/index.js';

beforeAll(async () => {
  await useBackend(cpu());
});

describe('rollout scoring', () => {
  it("recomputes generate's log-probs and values from one forward over the padded layout, in one pass or in chunks", async () => {
    const { model } = tinyModel({ family: 'llama', seed: 4, valueHead: true });
    const prompts = [[256, 72, 105], [256, 65], [256, 1, 2, 3, 4, 5]];
    const generated = await model.generate(prompts, { maxNewTokens: 5, temperature: 1, seed: 7, stopTokens: [10] });
    const batch = rolloutBatch(prompts, generated.map((g) => g.tokens), 258);
    const whole = scoreBatch(model, batch, 1, 0);
    const chunked = scoreBatch(model, batch, 1, 2);
    const [logProbs, values, chunkedLogProbs, mask] = await Promise.all([whole.logProbs, whole.values!, chunked.logProbs, batch.mask].map((t) => t.array() as Promise<number[][]>));
    generated.forEach((g, row) => {
      g.tokens.forEach((_, j) => {
        expect(logProbs![row]![j]).toBeCloseTo(g.logProbs[j]!, 4);
        expect(values![row]![j]).toBeCloseTo(g.values![j]!, 4);
        expect(chunkedLogProbs![row]![j]).toBeCloseTo(logProbs![row]![j]!, 5);
      });
      expect(mask![row]!.reduce((a, b) => a + b, 0)).toBe(g.tokens.length);
    });
    tf.dispose([whole.logProbs, whole.entropy, whole.values!, chunked.logProbs, chunked.entropy, chunked.values!, batch.ids, batch.keyMask, batch.tokens, batch.mask]);
    model.dispose();
  });
});
