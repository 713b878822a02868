import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TrainingError, addScoreHead, loadPretrained, savePretrained, tf } from '@stagecoach/core';
import { tinyModel } from '@stagecoach/core/testing';
import { PPOTrainer, RewardModel, RewardTrainer, nextKlCoef } from '../../src/index.js';
import { letterPreferences } from '../reward-ppo/letter-preferences.js';
import type { PPOConfig } from '../../src/index.js';
import { TOY_LENGTH, TOY_PROMPTS, letterReward, straightAndResumed, toyFolder, trainToy } from '../toy-task.js';

const { root, base } = toyFolder('stagecoach-ppo-');

const config = (overrides: Partial<PPOConfig> = {}): PPOConfig => ({
  initFrom: base, prompts: TOY_PROMPTS, reward: letterReward, promptsPerStep: 16, maxNewTokens: TOY_LENGTH,
  steps: 4, lr: 1e-2, klCoef: 0.01, lora: false, seed: 1, ...overrides,
});

describe('PPOTrainer', () => {
  it('learns the toy task: mean reward rises from chance while the KL stays bounded, numTensors flat', async () => {
    const trainer = new PPOTrainer(config({ steps: 20, promptsPerStep: 12, epochs: 2, lr: 3e-2 }));
    trainer.on('step', (e) => {
      for (const name of ['policyLoss', 'valueLoss', 'explainedVariance', 'entropy', 'clipFraction', 'approxKl', 'rolloutMs', 'scoringMs', 'updateMs']) {
        expect(Number.isFinite(e.metrics[name])).toBe(true);
      }
    });
    await trainer.init();
    expect(trainer.model.config.valueHead).toBe(true);
    const run = await trainToy(trainer, 'PPO');
    expect(run.first).toBeLessThan(0.2);
    expect(run.last).toBeGreaterThan(0.8);
    expect(run.maxKl).toBeLessThan(30);
    expect(run.tensors.at(-1)).toBe(run.tensors[1]);
  }, 180_000);

  it('resumes exactly with LoRA, minibatches and gradient accumulation: 2 steps + resume to 4 equals 4 straight', async () => {
    const options = { lora: { r: 4, targetModules: 'all-linear' as const }, promptsPerStep: 4, epochs: 2, miniBatchSize: 2, microBatchSize: 1, lr: 1e-2 };
    const { straight, resumed } = await straightAndResumed(
      (overrides) => new PPOTrainer(config({ ...options, ...overrides })),
      (t) => {
        const params = t.lora!.trainableParams();
        expect(params.has('valueHead.weight')).toBe(true);
        return [...params.values()];
      },
      join(root, 'resume'),
    );
    expect(resumed).toEqual(straight);
  }, 120_000);

  it("critic 'separate': a critic model of its own learns the values (explained variance rises), numTensors flat", async () => {
    // The policy barely moves (lr 1e-6): the critic regresses a fixed target and its fit shows.
    const trainer = new PPOTrainer(config({ critic: 'separate', criticLr: 1e-2, lr: 1e-6, steps: 8, promptsPerStep: 12, epochs: 4 }));
    await trainer.init();
    expect(trainer.model.config.valueHead).not.toBe(true);
    expect(trainer.critic!.config.scoreHead).toBe(true);
    const explained: number[] = [];
    const valueLoss: number[] = [];
    const tensors: number[] = [];
    trainer.on('step', (e) => {
      explained.push(e.metrics.explainedVariance!);
      valueLoss.push(e.metrics.valueLoss!);
      tensors.push(tf.memory().numTensors);
    });
    await trainer.train();
    trainer.dispose();
    const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
    console.log(`separate critic: explained variance ${explained.map((x) => x.toFixed(2)).join(' ')}; value loss ${valueLoss.map((x) => x.toFixed(4)).join(' ')}`);
    expect(mean(explained.slice(-3))).toBeGreaterThan(mean(explained.slice(0, 3)) + 0.3);
    expect(mean(valueLoss.slice(-3))).toBeLessThan(mean(valueLoss.slice(0, 3)));
    expect(tensors.at(-1)).toBe(tensors[1]);
  }, 120_000);

  it("critic 'separate' resumes exactly with a LoRA policy: policy adapter and critic weights bit for bit", async () => {
    const options = { critic: 'separate' as const, criticLr: 3e-3, lora: { r: 4, targetModules: 'all-linear' as const }, promptsPerStep: 4, epochs: 2, miniBatchSize: 2, lr: 1e-2 };
    const outDir = join(root, 'resume-critic');
    const { straight, resumed } = await straightAndResumed(
      (overrides) => new PPOTrainer(config({ ...options, ...overrides })),
      (t) => [...t.lora!.trainableParams().values(), ...t.critic!.trainableParams().values()],
      outDir,
    );
    expect(resumed).toEqual(straight);
    expect(existsSync(join(outDir, 'checkpoint-2', 'critic', 'model.safetensors'))).toBe(true);
    // A separate-critic checkpoint resumed as 'shared' is refused with the reason.
    await expect(new PPOTrainer(config({ steps: 4, resumeFrom: outDir })).init()).rejects.toThrow(/saved by a run with critic 'separate'/);
  }, 120_000);

  it("critic 'separate' starts from criticInitFrom (a reward model folder, a LoRA reward run's adapter merged); critic options are checked", async () => {
    const rewardDir = join(root, 'critic-start');
    const { model, tokenizer } = tinyModel({ family: 'llama', seed: 9 });
    const scorer = addScoreHead(model, { seed: 2 });
    await savePretrained(scorer, tokenizer, rewardDir);
    const trainer = new PPOTrainer(config({ critic: 'separate', criticInitFrom: rewardDir }));
    await trainer.init();
    const want = await scorer.params.get('scoreHead.weight')!.data();
    expect(Array.from(await trainer.critic!.params.get('scoreHead.weight')!.data())).toEqual(Array.from(want));
    trainer.dispose();
    [model, scorer].forEach((m) => m.dispose());
    expect(() => new PPOTrainer(config({ criticInitFrom: rewardDir }))).toThrow(/apply to a separate critic only/);

    // A LoRA RewardTrainer checkpoint: its adapter (and trained score head) merged, as RewardModel.load does.
    const loraReward = join(root, 'critic-lora-reward');
    const rewardTrainer = new RewardTrainer({ initFrom: base, data: letterPreferences(8, 1), steps: 1, batchSize: 4, lr: 1e-2, lora: { r: 2 }, outDir: loraReward });
    await rewardTrainer.train();
    rewardTrainer.dispose();
    const merged = await RewardModel.load(join(loraReward, 'checkpoint-1'));
    const fromLora = new PPOTrainer(config({ critic: 'separate', criticInitFrom: join(loraReward, 'checkpoint-1') }));
    await fromLora.init();
    for (const name of ['scoreHead.weight', 'layers.0.attn.q.weight']) {
      expect(Array.from(await fromLora.critic!.params.get(name)!.data())).toEqual(Array.from(await merged.model.params.get(name)!.data()));
    }
    // (The folder's own score head is the untrained one: taking it would not match.)
    const unmerged = await loadPretrained(join(loraReward, 'checkpoint-1'));
    expect(Array.from(await unmerged.model.params.get('scoreHead.weight')!.data())).not.toEqual(Array.from(await merged.model.params.get('scoreHead.weight')!.data()));
    [fromLora, merged, unmerged.model].forEach((m) => m.dispose());
    expect(() => new PPOTrainer(config({ critic: 'both' as 'shared' }))).toThrow(/config.critic must be 'shared' .* or 'separate'/);
  });

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
