import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TrainingError, cpu, tf, useBackend } from '@stagecoach/core';
import { PPOTrainer, nextKlCoef } from '../../src/index.js';
import type { PPOConfig } from '../../src/index.js';
import { TOY_LENGTH, TOY_PROMPTS, letterReward, saveToyModel } from '../toy-task.js';

const root = mkdtempSync(join(tmpdir(), 'stagecoach-ppo-'));
const base = join(root, 'base');

beforeAll(async () => {
  await useBackend(cpu());
  await saveToyModel(base);
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

const config = (overrides: Partial<PPOConfig> = {}): PPOConfig => ({
  initFrom: base, prompts: TOY_PROMPTS, reward: letterReward, promptsPerStep: 16, maxNewTokens: TOY_LENGTH,
  steps: 4, lr: 1e-2, klCoef: 0.01, lora: false, seed: 1, ...overrides,
});
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

describe('PPOTrainer', () => {
  it('learns the toy task: mean reward rises from chance while the KL stays bounded, numTensors flat', async () => {
    const trainer = new PPOTrainer(config({ steps: 16 }));
    const rewards: number[] = [];
    const kls: number[] = [];
    const tensors: number[] = [];
    trainer.on('step', (e) => {
      rewards.push(e.metrics.rewardMean!);
      kls.push(e.metrics.kl!);
      tensors.push(tf.memory().numTensors);
      for (const name of ['policyLoss', 'valueLoss', 'explainedVariance', 'entropy', 'clipFraction', 'approxKl', 'rolloutMs', 'scoringMs', 'updateMs']) {
        expect(Number.isFinite(e.metrics[name])).toBe(true);
      }
    });
    const started = performance.now();
    await trainer.train();
    console.log(`PPO toy: reward ${mean(rewards.slice(0, 3)).toFixed(3)} -> ${mean(rewards.slice(-3)).toFixed(3)}, max KL ${Math.max(...kls).toFixed(3)}, ${((performance.now() - started) / 1000).toFixed(1)} s`);
    expect(trainer.model.config.valueHead).toBe(true);
    expect(mean(rewards.slice(0, 3))).toBeLessThan(0.2);
    expect(mean(rewards.slice(-3))).toBeGreaterThan(0.5);
    expect(Math.max(...kls)).toBeLessThan(30);
    expect(tensors.at(-1)).toBe(tensors[1]);
    trainer.dispose();
  }, 180_000);

  it('resumes exactly with LoRA, minibatches and gradient accumulation: 2 steps + resume to 4 equals 4 straight', async () => {
    const options = { lora: { r: 4, targetModules: 'all-linear' as const }, promptsPerStep: 4, epochs: 2, miniBatchSize: 2, microBatchSize: 1, lr: 1e-2 };
    const weights = async (t: PPOTrainer) => Promise.all([...t.lora!.trainableParams().values(), t.model.params.get('valueHead.weight')!].map(async (v) => Array.from(await v.data())));
    const straight = new PPOTrainer(config({ ...options, steps: 4 }));
    const losses: number[] = [];
    straight.on('step', (e) => losses.push(e.loss));
    await straight.train();
    const expected = await weights(straight);
    expect(straight.lora!.trainableParams().has('valueHead.weight')).toBe(true);
    straight.dispose();
    const outDir = join(root, 'resume');
    const first = new PPOTrainer(config({ ...options, steps: 2, outDir }));
    const resumed: number[] = [];
    first.on('step', (e) => resumed.push(e.loss));
    await first.train();
    first.dispose();
    const second = new PPOTrainer(config({ ...options, steps: 4, resumeFrom: outDir }));
    second.on('step', (e) => resumed.push(e.loss));
    await second.train();
    expect(resumed).toEqual(losses);
    expect(await weights(second)).toEqual(expected);
    second.dispose();
  }, 120_000);

  it('ends an iteration early past targetKl; penalises responses without EOS in the score', async () => {
    const trainer = new PPOTrainer(config({ targetKl: 1e-12, missingEosPenalty: 0.5, promptsPerStep: 4, steps: 1 }));
    const result = await trainer.step();
    // The first step measures approx-KL 0 (no update yet); the second measures the first's change and stops.
    expect(result.metrics!.optimizerSteps).toBe(2);
    const { rewardMean, scoreMean, stoppedFraction } = result.metrics!;
    expect(scoreMean).toBeCloseTo(rewardMean! - 0.5 * (1 - stoppedFraction!), 6);
    trainer.dispose();
  });

  it('stops with a clear message when the KL explodes, keeping the last good checkpoint', async () => {
    const outDir = join(root, 'explode');
    const trainer = new PPOTrainer(config({ lr: 5e-2, klLimit: 0.5, steps: 30, checkpointEvery: 1, outDir, promptsPerStep: 8 }));
    const error = await trainer.train().catch((e: unknown) => e);
    expect(TrainingError.isInstance(error)).toBe(true);
    expect((error as Error).message).toMatch(/KL to the reference reached .* nats per response \(klLimit 0.5\).*the last checkpoint is intact/);
    expect(existsSync(join(outDir, `checkpoint-${trainer.stepCount}`))).toBe(true);
    trainer.dispose();
  }, 120_000);

  it('adaptive KL control raises β above the target KL and lowers it below, by at most 20 % per horizon', () => {
    const control = { target: 6, horizon: 100 };
    expect(nextKlCoef(0.1, 12, 100, control)).toBeCloseTo(0.12, 10);
    expect(nextKlCoef(0.1, 0, 100, control)).toBeCloseTo(0.08, 10);
    expect(nextKlCoef(0.1, 6.3, 10, control)).toBeCloseTo(0.1 * (1 + 0.05 * 0.1), 10);
  });
});
