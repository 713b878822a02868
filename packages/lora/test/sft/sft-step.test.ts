import { beforeAll, describe, expect, it } from 'vitest';
import { AdamW, byteTokenizer, cpu, optimizerStep, tf, useBackend } from '@stagecoach/core';
import type { TokenBatch } from '@stagecoach/core';
import { tinyModel } from '@stagecoach/core/testing';
import { applyLora, packSftExamples, parseSftArray, sftBatch, tokenizeSftRecord } from '../../src/index.js';

beforeAll(async () => {
  await useBackend(cpu());
});

const tokenizer = byteTokenizer();
const records = parseSftArray([
  { prompt: 'Q: 12+7=', completion: '19' },
  { messages: [{ role: 'user', content: 'Say hi' }, { role: 'assistant', content: 'hi!' }] },
  { prompt: 'Q: 3*4=', completion: '12' },
  { messages: [{ role: 'system', content: 'Be brief.' }, { role: 'user', content: '2+2?' }, { role: 'assistant', content: '4' }] },
]);

function tensors(batch: TokenBatch) {
  const shape: [number, number] = [batch.batchSize, batch.seqLen];
  return {
    ids: tf.tensor2d(batch.ids, shape, 'int32'),
    targets: tf.tensor2d(batch.targets, shape, 'int32'),
    mask: tf.tensor2d(batch.mask, shape, 'float32'),
    tokens: batch.tokens,
  };
}

describe('a LoRA SFT step (completion-only loss, padded batches)', () => {
  it('the prompt tokens carry no loss: changing prompt targets changes neither the loss nor any gradient', () => {
    const { model } = tinyModel({ family: 'llama', seed: 1 });
    const lora = applyLora(model, { targetModules: 'all-linear', r: 4, init: 'random' });
    const examples = records.map((r) => tokenizeSftRecord(r, tokenizer, 48));
    const batch = sftBatch(examples, 47, tokenizer.specialTokens.pad!);
    const scrambled = { ...batch, targets: batch.targets.map((t, i) => (batch.mask[i] === 0 ? (t + 17) % 256 : t)) };
    const params = [...lora.trainableParams().values()];
    const gradsOf = (b: TokenBatch) => {
      const t = tensors(b);
      const { value, grads } = tf.variableGrads(() => model.loss(t.ids, t.targets, t.mask), params);
      const out = { loss: value.dataSync()[0]!, grads: Object.values(grads).map((g) => Array.from(g.dataSync())) };
      tf.dispose([t.ids, t.targets, t.mask, value, ...Object.values(grads)]);
      return out;
    };
    const a = gradsOf(batch);
    const b = gradsOf(scrambled);
    expect(b.loss).toBe(a.loss);
    expect(b.grads).toEqual(a.grads);
    expect(Array.from(scrambled.targets)).not.toEqual(Array.from(batch.targets));
    lora.dispose();
    model.dispose();
  });

  it('50 steps: the loss falls, only A and B change, numTensors stays flat', async () => {
    const { model } = tinyModel({ family: 'gpt2', seed: 2 });
    const base = new Map([...model.params].map(([name, v]) => [name, Array.from(v.dataSync())]));
    const lora = applyLora(model, { targetModules: 'all-linear', r: 8, alpha: 16 });
    const params = lora.trainableParams();
    const optimizer = new AdamW(params, { weightDecay: 0 });
    const batch = tensors(sftBatch(records.map((r) => tokenizeSftRecord(r, tokenizer, 48)), 47, tokenizer.specialTokens.pad!));
    const losses: number[] = [];
    const counts: number[] = [];
    for (let step = 0; step < 50; step++) {
      const result = await optimizerStep({
        params, optimizer, lr: 1e-2, maxGradNorm: 1, microBatches: [batch], step,
        loss: (b) => model.loss(b.ids, b.targets, b.mask),
      });
      losses.push(result.loss);
      counts.push(tf.memory().numTensors);
    }
    expect(new Set(counts.slice(1)).size).toBe(1);
    expect(losses[49]!).toBeLessThan(losses[0]! - 0.25);
    for (const [name, v] of model.params) expect(Array.from(v.dataSync()), name).toEqual(base.get(name));
    tf.dispose([batch.ids, batch.targets, batch.mask]);
    optimizer.dispose();
    lora.dispose();
    model.dispose();
  });
});

describe('packing', () => {
  it('packs examples into rows; the packed loss equals the examples run alone (attention kept inside each)', () => {
    const { model } = tinyModel({ family: 'llama', seed: 4 });
    const lora = applyLora(model, { targetModules: 'all-linear', r: 4, init: 'random' });
    const examples = records.map((r) => tokenizeSftRecord(r, tokenizer, 64));
    const packed = packSftExamples(examples, 63, tokenizer.specialTokens.pad!);
    expect(packed.examples).toBe(4);
    expect(packed.batchSize).toBeLessThan(4);
    const shape: [number, number] = [packed.batchSize, packed.seqLen];
    const loss = tf.tidy(() => model.loss(
      tf.tensor2d(packed.ids, shape, 'int32'), tf.tensor2d(packed.targets, shape, 'int32'), tf.tensor2d(packed.mask, shape), {
        positions: tf.tensor2d(packed.positions, shape, 'int32'), segmentIds: tf.tensor2d(packed.segmentIds, shape, 'int32'),
      }).dataSync()[0]!);
    // Alone: each example's summed loss, then the mean over every loss-bearing token.
    let sum = 0;
    for (const example of examples) {
      const alone = sftBatch([example], example.ids.length - 1, tokenizer.specialTokens.pad!);
      const t = tensors(alone);
      sum += tf.tidy(() => model.loss(t.ids, t.targets, t.mask).dataSync()[0]!) * alone.tokens;
      tf.dispose([t.ids, t.targets, t.mask]);
    }
    expect(Math.abs(loss - sum / packed.tokens)).toBeLessThan(1e-5);
    lora.dispose();
    model.dispose();
  });
});
