import { ConfigError, checkInteger, checkNonNegative, checkPositive, checkString, resolveRunOptions } from '@stagecoach/core';
import type { RunConfig, RunOptions } from '@stagecoach/core';
import { resolveLoraConfig } from '@stagecoach/lora';
import type { LoraConfig } from '@stagecoach/lora';

/**
 * Reward-model training (TRL's `RewardTrainer`): a base model (`initFrom`, required; a language model gets
 * a fresh score head), preference pairs, the Bradley–Terry loss, LoRA or full fine-tuning.
 */
export interface RewardConfig extends RunOptions {
  /**
   * Preference pairs: a JSONL file (`{"prompt", "chosen", "rejected"}` with text, or `{"chosen": [messages],
   * "rejected": [messages]}` a line; optional `"margin"`) or the records themselves.
   */
  data: string | readonly unknown[];
  /** Held-out pairs for the accuracy and loss at each evaluation (`evalEvery`). Default: none. */
  validData?: string | readonly unknown[];
  /**
   * The adapter to train; the score head is always trained in full beside it (PEFT's `modules_to_save`).
   * `false` trains every weight. Default `{}` (r 8, α 8, q/v or c_attn).
   */
  lora?: LoraConfig | false;
  /** Learning rate (constant). Default 1e-4. */
  lr?: number;
  /** Preference pairs per step (each gives two sequences). Default 8. */
  batchSize?: number;
  /** Longest sequence (prompt + response) in tokens; longer pairs are left out and counted. Default: the model's context. */
  seqLen?: number;
  /** A Jinja chat template for chat records. Default: the tokenizer's, else Stagecoach's default template. */
  chatTemplate?: string;
  /** AdamW weight decay. Default 0. */
  weightDecay?: number;
  /** Global-norm gradient clipping; 0 disables. Default 1. */
  maxGradNorm?: number;
  /** Evaluate held-out accuracy and loss every N steps (and at the end). Default 0: never. */
  evalEvery?: number;
}

/** A {@link RewardConfig} with defaults filled in (`seqLen` 0 = the model's context). */
export interface ResolvedRewardConfig extends RunConfig {
  data: string | readonly unknown[];
  validData?: string | readonly unknown[];
  lora: LoraConfig | false;
  lr: number;
  batchSize: number;
  seqLen: number;
  chatTemplate?: string;
  weightDecay: number;
  maxGradNorm: number;
  evalEvery: number;
}

/** Fills in defaults and validates; `ConfigError` naming the field. */
export function resolveRewardConfig(config: RewardConfig): ResolvedRewardConfig {
  if (config.initFrom === undefined && config.resumeFrom === undefined) {
    throw new ConfigError('RewardConfig.initFrom is required: the model folder (ours or Hugging Face) to train the reward model from.');
  }
  const lora = config.lora ?? {};
  if (lora !== false) resolveLoraConfig(lora);
  return {
    ...resolveRunOptions(config),
    data: checkData(config.data, 'data'),
    ...(config.validData === undefined ? {} : { validData: checkData(config.validData, 'validData') }),
    lora,
    lr: checkPositive(config.lr ?? 1e-4, 'lr'),
    batchSize: checkInteger(config.batchSize ?? 8, 'batchSize', 1),
    seqLen: checkInteger(config.seqLen ?? 0, 'seqLen', 0),
    ...(config.chatTemplate === undefined ? {} : { chatTemplate: checkString(config.chatTemplate, 'chatTemplate') }),
    weightDecay: checkNonNegative(config.weightDecay ?? 0, 'weightDecay'),
    maxGradNorm: checkNonNegative(config.maxGradNorm ?? 1, 'maxGradNorm'),
    evalEvery: checkInteger(config.evalEvery ?? 0, 'evalEvery', 0),
  };
}

function checkData(value: unknown, field: string): string | readonly unknown[] {
  if (typeof value === 'string' && value.length > 0) return value;
  if (Array.isArray(value)) return value;
  throw new ConfigError(`RewardConfig.${field} must be a JSONL path or a list of preference records; got ${JSON.stringify(value)?.slice(0, 60)}.`);
}
