import { describe, expect, it } from 'vitest';
import { tf } from '../../src/tf.js';
import { addValueHead, dropValueHead, resizePositions, resizeVocabulary } from '../../src/model/index.js';
import { Transformer } from '../../src/model/index.js';
import { maxAbsDiff, peakedModel } from './helpers.js';

const ids = [[256, 72, 101, 108, 108, 111, 1, 2]];

function values(model: Transformer, name: string): Float32Array {
  return model.params.get(name)!.dataSync() as Float32Array;
}

/** Rows `[from, to)` of a row-major `[R, width]` array. */
function rows(data: Float32Array, width: number, from: number, to: number): Float32Array {
  return data.slice(from * width, to * width);
}

/** Columns `[0, count)` of a row-major `[R, width]` array, row by row. */
function firstColumns(data: Float32Array, width: number, count: number): number[] {
  const out: number[] = [];
  for (let r = 0; r < data.length / width; r++) out.push(...data.slice(r * width, r * width + count));
  return out;
}

function logitsOf(model: Transformer, input = ids): Float32Array {
  const logits = model.logits(input);
  const data = logits.dataSync() as Float32Array;
  logits.dispose();
  return data;
}

describe.each([
  ['gpt2-tiny', true],
  ['llama-tiny', true],
  ['llama-tiny', false],
] as const)('resizeVocabulary %s, tied head %s', (preset, tieEmbeddings) => {
  it('adds rows (and output columns) and keeps the old ones bit-identical; the source model is untouched', async () => {
    const base = peakedModel(preset, { tieEmbeddings });
    const d = base.config.dModel;
    const oldVocab = base.config.vocabSize;
    const before = tf.memory().numTensors;
    const embedBefore = values(base, 'embed.weight');
    const grown = resizeVocabulary(base, 300, { seed: 4 });
    expect(grown.config.vocabSize).toBe(300);
    expect(base.config.vocabSize).toBe(oldVocab);
    expect(grown.params.get('embed.weight')!.shape).toEqual([300, d]);
    expect(rows(values(grown, 'embed.weight'), d, 0, oldVocab)).toEqual(embedBefore);
    expect(values(base, 'embed.weight')).toEqual(embedBefore);
    const fresh = rows(values(grown, 'embed.weight'), d, oldVocab, 300);
    const std = Math.sqrt(fresh.reduce((a, x) => a + x * x, 0) / fresh.length);
    expect(std).toBeGreaterThan(0.015);
    expect(std).toBeLessThan(0.025); // N(0, 0.02²), the model's own initialisation
    if (!tieEmbeddings) {
      expect(grown.params.get('lmHead.weight')!.shape).toEqual([d, 300]);
      expect(firstColumns(values(grown, 'lmHead.weight'), 300, oldVocab)).toEqual(Array.from(values(base, 'lmHead.weight')));
    }
    // Every other weight is shared, not copied: one new variable per parameter.
    expect(tf.memory().numTensors).toBe(before + grown.params.size);
    for (const [name, v] of base.params) {
      if (name !== 'embed.weight' && name !== 'lmHead.weight') expect(grown.params.get(name)!.dataSync()).toEqual(v.dataSync());
    }
    // Logits of the old tokens are unchanged; the model generates with the new vocabulary.
    const oldLogits = logitsOf(base);
    expect(maxAbsDiff(firstColumns(logitsOf(grown), 300, oldVocab), oldLogits)).toBeLessThan(1e-5);
    const [continued] = await grown.generate([[256, 299, 280]], { maxNewTokens: 3, temperature: 1, stopTokens: [] });
    expect(continued!.tokens.every((t) => t >= 0 && t < 300)).toBe(true);
    grown.dispose();
    expect(tf.memory().numTensors).toBe(before);
    expect(logitsOf(base)).toEqual(oldLogits); // the source model still works after the copy is disposed
    base.dispose();
  });

  it('seeds new rows, or sets them to the mean of the old rows', () => {
    const base = peakedModel(preset, { tieEmbeddings });
    const d = base.config.dModel;
    const [a, b, c] = [resizeVocabulary(base, 262, { seed: 1 }), resizeVocabulary(base, 262, { seed: 1 }), resizeVocabulary(base, 262, { seed: 2 })];
    expect(values(a, 'embed.weight')).toEqual(values(b, 'embed.weight'));
    expect(values(a, 'embed.weight')).not.toEqual(values(c, 'embed.weight'));
    const mean = resizeVocabulary(base, 262, { init: 'mean' });
    const expected = tf.tidy(() => tf.mean(base.params.get('embed.weight')!, 0).dataSync());
    for (let r = 259; r < 262; r++) expect(maxAbsDiff(rows(values(mean, 'embed.weight'), d, r, r + 1), expected)).toBeLessThan(1e-6);
    if (!tieEmbeddings) {
      const head = tf.tidy(() => tf.mean(base.params.get('lmHead.weight')!, 1).dataSync()); // [d]
      const added = tf.tidy(() => tf.slice(mean.params.get('lmHead.weight')!, [0, 261], [d, 1]).dataSync());
      expect(maxAbsDiff(added, head)).toBeLessThan(1e-6);
    }
    for (const m of [a, b, c, mean]) m.dispose();
    base.dispose();
  });

  it('refuses to shrink unless asked, and never below a special token', () => {
    const base = peakedModel(preset, { tieEmbeddings });
    expect(() => resizeVocabulary(base, 200)).toThrow(/smaller than the model's vocabulary \(259\); pass allowShrink: true/);
    expect(() => resizeVocabulary(base, 258, { allowShrink: true })).toThrow(/config.padTokenId is 258/);
    const before = tf.memory().numTensors;
    const shrunk = resizeVocabulary(base, 259, { allowShrink: true }); // same size: a plain copy
    expect(values(shrunk, 'embed.weight')).toEqual(values(base, 'embed.weight'));
    shrunk.dispose();
    const plain = dropSpecialTokens(base);
    const small = resizeVocabulary(plain, 100, { allowShrink: true });
    expect(small.config.vocabSize).toBe(100);
    expect(rows(values(small, 'embed.weight'), base.config.dModel, 0, 100)).toEqual(rows(values(base, 'embed.weight'), base.config.dModel, 0, 100));
    small.dispose();
    plain.dispose();
    expect(tf.memory().numTensors).toBe(before);
    base.dispose();
  });
});

/** A copy without bos/eos/pad ids (so any vocabulary size is valid). */
function dropSpecialTokens(model: Transformer): Transformer {
  const { bosTokenId: _b, eosTokenId: _e, padTokenId: _p, ...config } = model.config;
  return new Transformer(config, { weights: model.params });
}

describe('resizePositions', () => {
  it('append: old rows bit-identical, the same logits on sequences up to the old length', () => {
    const base = peakedModel('gpt2-tiny');
    const d = base.config.dModel;
    const longer = resizePositions(base, 96, { method: 'append', seed: 3 });
    expect(longer.config.contextLength).toBe(96);
    expect(longer.params.get('posEmbed.weight')!.shape).toEqual([96, d]);
    expect(rows(values(longer, 'posEmbed.weight'), d, 0, 64)).toEqual(values(base, 'posEmbed.weight'));
    expect(logitsOf(longer)).toEqual(logitsOf(base));
    const long = [Array.from({ length: 90 }, (_, i) => i % 256)];
    expect(logitsOf(longer, long)).toHaveLength(90 * 259);
    longer.dispose();
    base.dispose();
  });

  it('interpolate: the table stretched over the new length (64 → 127 puts old row i at 2i, midpoints between)', () => {
    const base = peakedModel('gpt2-tiny');
    const d = base.config.dModel;
    const old = values(base, 'posEmbed.weight');
    const stretched = resizePositions(base, 127, { method: 'interpolate' });
    expect(stretched.config.contextLength).toBe(127);
    const table = values(stretched, 'posEmbed.weight');
    for (let i = 0; i < 64; i++) expect(rows(table, d, 2 * i, 2 * i + 1)).toEqual(rows(old, d, i, i + 1));
    for (let i = 0; i < 63; i++) {
      const mid = rows(old, d, i, i + 1).map((x, j) => (x + old[(i + 1) * d + j]!) / 2);
      expect(maxAbsDiff(rows(table, d, 2 * i + 1, 2 * i + 2), mid)).toBeLessThan(1e-7);
    }
    stretched.dispose();
    base.dispose();
  });

  it('refuses a shorter table unless asked, bad methods, and the llama family (RoPE scaling instead)', () => {
    const base = peakedModel('gpt2-tiny');
    expect(() => resizePositions(base, 32, { method: 'append' })).toThrow(/shorter than the model's context \(64\); pass allowShrink: true/);
    const short = resizePositions(base, 32, { method: 'append', allowShrink: true });
    expect(rows(values(short, 'posEmbed.weight'), 32, 0, 32)).toEqual(rows(values(base, 'posEmbed.weight'), 32, 0, 32));
    short.dispose();
    expect(() => resizePositions(base, 128, { method: 'nearest' as 'append' })).toThrow(/method must be "interpolate" or "append"/);
    base.dispose();
    const llama = peakedModel('llama-tiny');
    expect(() => resizePositions(llama, 128, { method: 'interpolate' })).toThrow(/no learned position table.*config\.ropeScaling/);
    llama.dispose();
  });
});

describe.each(['gpt2-tiny', 'llama-tiny'] as const)('value head surgery, %s', (preset) => {
  it('adds a seeded value head without changing the language model, and drops it again', () => {
    const base = peakedModel(preset);
    const withHead = addValueHead(base, { seed: 5 });
    expect(withHead.config.valueHead).toBe(true);
    expect(withHead.params.get('valueHead.weight')!.shape).toEqual([base.config.dModel, 1]);
    expect(logitsOf(withHead)).toEqual(logitsOf(base));
    const again = addValueHead(base, { seed: 5 });
    expect(values(again, 'valueHead.weight')).toEqual(values(withHead, 'valueHead.weight'));
    const kept = addValueHead(withHead, { seed: 6 }); // already has one: kept
    expect(values(kept, 'valueHead.weight')).toEqual(values(withHead, 'valueHead.weight'));
    const without = dropValueHead(withHead);
    expect(without.config.valueHead).toBe(false);
    expect([...without.params.keys()].some((name) => name.startsWith('valueHead.'))).toBe(false);
    expect(logitsOf(without)).toEqual(logitsOf(base));
    for (const m of [withHead, again, kept, without]) m.dispose();
    base.dispose();
  });

  it('the new model outlives the one it came from (shared weights are reference-counted)', () => {
    const base = peakedModel(preset);
    const expected = logitsOf(base);
    const before = tf.memory().numTensors;
    const resized = resizePositionsIfGpt2(resizeVocabulary(base, 270));
    const policy = addValueHead(resized);
    resized.dispose();
    base.dispose();
    expect(maxAbsDiff(firstColumns(logitsOf(policy), 270, 259), expected)).toBeLessThan(1e-5);
    policy.dispose();
    expect(tf.memory().numTensors).toBe(before - base.params.size);
  });

  it('keeps trainable flags, and refuses a model with swapped-in layers (adapters)', () => {
    const base = peakedModel(preset);
    base.params.get('embed.weight')!.trainable = false;
    const withHead = addValueHead(base);
    expect(withHead.params.get('embed.weight')!.trainable).toBe(false);
    expect(withHead.params.get('valueHead.weight')!.trainable).toBe(true);
    const q = base.linears().get('layers.0.attn.q')!;
    base.replaceLinear('layers.0.attn.q', { inFeatures: q.inFeatures, outFeatures: q.outFeatures, weight: q.weight, apply: (x) => q.apply(x) });
    expect(() => resizeVocabulary(base, 300)).toThrow(/layers\.0\.attn\.q were swapped in with replaceLinear/);
    expect(() => dropValueHead(base)).toThrow(/Merge the adapters/);
    withHead.dispose();
    base.dispose();
    expect(() => addValueHead(base)).toThrow(/disposed/);
  });
});

/** gpt2: a copy with 8 appended positions, disposing `model`; llama: `model` itself. */
function resizePositionsIfGpt2(model: Transformer): Transformer {
  if (model.config.family !== 'gpt2') return model;
  const longer = resizePositions(model, model.config.contextLength + 8, { method: 'append' });
  model.dispose();
  return longer;
}
