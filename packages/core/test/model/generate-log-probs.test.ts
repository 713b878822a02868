import { describe, expect, it } from 'vitest';
import { tf } from '../../src/tf.js';
import { samplingLogProbs } from '../../src/model/index.js';
import type { GenerationResult, SamplingOptions, Transformer } from '../../src/model/index.js';
import { expectSameGenerations, maxAbsDiff, peakedModel } from './helpers.js';

const prompts = [[256, 72, 101, 108, 108, 111], [256, 7], [256, 30, 31, 32, 33, 34, 35, 36, 37, 38]];

const settings: Array<SamplingOptions & { seed?: number }> = [
  { temperature: 0, topK: 0, topP: 1 },
  { temperature: 1, topK: 0, topP: 1, seed: 3 },
  { temperature: 0.7, topK: 20, topP: 1, seed: 4 },
  { temperature: 0.9, topK: 0, topP: 0.8, seed: 5 },
  { temperature: 1.3, topK: 30, topP: 0.9, seed: 6 },
];

/** The full model run on prompt + new tokens alone: logits and values at the positions that chose each new token. */
function replay(model: Transformer, prompt: number[], result: GenerationResult): { logits: tf.Tensor2D; values?: tf.Tensor1D } {
  return tf.tidy(() => {
    const seq = [...prompt, ...result.tokens];
    const { logits, values } = model.forward(tf.tensor2d([seq], undefined, 'int32'));
    const n = result.tokens.length;
    const start = prompt.length - 1;
    const picked = tf.reshape(tf.slice(logits, [0, start, 0], [1, n, -1]), [n, model.config.vocabSize]) as tf.Tensor2D; // [n, V]
    if (values === undefined) return { logits: picked };
    return { logits: picked, values: tf.reshape(tf.slice(values, [0, start], [1, n]), [n]) as tf.Tensor1D };
  });
}

describe.each(['gpt2-tiny', 'llama-tiny'] as const)('generate log-probs and values, %s', (preset) => {
  it('returned log-probs equal the log-probs recomputed by a full forward under the same truncated distribution', async () => {
    const model = peakedModel(preset, { valueHead: true });
    for (const { seed, ...sampling } of settings) {
      const results = await model.generate(prompts, { ...sampling, ...(seed === undefined ? {} : { seed }), maxNewTokens: 10, stopTokens: [] });
      results.forEach((result, row) => {
        expect(result.logProbs).toHaveLength(result.tokens.length);
        expect(result.logProbs.every((lp) => Number.isFinite(lp) && lp <= 0)).toBe(true);
        const { logits, values } = replay(model, prompts[row]!, result);
        const recomputed = tf.tidy(() => samplingLogProbs(logits, tf.tensor1d(result.tokens, 'int32'), sampling));
        expect(maxAbsDiff(recomputed.dataSync(), result.logProbs)).toBeLessThan(1e-4);
        // The value head's output at the same positions as a full forward's.
        expect(maxAbsDiff(values!.dataSync(), result.values!)).toBeLessThan(1e-4);
        tf.dispose([logits, values!, recomputed]);
      });
    }
    model.dispose();
  });

  it('a truncated distribution gives larger log-probs than the untruncated softmax at the same temperature', async () => {
    const model = peakedModel(preset);
    const sampling = { temperature: 1, topK: 5, topP: 0.7 };
    const [result] = await model.generate([prompts[0]!], { ...sampling, seed: 1, maxNewTokens: 8, stopTokens: [] });
    const { logits } = replay(model, prompts[0]!, result!);
    const full = tf.tidy(() => samplingLogProbs(logits, tf.tensor1d(result!.tokens, 'int32'), { temperature: 1, topK: 0, topP: 1 }));
    const untruncated = Array.from(full.dataSync());
    untruncated.forEach((lp, i) => expect(result!.logProbs[i]).toBeGreaterThanOrEqual(lp - 1e-6));
    expect(result!.logProbs.some((lp, i) => lp > untruncated[i]! + 0.01)).toBe(true); // the truncation shows
    tf.dispose([logits, full]);
    expect(result!.values).toBeUndefined(); // no value head, no values
    model.dispose();
  });

  it('batched prompts of different lengths give each prompt the greedy output it gets alone', async () => {
    const model = peakedModel(preset, { valueHead: true });
    const batched = await model.generate(prompts, { maxNewTokens: 12, stopTokens: [] });
    expectSameGenerations(await model.generate(prompts, { maxNewTokens: 12, stopTokens: [], useCache: false }), batched);
    for (const [row, prompt] of prompts.entries()) {
      const alone = await model.generate([prompt], { maxNewTokens: 12, stopTokens: [] });
      expectSameGenerations([batched[row]!], alone);
      expect(alone[0]!.values).toHaveLength(12);
    }
    model.dispose();
  });

  it('leaves no tensors behind with a value head, sampling and truncation, cached or not', async () => {
    const model = peakedModel(preset, { valueHead: true });
    await model.generate(prompts, { maxNewTokens: 2 });
    const before = tf.memory().numTensors;
    await model.generate(prompts, { maxNewTokens: 6, temperature: 0.8, topK: 10, topP: 0.9, seed: 2 });
    await model.generate(prompts, { maxNewTokens: 6, useCache: false });
    expect(tf.memory().numTensors).toBe(before);
    model.dispose();
  });
});

describe('samplingLogProbs', () => {
  const probs = [0.1, 0.2, 0.3, 0.4];
  const logits = (): tf.Tensor2D => tf.tensor2d([probs.map(Math.log)]);
  const logProbOf = (token: number, options: SamplingOptions): number =>
    tf.tidy(() => samplingLogProbs(logits(), tf.tensor1d([token], 'int32'), options).dataSync()[0]!);

  it('renormalises over the top-k, then the top-p nucleus, at the temperature', () => {
    expect(logProbOf(2, { temperature: 1, topK: 0, topP: 1 })).toBeCloseTo(Math.log(0.3), 5);
    expect(logProbOf(3, { temperature: 1, topK: 2, topP: 1 })).toBeCloseTo(Math.log(4 / 7), 5);
    expect(logProbOf(2, { temperature: 1, topK: 0, topP: 0.65 })).toBeCloseTo(Math.log(3 / 7), 5); // 0.4 + 0.3 reaches 0.65
    expect(logProbOf(0, { temperature: 1, topK: 2, topP: 1 })).toBe(-Infinity);
    const z = probs.map(Math.sqrt).reduce((a, b) => a + b, 0);
    expect(logProbOf(1, { temperature: 2, topK: 0, topP: 1 })).toBeCloseTo(Math.log(Math.sqrt(0.2) / z), 5);
    // top-k first, then top-p of the renormalised top-k: 4/7 < 0.6, so both stay.
    expect(logProbOf(2, { temperature: 1, topK: 2, topP: 0.6 })).toBeCloseTo(Math.log(3 / 7), 5);
    // Greedy reports the untruncated softmax of the raw logits.
    expect(logProbOf(3, { temperature: 0, topK: 0, topP: 1 })).toBeCloseTo(Math.log(0.4), 5);
    expect(logProbOf(3, { temperature: 1.5, topK: 1, topP: 1 })).toBeCloseTo(Math.log(0.4), 5);
  });

  it('is differentiable through the kept logits; the truncation is a constant', () => {
    const x = logits();
    const grad = tf.grad((l: tf.Tensor) => tf.sum(samplingLogProbs(l, tf.tensor1d([3], 'int32'), { temperature: 1, topK: 2, topP: 1 })))(x);
    // d log(softmax over {2, 3})[3] / d logits = onehot(3) - p, p = (0, 0, 3/7, 4/7).
    const expected = [0, 0, -3 / 7, 1 - 4 / 7];
    expect(maxAbsDiff(grad.dataSync(), expected)).toBeLessThan(1e-6);
    tf.dispose([x, grad]);
  });

  it('takes any leading shape and checks the targets match it', () => {
    const out = tf.tidy(() => samplingLogProbs(tf.zeros([2, 3, 5]), tf.zeros([2, 3], 'int32'), { temperature: 1, topK: 0, topP: 1 }));
    expect(out.shape).toEqual([2, 3]);
    expect(maxAbsDiff(out.dataSync(), new Array<number>(6).fill(Math.log(1 / 5)))).toBeLessThan(1e-6);
    out.dispose();
    expect(() => tf.tidy(() => samplingLogProbs(tf.zeros([2, 5]), tf.zeros([3], 'int32'), { temperature: 1, topK: 0, topP: 1 }))).toThrow(/targets must be \[2\]/);
    expect(() => tf.tidy(() => samplingLogProbs(tf.zeros([2, 5]), tf.zeros([2], 'int32'), { temperature: 1, topK: 0, topP: 0 }))).toThrow(/samplingLogProbs: topP must be in \(0, 1\]/);
  });
});
