import { describe, expect, it } from 'vitest';
import { tf } from '../../src/tf.js';
import { ConfigError } from '../../src/errors.js';
import { KVCache, Transformer, resolveTransformerConfig, transformerPresetNames } from '../../src/model/index.js';
import { leftPad, maxAbsDiff, peakedModel } from './helpers.js';

describe('resolveTransformerConfig', () => {
  it('resolves every preset', () => {
    for (const name of transformerPresetNames) {
      const config = resolveTransformerConfig(name);
      expect(config.dModel % config.nHeads).toBe(0);
    }
    expect(resolveTransformerConfig('qwen2.5-0.5b').attentionBias).toBe(true);
    expect(resolveTransformerConfig({ preset: 'llama-tiny', nLayers: 3 }).nLayers).toBe(3);
  });

  it('names the field that is wrong', () => {
    expect(() => resolveTransformerConfig({ preset: 'gpt2-tiny', dModel: 30 })).toThrow(/config\.dModel \(30\).*nHeads/);
    expect(() => resolveTransformerConfig({ preset: 'llama-tiny', nKvHeads: 3 })).toThrow(/config\.nKvHeads/);
    expect(() => resolveTransformerConfig({ preset: 'gpt2-tiny', vocabSize: 0 })).toThrow(/config\.vocabSize/);
    expect(() => resolveTransformerConfig({ family: 'llama', dModel: 32, nHeads: 4, nLayers: 1 })).toThrow(/config\.vocabSize is required/);
    expect(() => resolveTransformerConfig('gpt5')).toThrow(/Unknown model preset "gpt5".*gpt2-tiny/);
    expect(() => resolveTransformerConfig({ preset: 'gpt2-tiny', eosTokenId: 999 })).toThrow(ConfigError);
  });
});

describe.each(['gpt2-tiny', 'llama-tiny'] as const)('Transformer %s', (preset) => {
  it('initialises from the seed: same seed same weights, residual projections scaled', () => {
    const a = new Transformer(resolveTransformerConfig(preset), { seed: 3 });
    const b = new Transformer(resolveTransformerConfig(preset), { seed: 3 });
    const c = new Transformer(resolveTransformerConfig(preset), { seed: 4 });
    const qa = a.params.get('layers.0.attn.q.weight')!.dataSync();
    expect(Array.from(qa)).toEqual(Array.from(b.params.get('layers.0.attn.q.weight')!.dataSync()));
    expect(maxAbsDiff(qa, c.params.get('layers.0.attn.q.weight')!.dataSync())).toBeGreaterThan(0);
    const std = (v: tf.Variable): number => tf.tidy(() => tf.moments(v).variance.sqrt().dataSync()[0]!);
    expect(std(a.params.get('embed.weight')!)).toBeCloseTo(0.02, 2);
    expect(std(a.params.get('layers.1.mlp.down.weight')!)).toBeCloseTo(0.02 / Math.sqrt(4), 2);
    expect(a.params.get('layers.0.norm1.weight')!.dataSync()[0]).toBe(1);
    expect(a.params.has('lmHead.weight')).toBe(false);
    for (const m of [a, b, c]) m.dispose();
  });

  it('forward gives [B, T, V] logits; loss and tokenLogProbs agree', () => {
    const model = peakedModel(preset);
    const ids = [[1, 2, 3, 4, 5], [9, 8, 7, 6, 5]];
    const logits = model.logits(ids);
    expect(logits.shape).toEqual([2, 5, 259]);
    const x = tf.tensor2d(ids, undefined, 'int32');
    const targets = tf.tensor2d([[2, 3, 4, 5, 6], [8, 7, 6, 5, 4]], undefined, 'int32');
    const lp = model.tokenLogProbs(x, targets);
    const loss = model.loss(x, targets);
    expect(lp.shape).toEqual([2, 5]);
    expect(loss.dataSync()[0]).toBeCloseTo(-tf.mean(lp).dataSync()[0]!, 4);
    tf.dispose([logits, x, targets, lp, loss]);
    model.dispose();
  });

  it('left-padded rows give the same logits as the rows alone', () => {
    const model = peakedModel(preset);
    const rows = [[5, 6, 7, 8, 9, 10, 11], [40, 41, 42], [100]];
    const { ids, mask } = leftPad(rows, 258);
    const padded = tf.tidy(() =>
      model.forward(tf.tensor2d(ids, undefined, 'int32'), { keyMask: tf.tensor2d(mask) }).logits);
    const data = padded.arraySync();
    rows.forEach((row, r) => {
      const alone = model.logits([row]);
      const offset = ids[0]!.length - row.length;
      const got = data[r]!.slice(offset).flat();
      expect(maxAbsDiff(got, alone.dataSync())).toBeLessThan(1e-4);
      alone.dispose();
    });
    padded.dispose();
    model.dispose();
  });

  // Capacity: grown on the way (4, then 8, then 16 positions), exact, and more than needed.
  it.each([undefined, 9, 30])('a KV cache (capacity %s) gives the same logits as the full sequence, with left padding', (capacity) => {
    const model = peakedModel(preset);
    const rows = [[5, 6, 7, 8, 9, 10, 11, 12, 13], [40, 41, 42, 43, 44]];
    const full = leftPad(rows, 258);
    const fullLogits = tf.tidy(() =>
      model.forward(tf.tensor2d(full.ids, undefined, 'int32'), { keyMask: tf.tensor2d(full.mask) }).logits.arraySync());
    const before = tf.memory().numTensors;
    const cache = new KVCache(model.config.nLayers, capacity === undefined ? {} : { capacity });
    const split = [4, 2, 1, 2]; // columns fed per step
    let start = 0;
    for (const n of split) {
      const chunk = tf.tidy(() => model.forward(
        tf.tensor2d(full.ids.map((r) => r.slice(start, start + n)), undefined, 'int32'),
        { keyMask: tf.tensor2d(full.mask.map((r) => r.slice(start, start + n))), cache },
      ).logits.arraySync());
      for (let r = 0; r < rows.length; r++) {
        for (let t = 0; t < n; t++) {
          if (full.mask[r]![start + t] === 0) continue;
          expect(maxAbsDiff(chunk[r]![t]!, fullLogits[r]![start + t]!)).toBeLessThan(1e-4);
        }
      }
      start += n;
    }
    expect(cache.length).toBe(9);
    cache.dispose();
    expect(tf.memory().numTensors).toBe(before);
    model.dispose();
  });

  it('releases every tensor on dispose, and on a failed construction', () => {
    const before = tf.memory().numTensors;
    const model = new Transformer(resolveTransformerConfig({ preset, tieEmbeddings: false, valueHead: true }), { seed: 0 });
    expect(tf.memory().numTensors).toBe(before + model.params.size);
    model.dispose();
    expect(tf.memory().numTensors).toBe(before);
    const weights = new Map([['embed.weight', tf.zeros([259, 32])], ['posEmbed.weight', tf.zeros([64, 32])], ['layers.0.norm1.weight', tf.zeros([31])]]);
    if (preset === 'llama-tiny') {
      weights.get('posEmbed.weight')!.dispose();
      weights.delete('posEmbed.weight');
    }
    expect(() => new Transformer(resolveTransformerConfig(preset), { weights })).toThrow(/"layers\.0\.norm1\.weight" has shape \[31\]/);
    tf.dispose([...weights.values()]);
    expect(tf.memory().numTensors).toBe(before);
  });

  it('keeps tf.memory().numTensors flat across forward passes', () => {
    const model = peakedModel(preset);
    const run = (): void => {
      const x = tf.tensor2d([[1, 2, 3], [4, 5, 6]], undefined, 'int32');
      const mask = tf.tensor2d([[0, 1, 1], [1, 1, 1]]);
      tf.dispose(model.forward(x, { keyMask: mask }).logits);
      tf.dispose([x, mask]);
    };
    run();
    const before = tf.memory().numTensors;
    for (let i = 0; i < 3; i++) run();
    expect(tf.memory().numTensors).toBe(before);
    model.dispose();
  });

  it('clones cheaply: same logits, independent after an update, frozen on request', () => {
    const model = peakedModel(preset, { valueHead: true });
    const before = tf.memory().numTensors;
    const reference = model.clone({ valueHead: false, trainable: false });
    expect(tf.memory().numTensors).toBe(before + reference.params.size);
    expect(reference.params.has('valueHead.weight')).toBe(false);
    expect(reference.trainableParams().size).toBe(0);
    const a = model.logits([[1, 2, 3]]);
    const b = reference.logits([[1, 2, 3]]);
    expect(maxAbsDiff(a.dataSync(), b.dataSync())).toBe(0);
    const q = model.params.get('layers.0.attn.q.weight')!;
    q.assign(tf.tidy(() => tf.mul(q, 2)));
    const a2 = model.logits([[1, 2, 3]]);
    const b2 = reference.logits([[1, 2, 3]]);
    expect(maxAbsDiff(a2.dataSync(), a.dataSync())).toBeGreaterThan(0);
    expect(maxAbsDiff(b2.dataSync(), b.dataSync())).toBe(0);
    tf.dispose([a, b, a2, b2]);
    reference.dispose();
    model.dispose();
  });

  it('has a value head when asked: values [B, T]', () => {
    const model = new Transformer(resolveTransformerConfig({ preset, valueHead: true }), { seed: 0 });
    const ids = tf.tensor2d([[1, 2, 3]], undefined, 'int32');
    const { logits, values } = model.forward(ids);
    ids.dispose();
    expect(values?.shape).toEqual([1, 3]);
    expect(model.trainableParams().has('valueHead.weight')).toBe(true);
    tf.dispose([logits, values!]);
    model.dispose();
  });

  it('exposes its linear layers and lets one be replaced', () => {
    const model = new Transformer(resolveTransformerConfig(preset), { seed: 0 });
    const names = [...model.linears().keys()];
    expect(names).toContain('layers.0.attn.q');
    expect(names).toContain('layers.1.mlp.down');
    const original = model.linears().get('layers.0.attn.v')!;
    const before = model.logits([[1, 2, 3]]);
    // A wrapper that doubles the output changes the logits; swapping back restores them.
    model.replaceLinear('layers.0.attn.v', {
      inFeatures: original.inFeatures,
      outFeatures: original.outFeatures,
      weight: original.weight,
      apply: (x) => tf.mul(original.apply(x), 2),
    });
    const changed = model.logits([[1, 2, 3]]);
    expect(maxAbsDiff(before.dataSync(), changed.dataSync())).toBeGreaterThan(1e-6);
    model.replaceLinear('layers.0.attn.v', original);
    const restored = model.logits([[1, 2, 3]]);
    expect(maxAbsDiff(before.dataSync(), restored.dataSync())).toBe(0);
    expect(() => model.replaceLinear('layers.9.attn.q', original)).toThrow(/No linear layer named/);
    tf.dispose([before, changed, restored]);
    model.dispose();
  });

  it('rejects sequences longer than the context', () => {
    const model = new Transformer(resolveTransformerConfig(preset), { seed: 0 });
    expect(() => model.logits([new Array<number>(65).fill(1)])).toThrow(/contextLength \(64\)/);
    model.dispose();
  });

  it('logits() names a token id outside the vocabulary instead of leaving it to the backend', () => {
    const model = new Transformer(resolveTransformerConfig(preset), { seed: 0 });
    const before = tf.memory().numTensors;
    const { vocabSize } = model.config;
    expect(() => model.logits([[1, 2], [3, vocabSize]])).toThrow(ConfigError);
    expect(() => model.logits([[1, 2], [3, vocabSize]])).toThrow(
      new RegExp(`Token id ${vocabSize} at row 1, position 1 is not an integer in \\[0, ${vocabSize}\\)`),
    );
    expect(() => model.logits([[-1]])).toThrow(/Token id -1 at row 0, position 0/);
    expect(() => model.logits([[0.5]])).toThrow(/Token id 0\.5 at row 0, position 0/);
    expect(tf.memory().numTensors).toBe(before);
    model.dispose();
  });
});

describe('Transformer.replaceEmbedding', () => {
  it('runs with the replacement in the input and the tied head (generation too), lists its variables, and goes back exactly', async () => {
    const model = new Transformer(resolveTransformerConfig('llama-tiny'), { seed: 5 });
    const rows = [[256, 72, 101, 108, 108, 111]];
    const base = tf.tidy(() => model.logits(rows).dataSync());
    const [baseOut] = await model.generate([rows[0]!], { maxNewTokens: 6 });
    const scale = tf.variable(tf.scalar(1.5), true);
    const embedding = {
      weight: () => tf.mul(model.params.get('embed.weight')!, scale) as tf.Tensor2D,
      extraParams: () => new Map([['scale', scale]]),
    };
    model.replaceEmbedding(embedding);
    expect([...model.trainableParams().keys()]).toContain('embed.scale');
    const scaled = tf.tidy(() => model.logits(rows).dataSync());
    expect(maxAbsDiff(scaled, base)).toBeGreaterThan(1e-3);
    const plain = new Transformer(resolveTransformerConfig('llama-tiny'), { seed: 5 });
    plain.params.get('embed.weight')!.assign(tf.tidy(() => tf.mul(plain.params.get('embed.weight')!, 1.5)));
    expect(maxAbsDiff(scaled, tf.tidy(() => plain.logits(rows).dataSync()))).toBeLessThan(1e-5);
    const [ours] = await model.generate([rows[0]!], { maxNewTokens: 6 }); // inference path: the tied head follows the replacement
    const [theirs] = await plain.generate([rows[0]!], { maxNewTokens: 6 });
    expect(ours!.tokens).toEqual(theirs!.tokens);
    model.replaceEmbedding(undefined);
    expect(Array.from(tf.tidy(() => model.logits(rows).dataSync()))).toEqual(Array.from(base));
    expect((await model.generate([rows[0]!], { maxNewTokens: 6 }))[0]!.tokens).toEqual(baseOut!.tokens);
    expect(() => model.replaceEmbedding({ weight: () => tf.zeros([3, 32]) as tf.Tensor2D, extraParams: () => new Map() })).toThrow(/Replacement embedding is \[3, 32\]/);
    scale.dispose();
    model.dispose();
    plain.dispose();
  });
});
