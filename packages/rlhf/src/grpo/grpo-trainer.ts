import { tf } from '@stagecoach/core';
import type { ActiveRun } from '@stagecoach/core';
import { aggregateLoss, clippedPolicyLoss, groupAdvantages, klEstimate, maskedMean } from '../math/index.js';
import { RLTrainer } from '../rollout/rl-trainer.js';
import type { LearnResult, RLParts, Rollout } from '../rollout/rl-trainer.js';
import { resolveGRPOConfig } from './grpo-config.js';
import type { GRPOConfig, ResolvedGRPOConfig } from './grpo-config.js';

/**
 * GRPO (TRL's `GRPOTrainer`): each step samples `groupSize` responses to each of `promptsPerStep`
 * prompts, scores them with the reward, gives each response its group-relative advantage and
 * minimises, per response token,
 * `−min(r·A, clip(r, 1 − ε, 1 + ε)·A) + β·k3(π_θ, π_ref)` (r the ratio to the sampling policy),
 * aggregated as `lossType` says (default: the mean over the minibatch's tokens). LoRA (default; the reference is the model with the adapter disabled) or
 * full fine-tuning (a frozen copy). Metrics per step: `rewardMean`, `rewardStd`, `kl` (nats per
 * response), `entropy`, `clipFraction`, `approxKl`, `klPenalty` (mean k3 per token), `responseLength`,
 * `stoppedFraction`, `rolloutMs`, `scoringMs`, `updateMs`.
 *
 * @example
 * const trainer = new GRPOTrainer({ initFrom: 'runs/sft', prompts: 'math.jsonl', reward, groupSize: 8, steps: 100, outDir: 'runs/grpo' });
 * trainer.on('step', (e) => console.log(e.step, e.metrics.rewardMean, e.metrics.kl));
 * await trainer.train();
 */
export class GRPOTrainer extends RLTrainer<ResolvedGRPOConfig> {
  protected readonly kind = 'grpo';

  constructor(config: GRPOConfig) {
    super(resolveGRPOConfig(config));
  }

  protected get samplesPerPrompt(): number {
    return this.config.groupSize;
  }

  protected initialKlCoef(): number {
    return this.config.klCoef;
  }

  protected klLimit(): number {
    return this.config.klLimit;
  }

  protected async learn(run: ActiveRun<RLParts>, rollout: Rollout): Promise<LearnResult> {
    const c = this.config;
    const beta = run.parts.klCoef;
    const advantages = tf.tensor2d(groupAdvantages(rollout.rewards, c.groupSize, { scaleByStd: c.scaleRewards }), [rollout.rewards.length, 1]);
    try {
      return await this.runUpdates(run, rollout, ({ scores, mask, take }) => {
        const policy = clippedPolicyLoss({
          logProbs: scores.logProbs, oldLogProbs: take(rollout.oldLogProbs), advantages: take(advantages), mask,
        }, c.clipRange);
        const perTokenKl = klEstimate(scores.logProbs, take(rollout.refLogProbs), 'k3');
        const perToken = beta > 0 ? tf.add(policy.perToken, tf.mul(perTokenKl, beta)) : policy.perToken;
        const aggregate = (x: tf.Tensor) => aggregateLoss(x as tf.Tensor2D, mask, c.lossType, c.maxNewTokens);
        return {
          loss: aggregate(perToken),
          metrics: { policyLoss: aggregate(policy.perToken), clipFraction: policy.clipFraction, approxKl: policy.approxKl, klPenalty: maskedMean(perTokenKl, mask) },
        };
      }, { aggregation: c.lossType });
    } finally {
      advantages.dispose();
    }
  }
}
