import { ConfigError, addValueHead, dropValueHead, gae, tf } from '@stagecoach/core';
import type { ActiveRun, Pretrained, RunStart, Tokenizer, Transformer } from '@stagecoach/core';
import { clippedPolicyLoss, clippedValueLoss, klEstimate, maskedVariance, whiten } from '../math/index.js';
import { RLTrainer } from '../rollout/rl-trainer.js';
import type { LearnResult, RLExtras, RLParts, Rollout } from '../rollout/rl-trainer.js';
import { loadCheckpointCritic, startingCritic } from './critic.js';
import { nextKlCoef } from './kl-controller.js';
import { resolvePPOConfig } from './ppo-config.js';
import type { PPOConfig, ResolvedPPOConfig } from './ppo-config.js';

/**
 * PPO for language models on core's run scaffolding. Each step: one response per prompt (batched
 * rollouts with the KV cache), the score from the reward, one batched forward of the policy (log-probs
 * and the value head's values) and one of the reference; per-token rewards `−β·k1` plus the score
 * (less `missingEosPenalty` for a response without EOS) at the last token; GAE (core's `gae` op);
 * whitened advantages; then `epochs` passes over shuffled minibatches (gradient accumulation over
 * micro-batches) of `policyLoss + vfCoef·valueLoss`, ended early when approx-KL passes `targetKl`;
 * then β adapts (`adaptiveKl`). The value head sits on the policy (added when the starting model has
 * none) and trains with the adapter, or (`critic: 'separate'`) on a critic model of its own. Metrics: the GRPO ones plus `policyLoss`, `valueLoss`,
 * `valueClipFraction`, `explainedVariance`, `klCoef`, `scoreMean` (after the EOS penalty).
 */
export class PPOTrainer extends RLTrainer<ResolvedPPOConfig> {
  protected readonly kind = 'ppo';

  constructor(config: PPOConfig) {
    super(resolvePPOConfig(config));
  }

  protected get samplesPerPrompt(): number {
    return 1;
  }

  protected initialKlCoef(): number {
    return this.config.klCoef;
  }

  protected klLimit(): number {
    return this.config.klLimit;
  }

  /** The starting model (an SFT adapter merged) with a value head (`critic: 'shared'`), or without one (`'separate'`). */
  protected override async adaptInitModel(loaded: Pretrained): Promise<Pretrained> {
    const start = await super.adaptInitModel(loaded);
    const shared = this.config.critic === 'shared';
    if ((start.model.config.valueHead === true) === shared) return start;
    try {
      return { ...start, model: shared ? addValueHead(start.model, { seed: this.config.valueHeadSeed }) : dropValueHead(start.model) };
    } finally {
      start.model.dispose();
    }
  }

  /** `critic: 'separate'`: the critic of the resumed checkpoint, else one from `criticInitFrom` or the starting policy. */
  protected override async buildCritic(model: Transformer, tokenizer: Tokenizer, { saved, checkpoint }: RunStart<RLExtras>): Promise<{ critic: Transformer; lrMultiplier: number } | undefined> {
    const c = this.config;
    if (c.critic === 'shared') {
      if (checkpoint !== undefined && saved !== undefined && model.config.valueHead !== true) {
        throw new ConfigError(`${checkpoint} was saved by a run with critic 'separate' (its policy has no value head). Resume it with critic 'separate'.`);
      }
      return undefined;
    }
    const critic = saved !== undefined && checkpoint !== undefined
      ? await loadCheckpointCritic(checkpoint)
      : await startingCritic(model, tokenizer, c.criticInitFrom, c.valueHeadSeed);
    return { critic, lrMultiplier: c.criticLr / c.lr };
  }

  protected async learn(run: ActiveRun<RLParts>, rollout: Rollout, measured: Readonly<Record<string, number>>): Promise<LearnResult> {
    const c = this.config;
    const klCoef = run.parts.klCoef;
    const { batch, oldLogProbs, oldValues } = rollout;
    if (oldValues === undefined) throw new Error('PPOTrainer: no values (adaptInitModel adds a value head; buildCritic makes a separate critic).');
    const scores = rollout.rewards.map((r, i) => r - (rollout.stopped[i] ? 0 : c.missingEosPenalty));
    const targets = tf.tidy(() => {
      const lastToken = new Float32Array(batch.lengths.length * batch.responseWidth);
      batch.lengths.forEach((length, i) => { lastToken[i * batch.responseWidth + length - 1] = scores[i]!; });
      const kl = tf.mul(klEstimate(oldLogProbs, rollout.refLogProbs, 'k1'), batch.mask);
      const rewards = tf.sub(tf.tensor2d(lastToken, batch.mask.shape), tf.mul(kl, klCoef)) as tf.Tensor2D; // [N, R]
      const { advantages, returns } = gae(rewards, tf.mul(oldValues, batch.mask) as tf.Tensor2D, batch.mask, { gamma: c.gamma, lambda: c.lam });
      const explained = tf.sub(1, tf.div(maskedVariance(tf.sub(returns, oldValues), batch.mask), tf.add(maskedVariance(returns, batch.mask), 1e-8)));
      return { advantages: whiten(advantages, batch.mask), returns, explained };
    });
    try {
      const learned = await this.runUpdates(run, rollout, ({ scores: now, mask, take }) => {
        const policy = clippedPolicyLoss({ logProbs: now.logProbs, oldLogProbs: take(oldLogProbs), advantages: take(targets.advantages), mask }, c.clipRange);
        const value = clippedValueLoss({ values: now.values!, oldValues: take(oldValues), returns: take(targets.returns), mask }, c.clipRangeValue);
        return {
          loss: tf.add(policy.loss, tf.mul(value.loss, c.vfCoef)) as tf.Scalar,
          metrics: {
            policyLoss: policy.loss, valueLoss: value.loss, clipFraction: policy.clipFraction,
            valueClipFraction: value.clipFraction, approxKl: policy.approxKl,
          },
        };
      }, { stop: (metrics) => c.targetKl > 0 && metrics.approxKl! > c.targetKl });
      if (c.adaptiveKl !== false) run.parts.klCoef = nextKlCoef(klCoef, measured.kl!, scores.length, c.adaptiveKl);
      const explainedVariance = (await targets.explained.data())[0]!;
      return {
        ...learned,
        metrics: { ...learned.metrics, klCoef, explainedVariance, scoreMean: scores.reduce((a, b) => a + b, 0) / scores.length },
      };
    } finally {
      tf.dispose([targets.advantages, targets.returns, targets.explained]);
    }
  }
}
