import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tf } from '../../src/tf.js';
import { useBackend, wasm } from '../../src/backends/index.js';
import { loadPretrained } from '../../src/pretrained/index.js';
import { expectSameGenerations, maxAbsDiff, peakedModel } from './helpers.js';

/** The model on the wasm backend (its kernels replace some of tfjs-backend-wasm's) against the PyTorch fixtures. */
describe('Transformer on the wasm backend', () => {
  beforeAll(async () => {
    await useBackend(wasm());
  });
  afterAll(async () => {
    await tf.setBackend('cpu');
  });

  it.each(['gpt2-tiny', 'llama-tiny', 'qwen2-tiny'])('matches the PyTorch logits of %s', async (name) => {
    const dir = fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url));
    const expected = JSON.parse(readFileSync(`${dir}/expected.json`, 'utf8')) as { rows: Array<{ ids: number[]; logits: number[][] }> };
    const { model } = await loadPretrained(dir);
    expect(tf.getBackend()).toBe('wasm');
    for (const row of expected.rows) {
      const logits = model.logits([row.ids]);
      expect(maxAbsDiff(logits.dataSync(), row.logits.flat())).toBeLessThan(1e-4);
      logits.dispose();
    }
    model.dispose();
  });

  it('generates the same with and without the KV cache, leaking nothing', async () => {
    const model = peakedModel('llama-tiny');
    const prompts = [[256, 1, 2, 3, 4, 5], [256, 9]];
    const options = { maxNewTokens: 8, temperature: 0.9, seed: 1, stopTokens: [] };
    const cached = await model.generate(prompts, options);
    const before = tf.memory().numTensors;
    const uncached = await model.generate(prompts, { ...options, useCache: false });
    expectSameGenerations(uncached, cached); // same tokens; log-probs up to float rounding
    expect(tf.memory().numTensors).toBe(before);
    model.dispose();
  });
});
