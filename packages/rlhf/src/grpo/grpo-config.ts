import { ConfigError, checkBoolean, checkInteger, checkNonNegative, checkPositive } from '@stagecoach/core';
import { resolveRLOptions } from '../rollout/rl-config.js';
import type { RLOptions, ResolvedRLOptions } from '../rollout/rl-config.js';
import { LOSS_AGGREGATIONS } from '../math/index.js';
import type { LossAggregation } from '../math/index.js';

/**
 * Group Relative Policy Optimization (Shao et al., 2024, DeepSeekMath): `groupSize` responses per
 * prompt, each response's advantage its reward minus its group's mean (optionally divided by the
 * group's std), PPO's clipped objective per token, an optional k3 KL penalty toward the reference,
 * no value model. The usual choice for verifiable rewards (a math answer checker).
 */
export interface GRPOConfig extends RLOptions {
  /** Responses sampled per prompt (the group). Default 8. */
  groupSize?: number;
  /** Divide each group's centred rewards by the group's std. Default true. */
  scaleRewards?: boolean;
  /** β: weight of the per-token KL (k3) to the reference in the loss; 0 drops it. Default 0.04. */
  klCoef?: number;
  /**
   * Stop the run (TrainingError, the iteration not applied, the last checkpoint kept) when the KL to the
   * reference of the iteration's responses exceeds this many nats per response. Default 50.
   */
  klLimit?: number;
  /**
   * How the per-token loss (clipped objective + β·k3) of a minibatch is aggregated (TRL's `loss_type`):
   * `'bnpo'` the mean over all its response tokens (TRL's `dapo` on one device); `'grpo'` each response's
   * token mean, then the mean over responses (the paper's); `'dr_grpo'` the token sum divided by
   * `responses × maxNewTokens` (Dr. GRPO; pair it with `scaleRewards: false`). See {@link LossAggregation}.
   * Default `'bnpo'`: every token weighs the same, whatever the length of its response.
   */
  lossType?: LossAggregation;
}

/** A {@link GRPOConfig} with defaults filled in. */
export interface ResolvedGRPOConfig extends ResolvedRLOptions {
  groupSize: number;
  scaleRewards: boolean;
  klCoef: number;
  klLimit: number;
  lossType: LossAggregation;
}

/** Fills in defaults and validates; `ConfigError` naming the field. */
export function resolveGRPOConfig(config: GRPOConfig): ResolvedGRPOConfig {
  return {
    ...resolveRLOptions(config, 'GRPOConfig', { epochs: 1 }),
    groupSize: checkInteger(config.groupSize ?? 8, 'groupSize', 2, undefined, ' (a group of one has no mean to compare with)'),
    scaleRewards: checkBoolean(config.scaleRewards ?? true, 'scaleRewards'),
    klCoef: checkNonNegative(config.klCoef ?? 0.04, 'klCoef'),
    klLimit: checkPositive(config.klLimit ?? 50, 'klLimit'),
    lossType: checkLossType(config.lossType ?? 'bnpo'),
  };
}

function checkLossType(value: unknown): LossAggregation {
  if (!LOSS_AGGREGATIONS.includes(value as LossAggregation)) {
    throw new ConfigError(`config.lossType must be one of ${LOSS_AGGREGATIONS.map((t) => `'${t}'`).join(', ')}; got ${JSON.stringify(value)}.`);
  }
  return value as LossAggregation;
}
