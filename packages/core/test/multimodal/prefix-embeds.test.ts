import { describe, expect, it } from 'vitest';
import { tf } from '../../src/tf.js';
import { Transformer, resolveTransformerConfig } from '../../src/model/index.js';
import { maxAbsDiff, peakedModel } from '../model/helpers.js';
import { textOnlyFingerprint } from './text-only-fingerprint.js';
import fingerprints from './text-only-logits.json' with { type: 'json' };

describe('Transformer prefixEmbeds', () => {
  it('leaves the text-only path bit-identical to the code before the seam', () => {
    expect(textOnlyFingerprint('gpt2-tiny')).toBe(fingerprints['gpt2-tiny']);
    expect(textOnlyFingerprint('llama-tiny')).toBe(fingerprints['llama-tiny']);
  });

  for (const preset of ['gpt2-tiny', 'llama-tiny'] as const) {
    it(`${preset}: a prefix of token embeddings gives the logits of those tokens as ids`, () => {
      const model = new Transformer(resolveTransformerConfig({ preset }), { seed: 5 });
      const prefixIds = [[256, 40, 41], [256, 50, 51]];
      const textIds = [[72, 105, 33], [65, 66, 67]];
      const [withPrefix, reference] = tf.tidy(() => {
        const prefixEmbeds = model.embedTokens(tf.tensor2d(prefixIds, undefined, 'int32'));
        const a = model.forward(tf.tensor2d(textIds, undefined, 'int32'), { prefixEmbeds }).logits;
        const b = model.forward(tf.tensor2d(prefixIds.map((p, i) => [...p, ...textIds[i]!]), undefined, 'int32')).logits;
        return [a.dataSync(), b.dataSync()];
      });
      expect(withPrefix.length).toBe(2 * 6 * model.config.vocabSize);
      expect(maxAbsDiff(withPrefix, reference)).toBeLessThan(1e-5);
      model.dispose();
    });
  }

  it('matches a manual computation with a padded key mask, and under the KV cache', () => {
    const model = new Transformer(resolveTransformerConfig({ preset: 'llama-tiny' }), { seed: 2 });
    const prefix = tf.randomNormal([2, 4, model.config.dModel], 0, 0.1, 'float32', 7) as tf.Tensor3D;
    const ids = tf.tensor2d([[258, 65, 66], [67, 68, 69]], undefined, 'int32');
    const keyMask = tf.tensor2d([[0, 1, 1], [1, 1, 1]]);
    const out = tf.tidy(() => {
      // Manual: the full key mask covers the prefix (always real) and the tokens.
      const manual = model.forward(ids, { prefixEmbeds: prefix, keyMask }).logits;
      const embeds = tf.concat([prefix, model.embedTokens(ids)], 1);
      expect(embeds.shape).toEqual([2, 7, model.config.dModel]);
      return manual.arraySync();
    });
    // Row 0 (one pad token) must equal an unpadded run of its real tokens after the prefix.
    const unpadded = tf.tidy(() => model.forward(tf.tensor2d([[65, 66]], undefined, 'int32'), {
      prefixEmbeds: tf.slice(prefix, [0, 0, 0], [1, 4, model.config.dModel]) as tf.Tensor3D,
    }).logits.arraySync());
    expect(maxAbsDiff(out[0]!.slice(5).flat(), unpadded[0]!.slice(4).flat())).toBeLessThan(1e-5);
    expect(maxAbsDiff(out[0]!.slice(0, 4).flat(), unpadded[0]!.slice(0, 4).flat())).toBeLessThan(1e-5);
    tf.dispose([prefix, ids, keyMask]);
    model.dispose();
  });

  it('generate: a prefix gives the same continuation with and without the KV cache, and as the same tokens given as ids', async () => {
    const model = peakedModel('gpt2-tiny');
    const prefixIds = [[256, 80, 81, 82], [256, 90, 91, 92]];
    const prompts = [[70], [71, 72]];
    const prefixEmbeds = tf.tidy(() => model.embedTokens(tf.tensor2d(prefixIds, undefined, 'int32')));
    const cached = await model.generate(prompts, { prefixEmbeds, maxNewTokens: 6 });
    const before = tf.memory().numTensors; // after the first call, which caches the tied output head
    await model.generate(prompts, { prefixEmbeds, maxNewTokens: 6 });
    const uncached = await model.generate(prompts, { prefixEmbeds, maxNewTokens: 6, useCache: false });
    expect(tf.memory().numTensors).toBe(before);
    const asIds = await model.generate(prompts.map((p, i) => [...prefixIds[i]!, ...p]), { maxNewTokens: 6 });
    expect(cached.map((r) => r.tokens)).toEqual(asIds.map((r) => r.tokens));
    expect(uncached.map((r) => r.tokens)).toEqual(asIds.map((r) => r.tokens));
    expect(maxAbsDiff(cached.flatMap((r) => r.logProbs), asIds.flatMap((r) => r.logProbs))).toBeLessThan(1e-4);
    prefixEmbeds.dispose();
    model.dispose();
  });

  it('refuses a prefix of the wrong shape, and counts its positions against the context', async () => {
    const model = new Transformer(resolveTransformerConfig({ preset: 'gpt2-tiny' }), { seed: 1 });
    const ids = tf.tensor2d([[65, 66]], undefined, 'int32');
    const wrongWidth = tf.zeros([1, 3, 8]) as tf.Tensor3D;
    expect(() => model.forward(ids, { prefixEmbeds: wrongWidth })).toThrow(/prefixEmbeds must be \[B, P, dModel\] = \[1, P, 32\]/);
    const long = tf.zeros([1, 63, 32]) as tf.Tensor3D;
    expect(() => model.forward(ids, { prefixEmbeds: long })).toThrow(/65 tokens exceeds config.contextLength \(64\)/);
    await expect(model.generate([[65, 66]], { prefixEmbeds: long })).rejects.toThrow(/less the 63 prefix positions/);
    const fits = tf.zeros([1, 60, 32]) as tf.Tensor3D;
    const [result] = await model.generate([[65, 66]], { prefixEmbeds: fits, maxNewTokens: 10 });
    expect(result!.tokens.length).toBe(2); // 60 + 2 + 2 = 64 positions
    expect(result!.finishReason).toBe('length');
    tf.dispose([ids, wrongWidth, long, fits]);
    model.dispose();
  });
});
