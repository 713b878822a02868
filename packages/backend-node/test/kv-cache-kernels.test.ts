import { beforeAll, describe, expect, it } from 'vitest';
import { CACHED_ATTENTION_KERNEL, KVCache, KV_CACHE_WRITE_KERNEL, Transformer, kvCacheWrite, resolveTransformerConfig, tf } from '@stagecoach/core';
import type { TransformerConfig } from '@stagecoach/core';
import { checkConformance } from '@stagecoach/core/testing';
import { nativeBuilt, useNative } from './helpers.js';

/** The backend's storage of a tensor (the typed array tfjs-backend-cpu keeps under its dataId). */
function storage(t: tf.Tensor): unknown {
  return (tf.engine().backend as unknown as { data: { get(id: object): { values: unknown } } }).data.get(t.dataId).values;
}

describe.skipIf(!nativeBuilt)('KV-cache kernels on node-native', () => {
  beforeAll(useNative);

  it("pass core's conformance cases (cachedAttention values and gradients, kvCacheWrite)", async () => {
    expect(tf.getKernel(KV_CACHE_WRITE_KERNEL, 'node-native')).toBeDefined();
    expect(tf.getKernel(CACHED_ATTENTION_KERNEL, 'node-native')).toBeDefined();
    const report = await checkConformance({ ops: ['cachedAttention', 'kvCacheWrite'] });
    expect(report.results.length).toBe(6);
    expect(report.results.filter((r) => !r.ok), JSON.stringify(report.results)).toEqual([]);
  });

  it('a donated cache is written in place; a cache someone else holds (a clone) is copied and stays as it was', () => {
    const cache = tf.tensor4d([1, 2, 3, 4, 5, 6, 7, 8], [1, 2, 4, 1]);
    const buffer = storage(cache);
    const first = kvCacheWrite(cache, tf.tensor4d([10, 20], [1, 2, 1, 1]), 0, { donate: true });
    expect(cache.isDisposed).toBe(true);
    expect(storage(first)).toBe(buffer); // no copy
    expect(Array.from(first.dataSync())).toEqual([10, 2, 3, 4, 20, 6, 7, 8]);
    const held = tf.clone(first); // shares the buffer: the write must not reach it
    const second = kvCacheWrite(first, tf.tensor4d([30, 40], [1, 2, 1, 1]), 1, { donate: true });
    expect(storage(second)).not.toBe(buffer);
    expect(Array.from(held.dataSync())).toEqual([10, 2, 3, 4, 20, 6, 7, 8]);
    expect(Array.from(second.dataSync())).toEqual([10, 30, 3, 4, 20, 40, 7, 8]);
    const plain = kvCacheWrite(held, tf.tensor4d([0, 0], [1, 2, 1, 1]), 3); // not donated: a copy
    expect(Array.from(held.dataSync())).toEqual([10, 2, 3, 4, 20, 6, 7, 8]);
    expect(Array.from(plain.dataSync())).toEqual([10, 2, 3, 0, 20, 6, 7, 0]);
    tf.dispose([held, second, plain]);
  });

  it.each([undefined, 2, 9])('a KV cache of capacity %s (undefined and 2 grow in place) gives the logits of the full sequence', (capacity) => {
    const model = new Transformer(resolveTransformerConfig({ preset: 'llama-tiny', nHeads: 4, nKvHeads: 2 }), { seed: 5 });
    const ids = [[5, 6, 7, 8, 9, 10, 11, 12, 13], [0, 0, 0, 0, 40, 41, 42, 43, 44]];
    const mask = ids.map((row, r) => row.map((_, t) => (r === 1 && t < 4 ? 0 : 1)));
    const full = tf.tidy(() => model.forward(tf.tensor2d(ids, undefined, 'int32'), { keyMask: tf.tensor2d(mask) }).logits.arraySync());
    const before = tf.memory().numTensors;
    const cache = new KVCache(model.config.nLayers, capacity === undefined ? {} : { capacity });
    let start = 0;
    for (const n of [4, 2, 1, 2]) { // columns per step: capacity undefined grows 4 -> 8 -> 16
      const cols = (rows: number[][]) => rows.map((r) => r.slice(start, start + n));
      const chunk = tf.tidy(() => model.forward(tf.tensor2d(cols(ids), undefined, 'int32'), { keyMask: tf.tensor2d(cols(mask)), cache }).logits.arraySync());
      chunk.forEach((row, r) => row.forEach((logits, t) => {
        if (mask[r]![start + t] === 0) return;
        const want = full[r]![start + t]!;
        expect(Math.max(...logits.map((x, i) => Math.abs(x - want[i]!)))).toBeLessThan(1e-4);
      }));
      start += n;
    }
    cache.dispose();
    expect(tf.memory().numTensors).toBe(before);
    model.dispose();
  });

  const configs: Array<[string, TransformerConfig]> = [
    ['gpt2-tiny', resolveTransformerConfig({ preset: 'gpt2-tiny' })],
    ['llama-tiny GQA', resolveTransformerConfig({ preset: 'llama-tiny', nHeads: 4, nKvHeads: 2 })],
  ];
  it.each(configs)('%s: generation (greedy and sampled, ragged prompts) matches the cpu reference, tensors flat', async (_, config) => {
    const prompts = [[1, 2, 3, 4, 5, 6, 7], [9, 8], [3, 1, 4, 1, 5]];
    const run = async (backend: string) => {
      await tf.setBackend(backend);
      const model = new Transformer(config, { seed: 3 });
      for (const v of model.params.values()) if (v.rank === 2) v.assign(tf.tidy(() => tf.mul(v, 10))); // peaked: greedy far from ties
      const greedy = await model.generate(prompts, { maxNewTokens: 20, stopTokens: [] });
      const before = tf.memory().numTensors; // after the first run made the tied head's [d, V] copy
      const sampled = await model.generate(prompts, { maxNewTokens: 20, temperature: 1, seed: 4, stopTokens: [] });
      const leaked = tf.memory().numTensors - before;
      model.dispose();
      return { greedy, sampled, leaked };
    };
    const native = await run('node-native');
    const reference = await run('cpu');
    await tf.setBackend('node-native');
    expect(native.leaked).toBe(0);
    for (const kind of ['greedy', 'sampled'] as const) {
      native[kind].forEach((row, i) => {
        const want = reference[kind][i]!;
        expect(row.tokens).toEqual(want.tokens);
        row.logProbs.forEach((lp, t) => expect(Math.abs(lp - want.logProbs[t]!)).toBeLessThan(1e-4));
      });
    }
  });
});
