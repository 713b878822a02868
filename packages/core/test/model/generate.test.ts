import { describe, expect, it } from 'vitest';
import { tf } from '../../src/tf.js';
import { Transformer, resolveTransformerConfig } from '../../src/model/index.js';
import { peakedModel } from './helpers.js';

const prompts = [[256, 72, 101, 108, 108, 111], [256, 7], [256, 30, 31, 32, 33, 34, 35, 36, 37, 38]];

describe.each(['gpt2-tiny', 'llama-tiny'] as const)('generate %s', (preset) => {
  it('KV-cache generation equals full recomputation (greedy and seeded sampling), batched', async () => {
    const model = peakedModel(preset);
    for (const options of [{ temperature: 0 }, { temperature: 1, seed: 7 }, { temperature: 0.8, topK: 20, topP: 0.9, seed: 3 }]) {
      const cached = await model.generate(prompts, { ...options, maxNewTokens: 12, stopTokens: [] });
      const uncached = await model.generate(prompts, { ...options, maxNewTokens: 12, stopTokens: [], useCache: false });
      expect(cached).toEqual(uncached);
      expect(cached.every((r) => r.tokens.length === 12 && r.finishReason === 'length')).toBe(true);
    }
    model.dispose();
  });

  it('streams every token through onToken', async () => {
    const model = peakedModel(preset);
    const seen: number[][] = prompts.map(() => []);
    const results = await model.generate(prompts, {
      maxNewTokens: 5, stopTokens: [], onToken: ({ row, token, step }) => { expect(step).toBe(seen[row]!.length); seen[row]!.push(token); },
    });
    expect(seen).toEqual(results.map((r) => r.tokens));
    model.dispose();
  });

  it('stopWhen ends a row early, keeping the triggering token, and leaves the other rows alone', async () => {
    const model = peakedModel(preset);
    const full = await model.generate(prompts, { maxNewTokens: 8, stopTokens: [] });
    const stopped = await model.generate(prompts, { maxNewTokens: 8, stopTokens: [], stopWhen: (tokens, row) => row === 1 && tokens.length === 3 });
    expect(stopped[1]).toEqual({ tokens: full[1]!.tokens.slice(0, 3), logProbs: full[1]!.logProbs.slice(0, 3), finishReason: 'stop' });
    expect([stopped[0], stopped[2]]).toEqual([full[0], full[2]]);
    model.dispose();
  });

  it('a prompt continues the same whether alone or in a batch of different lengths', async () => {
    const model = peakedModel(preset);
    const batched = await model.generate(prompts, { maxNewTokens: 8, temperature: 1, seed: 5, stopTokens: [] });
    const alone = await model.generate([prompts[0]!], { maxNewTokens: 8, temperature: 1, seed: 5, stopTokens: [] });
    expect(batched[0]).toEqual(alone[0]);
    const greedyAlone = await model.generate([prompts[1]!], { maxNewTokens: 8, stopTokens: [] });
    const greedyBatched = await model.generate(prompts, { maxNewTokens: 8, stopTokens: [] });
    expect(greedyBatched[1]).toEqual(greedyAlone[0]);
    model.dispose();
  });

  it('greedy picks the argmax of the logits at every step, also after the (tied) embedding is updated', async () => {
    const model = peakedModel(preset);
    const check = async (): Promise<number[]> => {
      const [result] = await model.generate([prompts[0]!], { maxNewTokens: 5, stopTokens: [] });
      const seq = [...prompts[0]!];
      for (const token of result!.tokens) {
        const logits = model.logits([seq]);
        const next = tf.tidy(() => tf.argMax(tf.slice(logits, [0, seq.length - 1, 0], [1, 1, -1]), -1).dataSync()[0]!);
        logits.dispose();
        expect(token).toBe(next);
        seq.push(token);
      }
      return result!.tokens;
    };
    const first = await check();
    const embed = model.params.get('embed.weight')!;
    embed.assign(tf.tidy(() => tf.reverse(embed, 1))); // an optimizer step assigns new data the same way
    const second = await check();
    expect(second).not.toEqual(first);
    model.dispose();
  });

  it('seeded sampling is reproducible; another seed gives another sample; topK=1 is greedy', async () => {
    const model = new Transformer(resolveTransformerConfig(preset), { seed: 2 }); // near-uniform logits
    const a = await model.generate(prompts, { temperature: 1, seed: 11, maxNewTokens: 10, stopTokens: [] });
    const b = await model.generate(prompts, { temperature: 1, seed: 11, maxNewTokens: 10, stopTokens: [] });
    const c = await model.generate(prompts, { temperature: 1, seed: 12, maxNewTokens: 10, stopTokens: [] });
    expect(a).toEqual(b);
    expect(a).not.toEqual(c);
    const greedy = await model.generate(prompts, { maxNewTokens: 10, stopTokens: [] });
    const topOne = await model.generate(prompts, { temperature: 1.5, topK: 1, seed: 9, maxNewTokens: 10, stopTokens: [] });
    expect(topOne).toEqual(greedy);
    model.dispose();
  });

  it('stops at a stop token (included) and reports finishReason', async () => {
    const model = peakedModel(preset);
    const [free] = await model.generate([prompts[0]!], { maxNewTokens: 6, stopTokens: [] });
    const stopAt = free!.tokens[2]!;
    const firstIndex = free!.tokens.indexOf(stopAt);
    const [stopped] = await model.generate([prompts[0]!], { maxNewTokens: 6, stopTokens: [stopAt] });
    expect(stopped).toEqual({ tokens: free!.tokens.slice(0, firstIndex + 1), logProbs: free!.logProbs.slice(0, firstIndex + 1), finishReason: 'stop' });
    // A stop token outside the vocabulary could never match: named instead of ignored.
    await expect(model.generate([prompts[0]!], { stopTokens: [model.config.vocabSize] })).rejects.toThrow(
      new RegExp(`stopTokens holds ${model.config.vocabSize}, not a token id in \\[0, ${model.config.vocabSize}\\)`),
    );
    await expect(model.generate([prompts[0]!], { stopTokens: [-1] })).rejects.toThrow(/stopTokens holds -1/);
    model.dispose();
  });

  it('stops rows at the context length and rejects prompts longer than it', async () => {
    const model = peakedModel(preset);
    const long = Array.from({ length: 60 }, (_, i) => (i * 7) % 256);
    const results = await model.generate([long, [256, 1]], { maxNewTokens: 10, stopTokens: [] });
    expect(results[0]).toMatchObject({ finishReason: 'length' });
    expect(results[0]!.tokens).toHaveLength(4); // 60 + 4 = contextLength 64
    expect(results[1]!.tokens).toHaveLength(10);
    const uncached = await model.generate([long, [256, 1]], { maxNewTokens: 10, stopTokens: [], useCache: false });
    expect(uncached).toEqual(results);
    await expect(model.generate([new Array<number>(65).fill(1)])).rejects.toThrow(/contextLength \(64\)/);
    await expect(model.generate([[]])).rejects.toThrow(/prompt 0 is empty/);
    await expect(model.generate([[1]], { topP: 0 })).rejects.toThrow(/topP/);
    model.dispose();
  });

  it('leaves no tensors behind across generate calls', async () => {
    const model = peakedModel(preset);
    await model.generate(prompts, { maxNewTokens: 3 });
    const before = tf.memory().numTensors;
    await model.generate(prompts, { maxNewTokens: 5, temperature: 1 });
    await model.generate(prompts, { maxNewTokens: 5, useCache: false });
    expect(tf.memory().numTensors).toBe(before);
    model.dispose();
  });
});
