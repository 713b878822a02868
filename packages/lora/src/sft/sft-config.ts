import { ConfigError, checkBoolean, checkInteger, checkNonNegative, checkPositive, checkString, resolveRunOptions } from '@stagecoach/core';
import type { RunConfig, RunOptions } from '@stagecoach/core';
import { resolveLoraConfig } from '../lora-config.js';
import type { LoraConfig } from '../lora-config.js';
import { checkSftEvalTask } from './sft-eval-task.js';
import type { SftEvalTask } from './sft-eval-task.js';

/**
 * Supervised fine-tuning: a base model (`initFrom`, required), prompt/completion or chat records,
 * loss on the completion / assistant tokens only, with a LoRA adapter or in full.
 */
export interface SFTConfig extends RunOptions {
  /**
   * Training records: a JSONL file (`{"prompt", "completion"}` or `{"messages": [{role, content}]}`
   * a line) or the records themselves.
   */
  data: string | readonly unknown[];
  /** Held-out records for the loss at each evaluation (`evalEvery`). Default: none. */
  validData?: string | readonly unknown[];
  /** The adapter to train; `false` trains every weight (full fine-tuning). Default `{}` (r 8, α 8, q/v or c_attn). */
  lora?: LoraConfig | false;
  /** Learning rate (constant). Default 2e-4. */
  lr?: number;
  /** Rows per step. Default 8. */
  batchSize?: number;
  /** Tokens per row (inputs); longer examples are cut and counted. Default: the model's context − 1. */
  seqLen?: number;
  /** Pack several examples into one row (attention kept inside each). Default false. */
  packing?: boolean;
  /** A Jinja chat template for chat records. Default: the tokenizer's, else Stagecoach's default template. */
  chatTemplate?: string;
  /** AdamW weight decay. Default 0. */
  weightDecay?: number;
  /** Global-norm gradient clipping; 0 disables. Default 1. */
  maxGradNorm?: number;
  /** Evaluate (held-out loss, `evalTask`) every N steps (and at the end). Default 0: never. */
  evalEvery?: number;
  /**
   * An `@stagecoach/eval` task run at each evaluation, e.g. `{ task: arithmeticTask({ count: 100, seed: 1 }), maxNewTokens: 64 }`:
   * the eval event's `metrics` (and the metrics file) get `accuracy` with its 95% Wilson interval
   * (`accuracyLower`, `accuracyUpper`), `correct` and `problems`. Default: none.
   */
  evalTask?: SftEvalTask;
  /**
   * Also write the merged model (adapter folded into the base, PEFT's `merge_and_unload`) in Hugging
   * Face layout under `merged/` in each checkpoint: `config.json`, `model.safetensors`, the tokenizer.
   * LoRA runs only. Default false.
   */
  saveMerged?: boolean;
}

/** An {@link SFTConfig} with defaults filled in (`seqLen` 0 = the model's context − 1). */
export interface ResolvedSFTConfig extends RunConfig {
  data: string | readonly unknown[];
  validData?: string | readonly unknown[];
  lora: LoraConfig | false;
  lr: number;
  batchSize: number;
  seqLen: number;
  packing: boolean;
  chatTemplate?: string;
  weightDecay: number;
  maxGradNorm: number;
  evalEvery: number;
  evalTask?: SftEvalTask;
  saveMerged: boolean;
}

/** Fills in defaults and validates; `ConfigError` naming the field. */
export function resolveSFTConfig(config: SFTConfig): ResolvedSFTConfig {
  if (config.initFrom === undefined && config.resumeFrom === undefined) {
    throw new ConfigError('SFTConfig.initFrom is required: the base model folder (ours or Hugging Face) to fine-tune.');
  }
  const data = checkData(config.data, 'data');
  const lora = config.lora ?? {};
  if (lora !== false) resolveLoraConfig(lora);
  return {
    ...resolveRunOptions(config),
    data,
    ...(config.validData === undefined ? {} : { validData: checkData(config.validData, 'validData') }),
    lora,
    lr: checkPositive(config.lr ?? 2e-4, 'lr'),
    batchSize: checkInteger(config.batchSize ?? 8, 'batchSize', 1),
    seqLen: checkInteger(config.seqLen ?? 0, 'seqLen', 0),
    packing: checkBoolean(config.packing ?? false, 'packing'),
    ...(config.chatTemplate === undefined ? {} : { chatTemplate: checkString(config.chatTemplate, 'chatTemplate') }),
    weightDecay: checkNonNegative(config.weightDecay ?? 0, 'weightDecay'),
    maxGradNorm: checkNonNegative(config.maxGradNorm ?? 1, 'maxGradNorm'),
    evalEvery: checkInteger(config.evalEvery ?? 0, 'evalEvery', 0),
    ...(config.evalTask === undefined ? {} : { evalTask: checkSftEvalTask(config.evalTask) }),
    saveMerged: checkSaveMerged(config.saveMerged ?? false, lora),
  };
}

function checkSaveMerged(value: unknown, lora: LoraConfig | false): boolean {
  const saveMerged = checkBoolean(value, 'saveMerged');
  if (saveMerged && lora === false) {
    throw new ConfigError('SFTConfig.saveMerged needs a LoRA adapter: a full fine-tune\'s checkpoint is already the whole model. Remove saveMerged or set lora.');
  }
  return saveMerged;
}

function checkData(value: unknown, field: string): string | readonly unknown[] {
  if (typeof value === 'string' && value.length > 0) return value;
  if (Array.isArray(value)) return value;
  throw new ConfigError(`SFTConfig.${field} must be a JSONL path or a list of records; got ${JSON.stringify(value)?.slice(0, 60)}.`);
}
