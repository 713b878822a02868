import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, TrainingError, loadPretrained, tf } from '@stagecoach/core';
import { SFTTrainer, loadAdapter } from '@stagecoach/lora';
import { GRPOTrainer } from '../../src/index.js';
import type { GRPOConfig } from '../../src/index.js';
import { TOY_LENGTH, TOY_PROMPTS, letterReward, straightAndResumed, toyFolder, trainToy } from '../toy-task.js';

const { root, base } = toyFolder('stagecoach-grpo-');

const config = (overrides: Partial<GRPOConfig> = {}): GRPOConfig => ({
  initFrom: base, prompts: TOY_PROMPTS, reward: letterReward, groupSize: 8, promptsPerStep: 2, maxNewTokens: TOY_LENGTH,
  steps: 4, lr: 3e-2, klCoef: 0.01, lora: false, seed: 1, ...overrides,
});

describe('GRPOTrainer', () => {
  it('learns the toy task: mean reward rises from chance while the KL stays bounded, numTensors flat', async () => {
    const run = await trainToy(new GRPOTrainer(config({ steps: 16 })), 'GRPO');
    expect(run.first).toBeLessThan(0.25);
    expect(run.last).toBeGreaterThan(0.8);
    // Putting all mass on the 26 letters costs at least 6·log(259 / 26) ≈ 13.8 nats per response.
    expect(run.maxKl).toBeLessThan(30);
    expect(run.tensors.at(-1)).toBe(run.tensors[1]);
  }, 120_000);

  it('samples with top-k / top-p: the first step\'s ratios are 1 (old and new log-probs agree) and the KL to the reference starts at 0; later steps stay finite', async () => {
    const trainer = new GRPOTrainer(config({ topK: 5, topP: 0.9, temperature: 0.8, lossType: 'grpo' }));
    const first = await trainer.step();
    expect(first.metrics!.kl).toBeCloseTo(0, 5);
    expect(first.metrics!.clipFraction).toBe(0);
    expect(first.metrics!.approxKl).toBeCloseTo(0, 6);
    for (let i = 0; i < 3; i++) {
      const { metrics, loss } = await trainer.step();
      for (const value of [loss, metrics!.kl, metrics!.approxKl, metrics!.klPenalty, metrics!.policyLoss]) expect(Number.isFinite(value)).toBe(true);
    }
    trainer.dispose();
  });

  it('resumes exactly: 2 steps + resume to 4 equals 4 straight, LoRA adapter bit for bit', async () => {
    const lora = { r: 4, targetModules: 'all-linear' as const };
    const { straight, resumed } = await straightAndResumed(
      (overrides) => new GRPOTrainer(config({ lora, groupSize: 4, ...overrides })),
      (t) => [...t.lora!.trainableParams().values()],
      join(root, 'resume'),
    );
    expect(resumed).toEqual(straight);
  }, 120_000);

  it('resumes full fine-tuning exactly, the frozen reference reloaded from initFrom', async () => {
    const { straight, resumed } = await straightAndResumed(
      (overrides) => new GRPOTrainer(config({ groupSize: 4, klCoef: 0.5, ...overrides })),
      (t) => [t.model.params.get('layers.1.mlp.down.weight')!, t.model.params.get('embed.weight')!],
      join(root, 'resume-full'),
    );
    expect(resumed).toEqual(straight);
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
