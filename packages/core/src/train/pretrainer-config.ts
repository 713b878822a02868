import { ConfigError } from '../errors.js';
import { resolveTransformerConfig, type TransformerConfig } from '../model/index.js';
import type { Tokenizer } from '../tokenizers/index.js';
import type { SourceSpec } from './data/sources.js';
import { checkInteger } from './config-checks.js';
import { checkSourceSpecs, LM_TRAINING_FIELDS, resolveLmTrainingOptions, type LmTrainingOptions, type ResolvedLmTrainingOptions } from './lm-options.js';
import { resolveRunOptions, type RunConfig, type RunOptions } from './run-config.js';

/** Configuration of a pre-training run. Only `model`, `data` and `steps` are required. */
export interface PretrainerConfig extends Omit<RunOptions, 'initFrom'>, LmTrainingOptions {
  /** A preset name (`'gpt2-tiny'`, `'llama-small'`, ...), or a config (`{ preset, ...overrides }` or every field). */
  model: string | (Partial<TransformerConfig> & { preset?: string });
  /** Training corpus: a path or URL (`.jsonl`/`.ndjson` → JSONL, else one text document), a TextSource, or several. */
  data: SourceSpec | SourceSpec[];
  /** Separate validation corpus. Default: hold out `validationFraction` of the training windows. */
  validationData?: SourceSpec | SourceSpec[];
  /**
   * `'byte'` (256 bytes + <|bos|>, <|eos|>, <|pad|>), a byte-level BPE trained on the corpus before
   * training (`{ type: 'bpe', vocabSize }`; the model's vocabSize is set to match), or any Tokenizer.
   * Default 'byte'.
   */
  tokenizer?: 'byte' | BpeTokenizerConfig | Tokenizer;
  /**
   * Checkpoint folder (or an `outDir` holding `checkpoint-*` folders: the latest is used) to continue from.
   * The resume is exact or refused: the architecture, the data order fields (seqLen, seed,
   * validationFraction, shuffleBuffer, textField), the tokenizer and the training corpus (each source's
   * size and content hash, see `SourceFingerprint`) must match the checkpoint's. Without `outDir`, new
   * checkpoints go to the folder that holds the resumed one.
   */
  resumeFrom?: string;
}

/** Train a byte-level BPE tokenizer on the training corpus first. */
export interface BpeTokenizerConfig {
  type: 'bpe';
  /** Vocabulary size (an upper bound: 256 bytes + merges + special tokens). */
  vocabSize: number;
  /** Characters of the corpus read to train the tokenizer. Default 10 000 000. */
  trainingChars?: number;
}

/** A config with every default filled in and every field checked. */
export interface ResolvedPretrainerConfig extends Omit<RunConfig, 'evalEvery' | 'sampleEvery'>, ResolvedLmTrainingOptions {
  model: TransformerConfig;
  data: SourceSpec | SourceSpec[];
  validationData?: SourceSpec | SourceSpec[];
  tokenizer: 'byte' | BpeTokenizerConfig | Tokenizer;
}

/** Fills defaults and validates; throws ConfigError naming the field, the value and the valid range (or an unknown field). */
export function resolvePretrainerConfig(config: PretrainerConfig): ResolvedPretrainerConfig {
  if (typeof config !== 'object' || config === null) throw new ConfigError('pretrainer config must be an object with at least model, data and steps.');
  const unknown = Object.keys(config).filter((key) => !Object.hasOwn(PRETRAINER_FIELDS, key));
  if (unknown.length > 0) {
    throw new ConfigError(
      `pretrainer config has unknown field(s) ${unknown.map((k) => `"${k}"`).join(', ')} (a typo?). Valid fields: ${Object.keys(PRETRAINER_FIELDS).join(', ')}.`,
    );
  }
  if (config.model === undefined) throw new ConfigError('config.model is required: a preset name such as "gpt2-tiny" or a model config.');
  if (typeof config.model !== 'string' && (typeof config.model !== 'object' || config.model === null || Array.isArray(config.model))) {
    throw new ConfigError(`config.model must be a preset name such as "gpt2-tiny" or a model config object, got ${JSON.stringify(config.model)}.`);
  }
  const tokenizer = config.tokenizer ?? 'byte';
  const bpe = isBpe(tokenizer) ? tokenizer : undefined;
  if (bpe !== undefined) checkInteger(bpe.vocabSize, 'tokenizer.vocabSize', 260);
  let model: TransformerConfig;
  try {
    const input = typeof config.model === 'string' ? { preset: config.model } : config.model;
    // A trained BPE decides the vocabulary and the special-token ids.
    model = resolveTransformerConfig(input);
    if (bpe !== undefined) {
      const { bosTokenId: _bos, eosTokenId: _eos, padTokenId: _pad, ...architecture } = model;
      model = resolveTransformerConfig({ ...architecture, vocabSize: bpe.vocabSize });
    }
  } catch (error) {
    throw new ConfigError(`config.model: ${(error as Error).message}`, { cause: error });
  }
  if (config.data === undefined || (Array.isArray(config.data) && config.data.length === 0)) {
    throw new ConfigError('config.data is required: a text or JSONL file path (or URL, or several).');
  }
  checkSourceSpecs(config.data, 'data');
  if (config.validationData !== undefined) checkSourceSpecs(config.validationData, 'validationData');
  const run = resolveRunOptions(config);
  const options = resolveLmTrainingOptions(config, { contextLength: model.contextLength, steps: run.steps, separateValidation: config.validationData !== undefined });
  if (tokenizer !== 'byte' && bpe === undefined && (typeof tokenizer !== 'object' || typeof (tokenizer as Tokenizer).encode !== 'function')) {
    throw new ConfigError(`config.tokenizer must be "byte", { type: "bpe", vocabSize } or a Tokenizer object, got ${JSON.stringify(tokenizer)}.`);
  }
  if (bpe !== undefined && bpe.trainingChars !== undefined) checkInteger(bpe.trainingChars, 'tokenizer.trainingChars', 1);
  const resolved: ResolvedPretrainerConfig = { ...run, ...options, model, data: config.data, tokenizer };
  if (config.validationData !== undefined) resolved.validationData = config.validationData;
  return resolved;
}

/** The fields a PretrainerConfig may hold (the compiler keeps this in step with the interface). */
const PRETRAINER_FIELDS: Record<keyof PretrainerConfig, true> = {
  model: true, data: true, validationData: true, tokenizer: true, ...LM_TRAINING_FIELDS,
  steps: true, outDir: true, checkpointEvery: true, keepCheckpoints: true, metricsFile: true, seed: true, resumeFrom: true, overwrite: true,
};

/** Whether the tokenizer setting asks for a BPE trained on the corpus. */
export function isBpe(tokenizer: unknown): tokenizer is BpeTokenizerConfig {
  return typeof tokenizer === 'object' && tokenizer !== null && (tokenizer as { type?: unknown }).type === 'bpe';
}
