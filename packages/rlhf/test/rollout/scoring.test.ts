import { beforeAll, describe, expect, it } from 'vitest';
import { cpu, tf, useBackend } from '@stagecoach/core';
import { tinyModel } from '@stagecoach/core/testing';
import { rolloutBatch, scoreBatch } from '../../src/index.js';

beforeAll(async () => {
  await useBackend(cpu());
});

const UNTRUNCATED = { temperature: 1, topK: 0, topP: 1 };

/** `log Σ exp(xs)` in float64. */
const logSumExp = (xs: number[]) => {
  const max = Math.max(...xs);
  return max + Math.log(xs.reduce((a, x) => a + Math.exp(x - max), 0));
};

describe('rollout scoring', () => {
  it("recomputes generate's log-probs and values from one forward over the padded layout, in one pass or in chunks", async () => {
    const { model } = tinyModel({ family: 'llama', seed: 4, valueHead: true });
    const prompts = [[256, 72, 105], [256, 65], [256, 1, 2, 3, 4, 5]];
    const generated = await model.generate(prompts, { maxNewTokens: 5, temperature: 1, seed: 7, stopTokens: [10] });
    const batch = rolloutBatch(prompts, generated.map((g) => g.tokens), 258);
    const whole = scoreBatch(model, batch, UNTRUNCATED, 0);
    const chunked = scoreBatch(model, batch, UNTRUNCATED, 2);
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

  it('with top-k / top-p: samples stay in the kept set, and log-probs are those of the truncated distribution generate drew from', async () => {
    const { model } = tinyModel({ family: 'llama', seed: 4 });
    const prompts = [[256, 72, 105], [256, 65], [256, 1, 2, 3, 4, 5], [256, 9]];
    for (const sampling of [{ temperature: 0.7, topK: 5, topP: 1 }, { temperature: 1.3, topK: 0, topP: 0.3 }, { temperature: 1, topK: 8, topP: 0.5 }]) {
      const generated = await model.generate(prompts, { maxNewTokens: 8, ...sampling, seed: 11, stopTokens: [10] });
      const batch = rolloutBatch(prompts, generated.map((g) => g.tokens), 258);
      const scores = scoreBatch(model, batch, sampling, 0);
      const logits = tf.tidy(() => tf.slice(model.forward(batch.ids, { keyMask: batch.keyMask }).logits, [0, batch.promptWidth - 1, 0], [prompts.length, batch.responseWidth, 259]));
      const [logProbs, rows] = [(await scores.logProbs.array()) as number[][], (await logits.array()) as number[][][]];
      generated.forEach((g, row) => {
        g.tokens.forEach((token, j) => {
          // The reference computation: the kept set from the sorted tempered logits, then the renormalised softmax over it.
          const scaled = rows[row]![j]!.map((x) => x / sampling.temperature);
          const order = scaled.map((_, v) => v).sort((a, b) => scaled[b]! - scaled[a]!);
          let kept = sampling.topK > 0 ? order.slice(0, sampling.topK) : order;
          const z = logSumExp(kept.map((v) => scaled[v]!));
          let mass = 0;
          kept = kept.filter((v) => (mass += Math.exp(scaled[v]! - z)) - Math.exp(scaled[v]! - z) < sampling.topP);
          expect(kept).toContain(token);
          const expected = scaled[token]! - logSumExp(kept.map((v) => scaled[v]!));
          expect(logProbs[row]![j]).toBeCloseTo(expected, 4);
          expect(logProbs[row]![j]).toBeCloseTo(g.logProbs[j]!, 4);
        });
      });
      tf.dispose([scores.logProbs, scores.entropy, logits, batch.ids, batch.keyMask, batch.tokens, batch.mask]);
    }
    model.dispose();
  });

  it('a token outside the kept set (the reference\'s, or the policy\'s after an update) gets the untruncated log-prob, not −∞', async () => {
    const { model } = tinyModel({ family: 'llama', seed: 4 });
    const prompt = [256, 72, 105];
    const next = Array.from(tf.tidy(() => tf.squeeze(model.forward(tf.tensor2d([prompt], [1, 3], 'int32')).logits.slice([0, 2, 0], [1, 1, 259]))).dataSync());
    const order = next.map((_, v) => v).sort((a, b) => next[b]! - next[a]!);
    const [best, worst] = [order[0]!, order.at(-1)!];
    const batch = rolloutBatch([prompt, prompt], [[best], [worst]], 258);
    const sampling = { temperature: 0.5, topK: 3, topP: 1 };
    const scores = scoreBatch(model, batch, sampling, 0);
    const logProbs = (await scores.logProbs.array()) as number[][];
    const [inSet, outside] = [logProbs[0]![0]!, logProbs[1]![0]!];
    const scaled = next.map((x) => x / sampling.temperature);
    expect(inSet).toBeCloseTo(scaled[best]! - logSumExp(order.slice(0, 3).map((v) => scaled[v]!)), 4);
    expect(outside).toBeCloseTo(scaled[worst]! - logSumExp(scaled), 4);
    tf.dispose([scores.logProbs, scores.entropy, batch.ids, batch.keyMask, batch.tokens, batch.mask]);
    model.dispose();
  });
});
