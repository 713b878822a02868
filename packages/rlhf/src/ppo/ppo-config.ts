import { ConfigError, checkInteger, checkNonNegative, checkPositive, checkString } from '@stagecoach/core';
import { resolveRLOptions } from '../rollout/rl-config.js';
import type { RLOptions, ResolvedRLOptions } from '../rollout/rl-config.js';

/** Adaptive KL control (Ziegler et al., 2019): β moves so the KL per response approaches `target`. */
export interface AdaptiveKlConfig {
  /** The KL (nats per response) to hold. */
  target: number;
  /** Samples over which β may change by about ±20 %. Default 10000. */
  horizon?: number;
}

/**
 * PPO for language models (Ziegler et al., 2019; Ouyang et al., 2022), as TRL's PPO did it: a value
 * head on the policy, per-token rewards `−β·k1(π, π_ref)` plus the score at the last token, GAE,
 * whitened advantages, the clipped policy and value losses over several epochs of shuffled minibatches.
 */
export interface PPOConfig extends RLOptions {
  /** β, the initial (or fixed) coefficient of the per-token KL penalty in the reward. Default 0.05. */
  klCoef?: number;
  /** Adapt β toward a target KL; `false` keeps it fixed. Default false. */
  adaptiveKl?: AdaptiveKlConfig | false;
  /**
   * End an iteration's epochs early once the approx-KL to the sampling policy, as an optimizer step's
   * forward pass measures it (before that step's update), exceeds this; 0 never. Default 0.
   */
  targetKl?: number;
  /** Stop the run (TrainingError, the iteration not applied, the last checkpoint kept) when the KL to the reference exceeds this many nats per response. Default 50. */
  klLimit?: number;
  /** Discount γ. Default 1. */
  gamma?: number;
  /** GAE λ. Default 0.95. */
  lam?: number;
  /** Clip range of the value loss. Default 0.2. */
  clipRangeValue?: number;
  /** Weight of the value loss. Default 0.1. */
  vfCoef?: number;
  /** Subtracted from the score of a response that ends without a stop token (EOS). Default 0. */
  missingEosPenalty?: number;
  /** Seed of the new value head (a model without one gets it), or of a separate critic's new head. Default: the run's seed. */
  valueHeadSeed?: number;
  /**
   * Where the values come from. `'shared'` (default): a value head on the policy, trained with it (and
   * with its adapter under LoRA); cheap, but the value loss shares the policy's weights. `'separate'`: a
   * critic of its own, as TRL's PPO had: a transformer with a scalar head read at every position
   * (sequence-classification layout), trained in full beside the policy (one optimizer, its own moments),
   * saved under `critic/` in each checkpoint. It starts from `criticInitFrom`, else from the starting
   * policy's weights with a new head (seeded by `valueHeadSeed`).
   */
  critic?: 'shared' | 'separate';
  /**
   * With `critic: 'separate'`: the model the critic starts from: a reward model (checkpoint or run folder,
   * its LoRA adapter merged; TRL initialised the value model so) or a language model (given a new head).
   * It must share the policy's tokenizer. Default: the starting policy.
   */
  criticInitFrom?: string;
  /** With `critic: 'separate'`: the critic's learning rate. Default: `lr`. */
  criticLr?: number;
}

/** A {@link PPOConfig} with defaults filled in. */
export interface ResolvedPPOConfig extends ResolvedRLOptions {
  klCoef: number;
  adaptiveKl: Required<AdaptiveKlConfig> | false;
  targetKl: number;
  klLimit: number;
  gamma: number;
  lam: number;
  clipRangeValue: number;
  vfCoef: number;
  missingEosPenalty: number;
  valueHeadSeed: number;
  critic: 'shared' | 'separate';
  criticInitFrom?: string;
  criticLr: number;
}

/** Fills in defaults and validates; `ConfigError` naming the field. */
export function resolvePPOConfig(config: PPOConfig): ResolvedPPOConfig {
  const base = resolveRLOptions(config, 'PPOConfig', { epochs: 4 });
  const adaptive = config.adaptiveKl ?? false;
  if (config.critic !== 'separate' && (config.criticInitFrom !== undefined || config.criticLr !== undefined)) {
    throw new ConfigError(`config.criticInitFrom and config.criticLr apply to a separate critic only; set critic: 'separate' (or drop them).`);
  }
  if (adaptive !== false && (typeof adaptive !== 'object' || adaptive === null)) {
    throw new ConfigError(`config.adaptiveKl must be { target, horizon? } or false, got ${JSON.stringify(adaptive)}.`);
  }
  return {
    ...base,
    klCoef: checkNonNegative(config.klCoef ?? 0.05, 'klCoef'),
    adaptiveKl: adaptive === false ? false : {
      target: checkPositive(adaptive.target, 'adaptiveKl.target'),
      horizon: checkPositive(adaptive.horizon ?? 10000, 'adaptiveKl.horizon'),
    },
    targetKl: checkNonNegative(config.targetKl ?? 0, 'targetKl'),
    klLimit: checkPositive(config.klLimit ?? 50, 'klLimit'),
    gamma: checkUnit(config.gamma ?? 1, 'gamma'),
    lam: checkUnit(config.lam ?? 0.95, 'lam'),
    clipRangeValue: checkPositive(config.clipRangeValue ?? 0.2, 'clipRangeValue'),
    vfCoef: checkNonNegative(config.vfCoef ?? 0.1, 'vfCoef'),
    missingEosPenalty: checkNonNegative(config.missingEosPenalty ?? 0, 'missingEosPenalty'),
    valueHeadSeed: checkInteger(config.valueHeadSeed ?? base.seed, 'valueHeadSeed', 0),
    critic: checkCritic(config.critic ?? 'shared'),
    criticLr: checkPositive(config.criticLr ?? base.lr, 'criticLr'),
    ...(config.criticInitFrom === undefined ? {} : { criticInitFrom: checkString(config.criticInitFrom, 'criticInitFrom') }),
  };
}

function checkUnit(value: unknown, field: string): number {
  if (typeof value !== 'number' || !(value >= 0 && value <= 1)) throw new ConfigError(`config.${field} must be a number in [0, 1], got ${JSON.stringify(value)}.`);
  return value;
}

function checkCritic(value: unknown): 'shared' | 'separate' {
  if (value !== 'shared' && value !== 'separate') {
    throw new ConfigError(`config.critic must be 'shared' (a value head on the policy) or 'separate' (a critic model of its own); got ${JSON.stringify(value)}.`);
  }
  return value;
}
