import { beforeAll, describe, expect, it } from 'vitest';
import { AdamW, ConfigError, cpu, optimizerStep, resizeVocabulary, tf, useBackend } from '@stagecoach/core';
import type { Transformer } from '@stagecoach/core';
import { tinyModel } from '@stagecoach/core/testing';
import { LoraLinear, applyLora, resolveLoraConfig } from '../src/index.js';

beforeAll(async () => {
  await useBackend(cpu());
});

const ROWS = [[256, 72, 101, 108, 108, 111, 44, 32], [256, 84, 104, 101, 32, 113, 117, 105]];

function logits(model: Transformer): Float32Array {
  const t = model.logits(ROWS);
  const values = t.dataSync() as Float32Array;
  t.dispose();
  return values;
}

function maxAbsDiff(a: Float32Array, b: Float32Array): number {
  let m = 0;
  for (let i = 0; i < a.length; i++) m = Math.max(m, Math.abs(a[i]! - b[i]!));
  return m;
}

describe('resolveLoraConfig', () => {
  it('fills PEFT defaults and scales by alpha / r or alpha / √r', () => {
    expect(resolveLoraConfig()).toMatchObject({ r: 8, alpha: 8, dropout: 0, useRsLora: false, init: 'kaiming', scale: 1 });
    expect(resolveLoraConfig({ r: 4, alpha: 16, useRsLora: true }).scale).toBe(8);
  });

  it.each([
    [{ r: 0 }, /LoraConfig\.r must be a positive integer; got 0/],
    [{ r: 2.5 }, /LoraConfig\.r/],
    [{ alpha: -1 }, /LoraConfig\.alpha/],
    [{ dropout: 1 }, /LoraConfig\.dropout must be in \[0, 1\)/],
    [{ init: 'xavier' }, /LoraConfig\.init must be one of kaiming, gaussian, random/],
    [{ targetModules: [] }, /LoraConfig\.targetModules/],
    [{ targetModules: ['q_proj', 3] }, /LoraConfig\.targetModules\[1\]/],
    [{ rank: 8 }, /LoraConfig\.rank is not a LoRA option/],
  ])('refuses %o naming the field', (config, message) => {
    expect(() => resolveLoraConfig(config as never)).toThrow(message);
  });
});

describe('applyLora targets', () => {
  it('takes PEFT defaults, Hugging Face names, our names, RegExps and "all-linear"', () => {
    const cases: Array<[Parameters<typeof applyLora>[1], 'gpt2' | 'llama', string[]]> = [
      [{}, 'llama', ['layers.0.attn.q', 'layers.0.attn.v', 'layers.1.attn.q', 'layers.1.attn.v']],
      [{}, 'gpt2', ['layers.0.attn.q', 'layers.0.attn.k', 'layers.0.attn.v', 'layers.1.attn.q', 'layers.1.attn.k', 'layers.1.attn.v']],
      [{ targetModules: ['c_proj'] }, 'gpt2', ['layers.0.attn.o', 'layers.0.mlp.down', 'layers.1.attn.o', 'layers.1.mlp.down']],
      [{ targetModules: ['model.layers.1.mlp.down_proj', 'attn.o'] }, 'llama', ['layers.0.attn.o', 'layers.1.attn.o', 'layers.1.mlp.down']],
      [{ targetModules: [/layers\.0\..*/] }, 'llama', ['layers.0.attn.q', 'layers.0.attn.k', 'layers.0.attn.v', 'layers.0.attn.o', 'layers.0.mlp.up', 'layers.0.mlp.down', 'layers.0.mlp.gate']],
      [{ targetModules: 'all-linear', r: 4 }, 'gpt2', ['q', 'k', 'v', 'o', 'up', 'down'].flatMap((k) => [0, 1].map((l) => `layers.${l}.${k.length === 1 ? 'attn' : 'mlp'}.${k}`))],
    ];
    for (const [config, family, expected] of cases) {
      const { model } = tinyModel({ family });
      const lora = applyLora(model, config);
      expect([...lora.layers.keys()].sort(), JSON.stringify(config)).toEqual([...expected].sort());
      lora.dispose();
      model.dispose();
    }
  });

  it('names the target that matches nothing and lists the valid names', () => {
    const { model } = tinyModel({ family: 'llama' });
    expect(() => applyLora(model, { targetModules: ['q_proj', 'c_attn'] })).toThrow(
      /LoraConfig\.targetModules\[1\] \(c_attn\) matches no linear layer of this llama model\. Valid names: Hugging Face q_proj, k_proj, v_proj, o_proj, up_proj, down_proj, gate_proj; ours attn\.q/,
    );
    expect(() => applyLora(model, { r: 33 })).toThrow(/LoraConfig\.r \(33\) is larger than layer layers\.0\.attn\.q .*use r <= 32/);
    expect(() => applyLora(model, { modulesToSave: ['lm_head'] })).toThrow(/modulesToSave\[0\] \(lm_head\).*ties its output head/);
    expect(ConfigError.isInstance((() => { try { applyLora(model, { targetModules: ['nope'] }); } catch (e) { return e; } })())).toBe(true);
    // Nothing was changed by the refusals.
    expect([...model.params.values()].every((v) => v.trainable)).toBe(true);
    model.dispose();
  });

  it("refuses GPT-2's q without k and v (one c_attn module in PEFT)", () => {
    const { model } = tinyModel({ family: 'gpt2' });
    expect(() => applyLora(model, { targetModules: ['attn.q'] })).toThrow(/picks layers\.0\.attn\.q but not layers\.0\.attn\.k, layers\.0\.attn\.v.*Target c_attn/);
    model.dispose();
  });
});

describe.each(['gpt2', 'llama'] as const)('LoraModel (%s)', (family) => {
  it('with B = 0 equals the base exactly; disabled equals the base exactly', () => {
    const { model } = tinyModel({ family, seed: 3 });
    const base = logits(model);
    const lora = applyLora(model, { targetModules: 'all-linear', r: 4, alpha: 8 });
    expect(Array.from(logits(model))).toEqual(Array.from(base));
    lora.dispose();
    const random = applyLora(model, { targetModules: 'all-linear', r: 4, alpha: 8, init: 'random', seed: 5 });
    const adapted = logits(model);
    expect(maxAbsDiff(adapted, base)).toBeGreaterThan(1e-3);
    random.disable();
    expect(Array.from(logits(model))).toEqual(Array.from(base));
    random.enable();
    expect(Array.from(logits(model))).toEqual(Array.from(adapted));
    expect(Array.from(random.withAdaptersDisabled(() => logits(model)))).toEqual(Array.from(base));
    expect(random.enabled).toBe(true);
    random.dispose();
    model.dispose();
  });

  it('merged and unmerged give the same logits (1e-5); unload restores the base; mergeAndUnload keeps the update', () => {
    const { model } = tinyModel({ family, seed: 4 });
    const base = logits(model);
    const lora = applyLora(model, { targetModules: 'all-linear', r: 4, alpha: 16, init: 'random', seed: 6 });
    const adapted = logits(model);
    lora.merge();
    expect(lora.merged).toBe(true);
    expect(maxAbsDiff(logits(model), adapted)).toBeLessThan(1e-5);
    expect(() => lora.disable()).toThrow(/unmerge\(\) before disabling/);
    lora.unmerge(); // W - delta after W + delta: equal up to float rounding, as in PEFT
    expect(maxAbsDiff(logits(model), adapted)).toBeLessThan(1e-5);
    lora.disable();
    expect(maxAbsDiff(logits(model), base)).toBeLessThan(1e-6);
    lora.enable();
    const merged = lora.mergeAndUnload();
    expect(merged).toBe(model);
    expect([...model.linears().values()].some((l) => l instanceof LoraLinear)).toBe(false);
    expect(maxAbsDiff(logits(model), adapted)).toBeLessThan(1e-5);
    expect([...model.params.values()].every((v) => v.trainable)).toBe(true);
    model.dispose();
  });

  it('counts trainable parameters', () => {
    const { model } = tinyModel({ family });
    const lora = applyLora(model, { r: 2 });
    const counts = lora.parameterCounts();
    // Llama q, v: A [2, 32] + B [32 | 16, 2] per layer. GPT-2 c_attn: A [2, 32] + 3 B [32, 2].
    const perLayer = family === 'llama' ? 64 + 64 + 64 + 2 * model.config.nKvHeads * (32 / model.config.nHeads) : 64 + 3 * 64;
    expect(counts.trainable).toBe(2 * perLayer);
    expect(counts.total).toBe(model.numParams + counts.trainable);
    expect(counts.percent).toBeCloseTo((100 * counts.trainable) / counts.total, 10);
    expect([...lora.trainableParams().keys()].every((n) => /\.lora[AB]$/.test(n))).toBe(true);
    lora.dispose();
    model.dispose();
  });

  it('trains only A and B: base weights bit-identical after 20 AdamW steps, numTensors flat', async () => {
    const { model } = tinyModel({ family, seed: 7 });
    const before = new Map([...model.params].map(([name, v]) => [name, Array.from(v.dataSync())]));
    const lora = applyLora(model, { targetModules: 'all-linear', r: 4, alpha: 8, dropout: 0.1 });
    lora.train();
    const params = lora.trainableParams();
    const loraBefore = new Map([...params].map(([name, v]) => [name, Array.from(v.dataSync())]));
    const optimizer = new AdamW(params, { weightDecay: 0 });
    const ids = tf.tensor2d(ROWS.map((r) => r.slice(0, -1)), undefined, 'int32') as tf.Tensor2D;
    const targets = tf.tensor2d(ROWS.map((r) => r.slice(1)), undefined, 'int32') as tf.Tensor2D;
    const losses: number[] = [];
    let tensors = 0;
    for (let step = 0; step < 20; step++) {
      const result = await optimizerStep({
        params, optimizer, lr: 1e-2, microBatches: [{ tokens: 14 }], step, loss: () => model.loss(ids, targets),
      });
      losses.push(result.loss);
      if (step === 1) tensors = tf.memory().numTensors;
    }
    expect(tf.memory().numTensors).toBe(tensors);
    expect(losses[19]!).toBeLessThan(losses[0]!);
    for (const [name, v] of model.params) expect(Array.from(v.dataSync()), name).toEqual(before.get(name));
    for (const [name, v] of params) expect(Array.from(v.dataSync()), name).not.toEqual(loraBefore.get(name));
    tf.dispose([ids, targets]);
    optimizer.dispose?.();
    lora.dispose();
    model.dispose();
  });
});

describe('modulesToSave', () => {
  it("trains a copy of an untied lm_head; disabled runs the original; merge writes the copy back", () => {
    const { model } = tinyModel({ family: 'llama', config: { tieEmbeddings: false }, seed: 2 });
    const base = logits(model);
    const lora = applyLora(model, { modulesToSave: ['lm_head'] });
    expect([...lora.trainableParams().keys()].filter((n) => n.startsWith('lmHead'))).toEqual(['lmHead.saved.weight']);
    const saved = lora.savedModules.get('lmHead')!;
    saved.savedWeight.assign(tf.tidy(() => tf.mul(saved.savedWeight, 2)));
    const adapted = logits(model);
    expect(maxAbsDiff(adapted, base)).toBeGreaterThan(1e-3);
    expect(Array.from(lora.withAdaptersDisabled(() => logits(model)))).toEqual(Array.from(base));
    lora.mergeAndUnload();
    expect(maxAbsDiff(logits(model), adapted)).toBeLessThan(1e-6);
    model.dispose();
  });
});

describe('trainableTokenIndices', () => {
  it.each(['tied', 'untied'] as const)('trains only the new tokens\' embedding rows (%s head); disabled is the base; merge equals unmerged', async (head) => {
    const small = tinyModel({ family: 'llama', config: { tieEmbeddings: head === 'tied' }, seed: 4 }).model;
    const model = resizeVocabulary(small, 262, { seed: 1 }); // 3 chat-marker tokens: 259, 260, 261
    small.dispose();
    const rows = [[256, 259, 72, 105, 260, 261, 33, 257]];
    const rowLogits = () => tf.tidy(() => model.logits(rows).dataSync() as Float32Array);
    const before = new Map([...model.params].map(([name, v]) => [name, Array.from(v.dataSync())]));
    const base = rowLogits();
    const lora = applyLora(model, { r: 2, trainableTokenIndices: [259, 260, 261], ...(head === 'untied' ? { modulesToSave: ['lm_head'] } : {}) });
    expect(Array.from(rowLogits())).toEqual(Array.from(base)); // the rows start as the base's
    const params = lora.trainableParams();
    expect(params.get('embed.trainableTokens')!.shape).toEqual([3, 32]);
    const optimizer = new AdamW(params, { weightDecay: 0 });
    const ids = tf.tensor2d([rows[0]!.slice(0, -1)], undefined, 'int32') as tf.Tensor2D;
    const targets = tf.tensor2d([rows[0]!.slice(1)], undefined, 'int32') as tf.Tensor2D;
    let tensors = 0;
    for (let step = 0; step < 6; step++) {
      await optimizerStep({ params, optimizer, lr: 5e-2, microBatches: [{ tokens: 7 }], step, loss: () => model.loss(ids, targets) });
      if (step === 1) tensors = tf.memory().numTensors;
    }
    expect(tf.memory().numTensors).toBe(tensors);
    for (const [name, v] of model.params) expect(Array.from(v.dataSync()), name).toEqual(before.get(name)); // embed.weight untouched
    const trained = Array.from(params.get('embed.trainableTokens')!.dataSync());
    expect(trained).not.toEqual(before.get('embed.weight')!.slice(259 * 32));
    const adapted = rowLogits();
    expect(maxAbsDiff(adapted, base)).toBeGreaterThan(1e-3);
    expect(Array.from(lora.withAdaptersDisabled(rowLogits))).toEqual(Array.from(base));
    lora.merge();
    expect(Array.from(model.params.get('embed.weight')!.dataSync().slice(259 * 32))).toEqual(trained);
    expect(maxAbsDiff(rowLogits(), adapted)).toBeLessThan(1e-5);
    lora.unmerge();
    expect(Array.from(model.params.get('embed.weight')!.dataSync())).toEqual(before.get('embed.weight'));
    tf.dispose([ids, targets]);
    optimizer.dispose();
    lora.dispose();
    expect(maxAbsDiff(rowLogits(), base)).toBeLessThan(1e-5); // q/v merged and unmerged: equal up to rounding
    model.dispose();
  });

  it('names a token outside the vocabulary and a repeated token', () => {
    const { model } = tinyModel({ family: 'llama', seed: 4 });
    expect(() => applyLora(model, { trainableTokenIndices: [3, 300] })).toThrow(/LoraConfig\.trainableTokenIndices\[1\] \(300\) is outside the vocabulary \(259 tokens\)/);
    expect(() => applyLora(model, { trainableTokenIndices: [3, 3] })).toThrow(/trainableTokenIndices\[1\] repeats token 3/);
    model.dispose();
  });
});
