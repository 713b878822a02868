import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, TrainingError, cpu, loadPretrained, tf, useBackend } from '@stagecoach/core';
import { SFTTrainer, loadAdapter } from '@stagecoach/lora';
import { GRPOTrainer } from '../../src/index.js';
import type { GRPOConfig } from '../../src/index.js';
import { TOY_LENGTH, TOY_PROMPTS, letterReward, saveToyModel } from '../toy-task.js';

const root = mkdtempSync(join(tmpdir(), 'stagecoach-grpo-'));
const base = join(root, 'base');

beforeAll(async () => {
  await useBackend(cpu());
  await saveToyModel(base);
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

const config = (overrides: Partial<GRPOConfig> = {}): GRPOConfig => ({
  initFrom: base, prompts: TOY_PROMPTS, reward: letterReward, groupSize: 8, promptsPerStep: 2, maxNewTokens: TOY_LENGTH,
  steps: 4, lr: 3e-2, klCoef: 0.01, lora: false, seed: 1, ...overrides,
});

describe('GRPOTrainer', () => {
  it('learns the toy task: mean reward rises from chance while the KL stays bounded, numTensors flat', async () => {
    const trainer = new GRPOTrainer(config({ steps: 16 }));
    const rewards: number[] = [];
    const kls: number[] = [];
    const tensors: number[] = [];
    trainer.on('step', (e) => {
      rewards.push(e.metrics.rewardMean!);
      kls.push(e.metrics.kl!);
      tensors.push(tf.memory().numTensors);
    });
    const started = performance.now();
    await trainer.train();
    const seconds = (performance.now() - started) / 1000;
    const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
    console.log(`GRPO toy: reward ${mean(rewards.slice(0, 3)).toFixed(3)} -> ${mean(rewards.slice(-3)).toFixed(3)}, max KL ${Math.max(...kls).toFixed(3)}, ${seconds.toFixed(1)} s`);
    expect(mean(rewards.slice(0, 3))).toBeLessThan(0.25);
    expect(mean(rewards.slice(-3))).toBeGreaterThan(0.8);
    // Putting all mass on the 26 letters costs at least 6·log(259 / 26) ≈ 13.8 nats per response.
    expect(Math.max(...kls)).toBeLessThan(30);
    expect(tensors.at(-1)).toBe(tensors[1]);
    trainer.dispose();
  }, 120_000);

  it('resumes exactly: 2 steps + resume to 4 equals 4 straight, LoRA adapter bit for bit', async () => {
    const lora = { r: 4, targetModules: 'all-linear' as const };
    const weights = async (t: GRPOTrainer) => Promise.all([...t.lora!.trainableParams().values()].map(async (v) => Array.from(await v.data())));
    const straight = new GRPOTrainer(config({ lora, steps: 4, groupSize: 4 }));
    const straightRewards: number[] = [];
    straight.on('step', (e) => straightRewards.push(e.metrics.rewardMean!));
    await straight.train();
    const expected = await weights(straight);
    straight.dispose();
    const outDir = join(root, 'resume');
    const first = new GRPOTrainer(config({ lora, steps: 2, groupSize: 4, outDir }));
    const resumedRewards: number[] = [];
    first.on('step', (e) => resumedRewards.push(e.metrics.rewardMean!));
    await first.train();
    first.dispose();
    const second = new GRPOTrainer(config({ lora, steps: 4, groupSize: 4, resumeFrom: outDir }));
    second.on('step', (e) => resumedRewards.push(e.metrics.rewardMean!));
    await second.train();
    expect(resumedRewards).toEqual(straightRewards);
    expect(await weights(second)).toEqual(expected);
    second.dispose();
  }, 120_000);

  it('a reward that throws or returns NaN stops the step with the prompt and response named, nothing applied', async () => {
    const throwing = new GRPOTrainer(config({ reward: () => { throw new Error('checker crashed'); } }));
    await throwing.init();
    const before = Array.from(await throwing.model.params.get('layers.0.attn.q.weight')!.data());
    await expect(throwing.step()).rejects.toThrow(/reward function threw on the prompt ".*" \(prompts\[\d\]\) and the response ".*": checker crashed/);
    expect(Array.from(await throwing.model.params.get('layers.0.attn.q.weight')!.data())).toEqual(before);
    expect(throwing.stepCount).toBe(0);
    throwing.dispose();
    const nan = new GRPOTrainer(config({ reward: () => Number.NaN }));
    await expect(nan.step()).rejects.toThrow(TrainingError);
    await expect(nan.step()).rejects.toThrow(/returned NaN \(not a finite number\)/);
    nan.dispose();
  });

  it('rejects a prompt that leaves no room for maxNewTokens, naming the record', async () => {
    const trainer = new GRPOTrainer(config({ prompts: [{ prompt: 'ok' }, { prompt: 'x'.repeat(70) }] }));
    await expect(trainer.init()).rejects.toThrow(ConfigError);
    await expect(trainer.init()).rejects.toThrow(/prompts\[1\]: the prompt has 70 tokens, but the model's context is 64/);
    expect(() => new GRPOTrainer(config({ groupSize: 1 }))).toThrow(/groupSize must be an integer >= 2/);
  });

  it('starts from an SFT run: the adapter is merged, chat prompts are rendered, the reference is the merged model', async () => {
    const sftDir = join(root, 'sft');
    const sft = new SFTTrainer({
      initFrom: base, outDir: sftDir, steps: 2, batchSize: 2, lr: 5e-2, lora: { r: 4, targetModules: 'all-linear' },
      data: [{ prompt: 'Q: 1+1=', completion: '2' }, { messages: [{ role: 'user', content: 'hi' }, { role: 'assistant', content: 'yo' }] }],
    });
    await sft.train();
    sft.dispose();
    const ids = [[256, 72, 105, 33]];
    const { model: sftModel } = await loadPretrained(join(sftDir, 'checkpoint-2'));
    const baseLogits = sftModel.logits(ids);
    const adapter = await loadAdapter(sftModel, join(sftDir, 'checkpoint-2', 'adapter'));
    const fineTuned = sftModel.logits(ids);
    adapter.dispose();
    sftModel.dispose();
    const prompts = [{ messages: [{ role: 'user', content: 'Say a word' }] }, { messages: [{ role: 'user', content: 'Again' }, { role: 'assistant', content: 'ok' }] }];
    const seen: string[] = [];
    const trainer = new GRPOTrainer(config({
      initFrom: sftDir, prompts, groupSize: 2, lora: { r: 2 }, reward: (prompt) => (seen.push(prompt), 0),
    }));
    await trainer.step();
    const reference = trainer.lora!.withAdaptersDisabled(() => trainer.model.logits(ids));
    expect(Array.from(await reference.data())).toEqual(Array.from(await fineTuned.data()).map((x) => expect.closeTo(x, 4)) as unknown as number[]);
    expect(Math.max(...Array.from(tf.tidy(() => tf.abs(tf.sub(fineTuned, baseLogits)).dataSync())))).toBeGreaterThan(1e-3);
    // Rendered with the default chat template and the generation prompt; the final assistant turn dropped.
    expect(seen.some((p) => p.includes('Say a word'))).toBe(true);
    expect(seen.every((p) => !p.includes('ok<'))).toBe(true);
    tf.dispose([reference, baseLogits, fineTuned]);
    trainer.dispose();
  }, 60_000);
});
