import { ConfigError, checkInteger, checkNonNegative, checkPositive, checkString, resolveRunOptions } from '@stagecoach/core';
import type { RunConfig, RunOptions } from '@stagecoach/core';
import { resolveLoraConfig } from '@stagecoach/lora';
import type { LoraConfig } from '@stagecoach/lora';
import type { RewardFunction } from './reward.js';

/**
 * What every RL trainer (`GRPOTrainer`, `PPOTrainer`) takes: the starting model, the prompts, the
 * reward, the sampling settings and the update. One `step` is one iteration: rollouts, rewards,
 * scoring, then the policy update(s).
 */
export interface RLOptions extends RunOptions {
  /**
   * The model to start from (required): a model folder (ours or Hugging Face), or an SFT run or
   * checkpoint folder, whose LoRA adapter (`adapter/`) is merged into its base, so RL starts from the
   * fine-tuned model. That starting model is also the reference policy of the KL term.
   */
  initFrom?: string;
  /**
   * The prompts: a JSONL file or the records themselves, in the SFT formats: `{ "prompt": "..." }` or
   * `{ "messages": [{ role, content }, ...] }` (rendered with the chat template and the generation
   * prompt). A response in a record (`completion`, a final assistant turn) is left out of the prompt.
   * Other fields (e.g. `answer`) reach the reward as `record`.
   */
  prompts: string | readonly unknown[];
  /** Scores a response (see {@link RewardFunction}); a trained reward model is wrapped as one. */
  reward: RewardFunction;
  /** The adapter to train; `false` trains every weight (the reference is then a frozen copy). Default `{}` (r 8, α 8, q/v or c_attn). */
  lora?: LoraConfig | false;
  /** Learning rate (constant). Default 1e-4 with LoRA, 1e-5 for full fine-tuning. */
  lr?: number;
  /** Prompts per iteration (in data order, shuffled each epoch from the seed). Default 8. */
  promptsPerStep?: number;
  /** New tokens per response at most. Default 64. */
  maxNewTokens?: number;
  /** Sampling temperature (> 0). Default 1. */
  temperature?: number;
  /**
   * Sample among the top-k tokens only (0 = all). Default 0. The policy's log-probs (old and new, for the
   * ratio) and the reference's are taken under the distribution sampled from (temperature, top-k, top-p),
   * each model truncated by its own kept set, a token outside it scored untruncated (see `scoreResponses`).
   */
  topK?: number;
  /** Nucleus sampling threshold (1 = all); log-probs as for `topK`. Default 1. */
  topP?: number;
  /** Passes over the iteration's samples. Default 1 (GRPO), 4 (PPO). */
  epochs?: number;
  /** Samples per optimizer step (a minibatch); the rest of the iteration's samples make further steps. Default: all of them (one step per epoch). */
  miniBatchSize?: number;
  /** Samples per forward pass, in the update (gradient accumulation inside a minibatch) and in scoring. Default: the minibatch (scoring: all). */
  microBatchSize?: number;
  /** PPO clip range ε of the policy ratio. Default 0.2. */
  clipRange?: number;
  /** Global-norm gradient clipping; 0 disables. Default 1. */
  maxGradNorm?: number;
  /** AdamW weight decay. Default 0. */
  weightDecay?: number;
  /** A Jinja chat template for chat prompts. Default: the tokenizer's, else Stagecoach's default template. */
  chatTemplate?: string;
}

/** {@link RLOptions} with defaults filled in (`miniBatchSize` / `microBatchSize` 0: all the samples). */
export interface ResolvedRLOptions extends RunConfig {
  initFrom?: string;
  prompts: string | readonly unknown[];
  reward: RewardFunction;
  lora: LoraConfig | false;
  lr: number;
  promptsPerStep: number;
  maxNewTokens: number;
  temperature: number;
  topK: number;
  topP: number;
  epochs: number;
  miniBatchSize: number;
  microBatchSize: number;
  clipRange: number;
  maxGradNorm: number;
  weightDecay: number;
  chatTemplate?: string;
}

/** Fills in the shared defaults and validates; `ConfigError` naming `${name}.field`. */
export function resolveRLOptions(config: RLOptions, name: string, defaults: { epochs: number }): ResolvedRLOptions {
  if (config.initFrom === undefined && config.resumeFrom === undefined) {
    throw new ConfigError(`${name}.initFrom is required: the model (or SFT run / checkpoint folder) to start RL from.`);
  }
  if (typeof config.reward !== 'function') {
    throw new ConfigError(`${name}.reward must be a function (prompt, response, record) => number | Promise<number>; got ${typeof config.reward}.`);
  }
  const prompts = config.prompts;
  if (!(typeof prompts === 'string' && prompts.length > 0) && !Array.isArray(prompts)) {
    throw new ConfigError(`${name}.prompts must be a JSONL path or a list of records; got ${JSON.stringify(prompts)?.slice(0, 60)}.`);
  }
  const lora = config.lora ?? {};
  if (lora !== false) resolveLoraConfig(lora);
  const temperature = checkPositive(config.temperature ?? 1, 'temperature');
  return {
    ...resolveRunOptions(config),
    prompts,
    reward: config.reward,
    lora,
    lr: checkPositive(config.lr ?? (lora === false ? 1e-5 : 1e-4), 'lr'),
    promptsPerStep: checkInteger(config.promptsPerStep ?? 8, 'promptsPerStep', 1),
    maxNewTokens: checkInteger(config.maxNewTokens ?? 64, 'maxNewTokens', 1),
    temperature,
    topK: checkInteger(config.topK ?? 0, 'topK', 0),
    topP: checkTopP(config.topP ?? 1),
    epochs: checkInteger(config.epochs ?? defaults.epochs, 'epochs', 1),
    miniBatchSize: checkInteger(config.miniBatchSize ?? 0, 'miniBatchSize', 0),
    microBatchSize: checkInteger(config.microBatchSize ?? 0, 'microBatchSize', 0),
    clipRange: checkPositive(config.clipRange ?? 0.2, 'clipRange'),
    maxGradNorm: checkNonNegative(config.maxGradNorm ?? 1, 'maxGradNorm'),
    weightDecay: checkNonNegative(config.weightDecay ?? 0, 'weightDecay'),
    ...(config.initFrom === undefined ? {} : { initFrom: config.initFrom }),
    ...(config.chatTemplate === undefined ? {} : { chatTemplate: checkString(config.chatTemplate, 'chatTemplate') }),
  };
}

function checkTopP(value: unknown): number {
  if (typeof value !== 'number' || !(value > 0 && value <= 1)) throw new ConfigError(`config.topP must be a number in (0, 1], got ${JSON.stringify(value)}.`);
  return value;
}
