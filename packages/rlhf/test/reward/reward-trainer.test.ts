import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, DataError, byteTokenizer, cpu, savePretrained, tf, useBackend } from '@stagecoach/core';
import { tinyModel } from '@stagecoach/core/testing';
import { RewardModel, RewardTrainer, checkRewardTokenizer, sequenceScores } from '../../src/index.js';
import type { RewardConfig } from '../../src/index.js';
import { syntheticPreferences } from './synthetic-preferences.js';

const root = mkdtempSync(join(tmpdir(), 'stagecoach-reward-'));
const base = join(root, 'base');
const TRAIN = syntheticPreferences(64, 1);
const VALID = syntheticPreferences(32, 2);

beforeAll(async () => {
  await useBackend(cpu());
  const { model, tokenizer } = tinyModel({ seed: 1, config: { contextLength: 96 } });
  await savePretrained(model, tokenizer, base);
  model.dispose();
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

const config = (overrides: Partial<RewardConfig>): RewardConfig => ({
  initFrom: base, data: TRAIN, steps: 4, batchSize: 4, lr: 3e-3, lora: { r: 4, alpha: 8 }, ...overrides,
});

async function trainedWeights(trainer: RewardTrainer): Promise<number[][]> {
  const params = trainer.lora?.trainableParams() ?? trainer.model.trainableParams();
  return Promise.all([...params.values()].map(async (v) => Array.from(await v.data())));
}

describe('RewardTrainer', () => {
  it('learns synthetic preferences (tutor answer over curt / evasive / wrong) to a held-out accuracy ≥ 0.9', async () => {
    const outDir = join(root, 'learn');
    const trainer = new RewardTrainer(config({ outDir, validData: VALID, steps: 16, batchSize: 8, evalEvery: 8, lr: 1e-2 }));
    await trainer.init();
    const before = await trainer.evaluate(0);
    const evals: Array<{ step: number; accuracy: number; loss: number }> = [];
    trainer.on('eval', (e) => evals.push({ step: e.step, accuracy: e.metrics['accuracy']!, loss: e.valLoss }));
    const accuracies: number[] = [];
    trainer.on('step', (e) => accuracies.push(e.metrics['accuracy']!));
    const started = performance.now();
    await trainer.train();
    const seconds = (performance.now() - started) / 1000;
    console.log(`reward learning: held-out accuracy ${before.metrics['accuracy']} -> ${evals.map((e) => `${e.accuracy} @${e.step}`).join(', ')}; loss ${before.valLoss.toFixed(3)} -> ${evals.at(-1)!.loss.toFixed(3)}; 16 steps in ${seconds.toFixed(1)} s`);
    expect(evals.map((e) => e.step)).toEqual([8, 16]);
    expect(before.metrics['accuracy']!).toBeLessThan(0.8);
    expect(evals.at(-1)!.accuracy).toBeGreaterThanOrEqual(0.9);
    expect(evals.at(-1)!.loss).toBeLessThan(before.valLoss);
    expect(accuracies.every((a) => a >= 0 && a <= 1)).toBe(true);
    expect(trainer.dataSummary).toEqual({ pairs: 64, tooLong: 0, validPairs: 32 });

    // The checkpoint is a sequence classifier plus the adapter, whose saved modules hold the score head.
    const checkpoint = join(outDir, 'checkpoint-16');
    const hfConfig = JSON.parse(readFileSync(join(checkpoint, 'config.json'), 'utf8')) as Record<string, unknown>;
    expect(hfConfig['architectures']).toEqual(['GPT2ForSequenceClassification']);
    expect(hfConfig['id2label']).toEqual({ 0: 'LABEL_0' });
    expect(hfConfig['pad_token_id']).toBe(258);
    const adapterConfig = JSON.parse(readFileSync(join(checkpoint, 'adapter', 'adapter_config.json'), 'utf8')) as Record<string, unknown>;
    expect(adapterConfig['modules_to_save']).toEqual(['score']);

    // RewardModel.load merges the adapter: it scores as the trained model does, and prefers held-out tutor answers.
    const rows = VALID.slice(0, 4).map((p) => [...trainer.tokenizer.encode(p.prompt), ...trainer.tokenizer.encode(p.chosen), trainer.tokenizer.specialTokens.eos!]);
    const live = sequenceScores(trainer.model, rows);
    const reward = await RewardModel.load(checkpoint);
    const loaded = sequenceScores(reward.model, rows);
    const [a, b] = [await live.data(), await loaded.data()];
    a.forEach((x, i) => expect(b[i]).toBeCloseTo(x, 4));
    tf.dispose([live, loaded]);
    const pair = VALID[0]!;
    expect(await reward.score(pair.prompt, pair.chosen)).toBeCloseTo(a[0]!, 4);
    const rewardOf = reward.rewardFunction(trainer.tokenizer);
    const scores = await Promise.all(VALID.slice(0, 8).flatMap((p) => [rewardOf(p.prompt, p.chosen, p), rewardOf(p.prompt, p.rejected, p)]));
    const wins = VALID.slice(0, 8).filter((_, i) => scores[2 * i]! > scores[2 * i + 1]!).length;
    expect(wins).toBeGreaterThanOrEqual(7);
    expect(await reward.scoreBatch([{ prompt: pair.prompt, response: pair.rejected }])).toEqual([scores[1]]);
    reward.dispose();
    trainer.dispose();
  });

  it('resumes exactly: 2 steps + resume to 4 equals 4 straight (LoRA and full fine-tuning)', async () => {
    for (const lora of [{ r: 4, alpha: 8 }, false] as const) {
      const straight = new RewardTrainer(config({ seed: 5, lora }));
      const straightLosses: number[] = [];
      straight.on('step', (e) => straightLosses.push(e.loss));
      await straight.train();
      const expected = await trainedWeights(straight);
      straight.dispose();
      const outDir = join(root, `resume-${lora === false ? 'full' : 'lora'}`);
      const first = new RewardTrainer(config({ seed: 5, lora, steps: 2, outDir }));
      await first.train();
      first.dispose();
      const second = new RewardTrainer(config({ seed: 5, lora, resumeFrom: outDir }));
      const resumedLosses: number[] = [];
      second.on('step', (e) => resumedLosses.push(e.loss));
      await second.train();
      expect(resumedLosses).toEqual(straightLosses.slice(2));
      expect(await trainedWeights(second)).toEqual(expected);
      second.dispose();
    }
  });

  it('keeps tf.memory().numTensors flat across steps', async () => {
    const trainer = new RewardTrainer(config({ steps: 8, validData: VALID.slice(0, 4) }));
    await trainer.step();
    await trainer.step();
    await trainer.evaluate();
    const after2 = tf.memory().numTensors;
    for (let i = 0; i < 4; i++) await trainer.step();
    await trainer.evaluate();
    expect(tf.memory().numTensors).toBe(after2);
    trainer.dispose();
  });

  it('trains on chat pairs rendered with the chat template', async () => {
    const chat = TRAIN.slice(0, 8).map((p) => ({
      chosen: [{ role: 'user', content: p.prompt }, { role: 'assistant', content: p.chosen }],
      rejected: [{ role: 'user', content: p.prompt }, { role: 'assistant', content: p.rejected }],
    }));
    const trainer = new RewardTrainer(config({ data: chat, steps: 2, seqLen: 96 }));
    const losses: number[] = [];
    trainer.on('step', (e) => losses.push(e.loss));
    await trainer.train();
    expect(losses.every(Number.isFinite)).toBe(true);
    trainer.dispose();
  });

  it('names the file and line of a bad record, and refuses a missing base', async () => {
    const file = join(root, 'bad.jsonl');
    writeFileSync(file, `${JSON.stringify(TRAIN[0])}\n{"prompt": "hi", "chosen": "a"}\n`);
    await expect(new RewardTrainer(config({ data: file })).init()).rejects.toThrow(`${file}:2: a preference record is`);
    await expect(new RewardTrainer(config({ data: [{ prompt: 'x', chosen: 'a', rejected: [{ role: 'assistant', content: 'b' }] }] })).init())
      .rejects.toThrow(/data\[0\]: .*text and messages cannot mix/);
    const err = await new RewardTrainer(config({ data: [{ chosen: [{ role: 'user', content: 'hi' }], rejected: [{ role: 'user', content: 'x' }] }] })).init().catch((e: unknown) => e);
    expect(DataError.isInstance(err)).toBe(true);
    expect(String(err)).toMatch(/data\[0\] \(chosen\): the chat has no assistant turn/);
    expect(() => new RewardTrainer({ data: TRAIN, steps: 1 })).toThrow(ConfigError);
  });
});

describe('checkRewardTokenizer', () => {
  it('accepts the same tokenizer and refuses another vocabulary, other special tokens or other encoding', () => {
    const tokenizer = byteTokenizer();
    expect(() => checkRewardTokenizer(tokenizer, byteTokenizer())).not.toThrow();
    expect(() => checkRewardTokenizer(tokenizer, byteTokenizer({ specialTokens: ['<|bos|>', '<|eos|>', '<|pad|>', '<|im_start|>'] })))
      .toThrow(/tokenizer differs from the policy's: vocabulary size 259 \(reward model\) vs 260 \(policy\)/);
    expect(() => checkRewardTokenizer(tokenizer, byteTokenizer({ specialTokens: ['<|eos|>', '<|bos|>', '<|pad|>'] })))
      .toThrow(/bos token id 256 vs 257; eos token id 257 vs 256/);
    expect(() => checkRewardTokenizer(tokenizer, byteTokenizer({ addBosToken: true }))).toThrow(/different vocabulary or merges/);
  });
});
