import { ConfigError } from '../errors.js';
import { resolveTransformerConfig, type TransformerConfig } from '../model/index.js';
import type { Tokenizer } from '../tokenizers/index.js';
import type { SourceSpec } from './data/sources.js';
import { checkFraction, checkInteger, checkNonNegative, checkPositive, checkString } from './config-checks.js';
import { resolveRunOptions, type RunOptions } from './run-config.js';
import { makeSchedule, type LrScheduleConfig } from './schedules.js';

/** Configuration of a pre-training run. Only `model`, `data` and `steps` are required. */
export interface PretrainerConfig extends Omit<RunOptions, 'initFrom'> {
  /** A preset name (`'gpt2-tiny'`, `'llama-small'`, ...), or a config (`{ preset, ...overrides }` or every field). */
  model: string | (Partial<TransformerConfig> & { preset?: string });
  /** Training corpus: a path or URL (`.jsonl`/`.ndjson` → JSONL, else one text document), a TextSource, or several. */
  data: SourceSpec | SourceSpec[];
  /** Separate validation corpus. Default: hold out `validationFraction` of the training windows. */
  validationData?: SourceSpec | SourceSpec[];
  /** JSONL field that holds the text. Default "text". */
  textField?: string;
  /** Fraction of training windows held out for validation when `validationData` is not given. Default 0.05. */
  validationFraction?: number;
  /** Windows in the seeded shuffle buffer (1 = corpus order). Default 256. */
  shuffleBuffer?: number;
  /**
   * `'byte'` (256 bytes + <|bos|>, <|eos|>, <|pad|>), a byte-level BPE trained on the corpus before
   * training (`{ type: 'bpe', vocabSize }`; the model's vocabSize is set to match), or any Tokenizer.
   * Default 'byte'.
   */
  tokenizer?: 'byte' | BpeTokenizerConfig | Tokenizer;
  /** Tokens per training sequence. Default min(256, model.contextLength). */
  seqLen?: number;
  /** Sequences per micro-batch (one forward/backward). Default 8. */
  batchSize?: number;
  /** Target tokens per optimizer step; micro-batches are accumulated to reach it. Default batchSize × seqLen (no accumulation). */
  tokensPerStep?: number;
  /** Peak learning rate. Default 1e-3. */
  lr?: number;
  /** Learning-rate schedule. Default { type: 'cosine' } (warmup min(100, steps/10), decay to 0.1 × lr). */
  schedule?: LrScheduleConfig;
  /** Decoupled weight decay (not applied to norms, biases, embeddings). Default 0.1. */
  weightDecay?: number;
  /** Default 0.9. */
  beta1?: number;
  /** Default 0.95. */
  beta2?: number;
  /** Default 1e-8. */
  eps?: number;
  /** Global-norm gradient clipping; 0 disables. Default 1. */
  maxGradNorm?: number;
  /** Evaluate every N steps and at the end; 0 disables. Default 100. */
  evalEvery?: number;
  /** Validation windows used per evaluation (at most). Default 32. */
  evalSequences?: number;
  /** Generate samples every N steps; 0 disables. Default 0. */
  sampleEvery?: number;
  /** Sample prompts. Default ['']: generation from BOS alone. */
  samplePrompts?: string[];
  /** New tokens per sample. Default 64. */
  sampleTokens?: number;
  /** Sampling temperature (0 = greedy). Default 0.8. */
  sampleTemperature?: number;
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
export interface ResolvedPretrainerConfig extends Required<Omit<PretrainerConfig, 'model' | 'validationData' | 'outDir' | 'metricsFile' | 'resumeFrom' | 'schedule'>> {
  model: TransformerConfig;
  schedule: LrScheduleConfig;
  validationData?: SourceSpec | SourceSpec[];
  outDir?: string;
  metricsFile?: string;
  resumeFrom?: string;
  /** Micro-batches per optimizer step: round(tokensPerStep / (batchSize × seqLen)). */
  accumulationSteps: number;
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
  sourceSpecs(config.data, 'data');
  if (config.validationData !== undefined) sourceSpecs(config.validationData, 'validationData');
  const run = resolveRunOptions(config);
  const steps = run.steps;
  const seqLen = checkInteger(config.seqLen ?? Math.min(256, model.contextLength), 'seqLen', 1, model.contextLength,
    ` (model.contextLength is ${model.contextLength})`);
  const batchSize = checkInteger(config.batchSize ?? 8, 'batchSize', 1);
  const tokensPerStep = checkInteger(config.tokensPerStep ?? batchSize * seqLen, 'tokensPerStep', batchSize * seqLen, undefined,
    ` (one micro-batch is batchSize × seqLen = ${batchSize * seqLen} tokens)`);
  const lr = checkPositive(config.lr ?? 1e-3, 'lr');
  const schedule = config.schedule ?? { type: 'cosine' };
  if (typeof schedule !== 'object' || Array.isArray(schedule)) {
    throw new ConfigError(`config.schedule must be an object such as { "type": "cosine" } (types: constant, cosine, wsd), got ${JSON.stringify(schedule)}.`);
  }
  makeSchedule(schedule, lr, steps, 'config.schedule'); // validates
  if (tokenizer !== 'byte' && bpe === undefined && (typeof tokenizer !== 'object' || typeof (tokenizer as Tokenizer).encode !== 'function')) {
    throw new ConfigError(`config.tokenizer must be "byte", { type: "bpe", vocabSize } or a Tokenizer object, got ${JSON.stringify(tokenizer)}.`);
  }
  if (bpe !== undefined && bpe.trainingChars !== undefined) checkInteger(bpe.trainingChars, 'tokenizer.trainingChars', 1);
  const resolved: ResolvedPretrainerConfig = {
    ...run,
    model,
    data: config.data,
    textField: checkString(config.textField ?? 'text', 'textField'),
    validationFraction: checkFraction(config.validationFraction ?? (config.validationData === undefined ? 0.05 : 0), 'validationFraction'),
    shuffleBuffer: checkInteger(config.shuffleBuffer ?? 256, 'shuffleBuffer', 1),
    tokenizer,
    seqLen,
    batchSize,
    tokensPerStep,
    accumulationSteps: Math.max(1, Math.round(tokensPerStep / (batchSize * seqLen))),
    lr,
    schedule,
    weightDecay: checkNonNegative(config.weightDecay ?? 0.1, 'weightDecay'),
    beta1: checkFraction(config.beta1 ?? 0.9, 'beta1'),
    beta2: checkFraction(config.beta2 ?? 0.95, 'beta2'),
    eps: checkPositive(config.eps ?? 1e-8, 'eps'),
    maxGradNorm: checkNonNegative(config.maxGradNorm ?? 1, 'maxGradNorm'),
    evalEvery: checkInteger(config.evalEvery ?? 100, 'evalEvery', 0),
    evalSequences: checkInteger(config.evalSequences ?? 32, 'evalSequences', 1),
    sampleEvery: checkInteger(config.sampleEvery ?? 0, 'sampleEvery', 0),
    samplePrompts: config.samplePrompts ?? [''],
    sampleTokens: checkInteger(config.sampleTokens ?? 64, 'sampleTokens', 1),
    sampleTemperature: checkNonNegative(config.sampleTemperature ?? 0.8, 'sampleTemperature'),
  };
  if (!Array.isArray(resolved.samplePrompts) || resolved.samplePrompts.some((p) => typeof p !== 'string')) {
    throw new ConfigError('config.samplePrompts must be an array of strings.');
  }
  if (config.validationData !== undefined) resolved.validationData = config.validationData;
  return resolved;
}

/** The fields a PretrainerConfig may hold (the compiler keeps this in step with the interface). */
const PRETRAINER_FIELDS: Record<keyof PretrainerConfig, true> = {
  model: true, data: true, validationData: true, textField: true, validationFraction: true, shuffleBuffer: true, tokenizer: true,
  steps: true, seqLen: true, batchSize: true, tokensPerStep: true, lr: true, schedule: true, weightDecay: true, beta1: true, beta2: true,
  eps: true, maxGradNorm: true, evalEvery: true, evalSequences: true, sampleEvery: true, samplePrompts: true, sampleTokens: true,
  sampleTemperature: true, outDir: true, checkpointEvery: true, keepCheckpoints: true, metricsFile: true, seed: true, resumeFrom: true,
  overwrite: true,
};

/** Whether the tokenizer setting asks for a BPE trained on the corpus. */
export function isBpe(tokenizer: unknown): tokenizer is BpeTokenizerConfig {
  return typeof tokenizer === 'object' && tokenizer !== null && (tokenizer as { type?: unknown }).type === 'bpe';
}

/** Checks a corpus spec: a path or URL, a TextSource, or `{ path, format?, field? }` (or a non-empty list of them). */
function sourceSpecs(spec: unknown, field: string): void {
  const list = Array.isArray(spec) ? spec : [spec];
  list.forEach((one: unknown, i) => {
    const where = Array.isArray(spec) ? `${field}[${i}]` : field;
    if (typeof one === 'string') {
      checkString(one, where);
      return;
    }
    const object = typeof one === 'object' && one !== null ? (one as Record<string, unknown>) : undefined;
    if (object !== undefined && typeof object.units === 'function') return; // a TextSource
    if (object === undefined || typeof object.path !== 'string' || object.path === '') {
      throw new ConfigError(
        `config.${where} must be a file path or URL, { "path": ..., "format"?: "text" | "jsonl", "field"?: ... } or a TextSource, got ${JSON.stringify(one)}.`,
      );
    }
    if (object.format !== undefined && object.format !== 'text' && object.format !== 'jsonl') {
      throw new ConfigError(`config.${where}.format must be "text" or "jsonl", got ${JSON.stringify(object.format)}.`);
    }
    if (object.field !== undefined) checkString(object.field, `${where}.field`);
  });
}
