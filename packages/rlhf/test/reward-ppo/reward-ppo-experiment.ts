import { join } from 'node:path';
import { savePretrained, tf } from '@stagecoach/core';
import { tinyModel } from '@stagecoach/core/testing';
import { PPOTrainer, RewardModel, RewardTrainer } from '../../src/index.js';
import type { PPOConfig, RewardConfig } from '../../src/index.js';
import { TOY_LENGTH, TOY_PROMPTS, letterReward } from '../toy-reward.js';
import { letterPreferences } from './letter-preferences.js';

/** Settings of {@link rewardModelPpo}. */
export interface RewardPpoSettings {
  /** A fresh folder to write the base model, the reward run and the PPO run into. */
  root: string;
  rewardSteps: number;
  ppoSteps: number;
  /** PPO's critic: a value head on the policy (default), or a separate critic started from the trained reward model (as TRL did). */
  critic?: 'shared' | 'from-reward-model';
  /** Overrides of the reward and PPO configs. */
  reward?: Partial<RewardConfig>;
  ppo?: Partial<PPOConfig>;
  /** Called after each PPO step with its figures (for progress output). */
  onStep?: (step: RewardPpoStep) => void;
}

/** One PPO step, as measured. */
export interface RewardPpoStep {
  step: number;
  /** Mean reward-model score of the step's responses (what PPO maximises). */
  score: number;
  /** Mean share of lowercase letters, measured directly (`letterReward`): the preferred property. */
  letters: number;
  kl: number;
  numTensors: number;
}

/** What {@link rewardModelPpo} measured. */
export interface RewardPpoResult {
  reward: { steps: number; seconds: number; accuracyBefore: number; accuracyAfter: number };
  ppo: { steps: number; seconds: number; trace: RewardPpoStep[] };
}

/**
 * PPO with a trained reward model on the toy task: a `RewardTrainer` learns, from synthetic pairs that
 * prefer the response with more lowercase letters (`letterPreferences`), to score responses; then
 * `PPOTrainer` trains a policy from the same random tiny llama with `RewardModel.rewardFunction()` as its
 * only reward. The preferred property (the lowercase share, `letterReward`) is measured directly on
 * every PPO rollout, never shown to PPO. Uses the current tfjs backend.
 */
export async function rewardModelPpo(settings: RewardPpoSettings): Promise<RewardPpoResult> {
  const { root, rewardSteps, ppoSteps } = settings;
  const base = join(root, 'base');
  const { model, tokenizer } = tinyModel({ family: 'llama', seed: 5 });
  await savePretrained(model, tokenizer, base);
  model.dispose();

  const rewardDir = join(root, 'reward');
  const rewardTrainer = new RewardTrainer({
    initFrom: base, data: letterPreferences(512, 1), validData: letterPreferences(128, 2), steps: rewardSteps, batchSize: 16,
    lr: 3e-3, lora: false, seed: 0, outDir: rewardDir, checkpointEvery: rewardSteps, ...settings.reward,
  });
  await rewardTrainer.init();
  const accuracyBefore = (await rewardTrainer.evaluate(0)).metrics['accuracy']!;
  const rewardStarted = performance.now();
  await rewardTrainer.train();
  const rewardSeconds = (performance.now() - rewardStarted) / 1000;
  const accuracyAfter = (await rewardTrainer.evaluate()).metrics['accuracy']!;
  rewardTrainer.dispose();

  const rewardCheckpoint = join(rewardDir, `checkpoint-${rewardSteps}`);
  const rewardModel = await RewardModel.load(rewardCheckpoint);
  try {
    const scoreOf = rewardModel.rewardFunction(tokenizer);
    const letters: number[] = [];
    const trainer = new PPOTrainer({
      initFrom: base, prompts: TOY_PROMPTS, maxNewTokens: TOY_LENGTH, promptsPerStep: 12, epochs: 2, steps: ppoSteps,
      lr: 3e-2, klCoef: 0.01, lora: false, seed: 1,
      // PPO sees only the reward model's score; the lowercase share is recorded beside it, never used.
      reward: async (prompt, response, record) => {
        letters.push(letterReward(prompt, response));
        return scoreOf(prompt, response, record);
      },
      ...(settings.critic === 'from-reward-model' ? { critic: 'separate' as const, criticInitFrom: rewardCheckpoint } : {}),
      ...settings.ppo,
    });
    const trace: RewardPpoStep[] = [];
    trainer.on('step', (e) => {
      const step = {
        step: e.step, score: e.metrics.rewardMean!, letters: letters.reduce((a, b) => a + b, 0) / letters.length, kl: e.metrics.kl!,
        numTensors: tf.memory().numTensors,
      };
      letters.length = 0;
      trace.push(step);
      settings.onStep?.(step);
    });
    const ppoStarted = performance.now();
    await trainer.train();
    const ppoSeconds = (performance.now() - ppoStarted) / 1000;
    trainer.dispose();
    return {
      reward: { steps: rewardSteps, seconds: rewardSeconds, accuracyBefore, accuracyAfter },
      ppo: { steps: ppoSteps, seconds: ppoSeconds, trace },
    };
  } finally {
    rewardModel.dispose();
  }
}
