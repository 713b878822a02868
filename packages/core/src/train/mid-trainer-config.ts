import { ConfigError } from '../errors.js';
import type { ContextExtensionMethod } from '../model/index.js';
import type { SourceEnd } from './data/mixture-stream.js';
import type { SourceSpec } from './data/sources.js';
import { checkInteger, checkPositive, checkString } from './config-checks.js';
import { checkSourceSpecs, LM_TRAINING_FIELDS, resolveLmTrainingOptions, type LmTrainingOptions, type ResolvedLmTrainingOptions } from './lm-options.js';
import { sourceSpecName } from './lm-run.js';
import { resolveRunOptions, type RunConfig, type RunOptions } from './run-config.js';

/** One source of a mid-training data mixture. */
export interface MixtureSourceConfig {
  /** The corpus: a path or URL (`.jsonl`/`.ndjson` → JSONL, else one text document), `{ path, format?, field? }` or a TextSource. */
  source: SourceSpec;
  /** Share of the training rows, relative to the other sources (e.g. 0.7 and 0.3). Default 1. */
  weight?: number;
  /** Name in metrics (`valLoss/<name>`, `epochs/<name>`) and messages. Default: the file name. */
  name?: string;
  /** When the source is used up: `'wrap'` reads it again, `'stop'` leaves it out of the mixture from then on. Default `config.onSourceEnd`. */
  onEnd?: SourceEnd;
}

/** Extend the context window (see `extendContext` in core's model surgery). */
export interface ContextExtensionConfig {
  /** The new context length in tokens; must exceed the `initFrom` model's. */
  length: number;
  /**
   * Llama family (RoPE): `'linear'` (position interpolation), `'ntk'` (NTK-aware base change) or `'yarn'`;
   * GPT-2 family: `'interpolate'` (the learned position table stretched). Default: `'yarn'` for Llama, `'interpolate'` for GPT-2.
   */
  method?: ContextExtensionMethod;
}

/** Teach the model a new language: extend its tokenizer with tokens learned on the language's text, and its embeddings to match. */
export interface VocabularyExtensionConfig {
  /** Text of the new language to learn the tokens from (often the same file as a mixture source). */
  data: SourceSpec | SourceSpec[];
  /** New tokens (BPE merges) appended after the existing ids; old ids do not change. */
  addTokens: number;
  /** Characters of `data` read to learn the tokens. Default 10 000 000. */
  trainingChars?: number;
  /**
   * First train only the new token rows (embedding rows, and output columns when untied; every other
   * weight and every old row stays fixed) for this many steps at `newRowsLr`, then everything at the
   * run's `lr` schedule. Default 0 (train everything from the start).
   */
  newRowsSteps?: number;
  /** Learning rate of the new-rows phase. Default 10 × lr. */
  newRowsLr?: number;
}

/** A phase of the progressive sequence length: rows of `seqLen` tokens until step `untilStep`. */
export interface SeqLenPhase {
  /** Steps [previous phase's untilStep, untilStep) use this length. */
  untilStep: number;
  /** Tokens per row; must divide `config.seqLen` (each window is cut into seqLen / phase.seqLen rows, so tokens per step stay the same). */
  seqLen: number;
}

/**
 * Configuration of a mid-training run: continued pre-training of a checkpoint (`initFrom`) on a
 * weighted data mixture, optionally with a longer context and a new vocabulary. Only `initFrom`, `data`
 * and `steps` are required (with `resumeFrom`, `initFrom` may be left out).
 *
 * ```ts
 * new MidTrainer({
 *   initFrom: 'runs/base', steps: 300, seqLen: 256, lr: 3e-4, outDir: 'runs/mid',
 *   data: [{ source: 'mid.txt', weight: 0.7 }, { source: 'base.txt', weight: 0.3, name: 'replay' }],
 *   extendContext: { length: 256, method: 'linear' },
 * });
 * ```
 */
export interface MidTrainerConfig extends RunOptions, LmTrainingOptions {
  /** The checkpoint to continue: one of our checkpoints, a run folder (its latest), or a Hugging Face folder. */
  initFrom?: string;
  /** The training data: one corpus, or a mixture of weighted sources. */
  data: SourceSpec | MixtureSourceConfig | (SourceSpec | MixtureSourceConfig)[];
  /** What a source does when used up, unless it sets its own `onEnd`. Default `'wrap'`. */
  onSourceEnd?: SourceEnd;
  /** Extend the context window before training. Default: keep it. */
  extendContext?: ContextExtensionConfig;
  /** Extend the vocabulary (a new language) before training. Default: keep it. */
  vocabulary?: VocabularyExtensionConfig;
  /** Progressive sequence length: shorter rows for the first steps, then `seqLen`. Default: `seqLen` throughout. */
  seqLenSchedule?: SeqLenPhase[];
  /**
   * Tokens per training sequence, at most the (extended) context. Default min(256, extendContext.length), or
   * 256 without extendContext (set it for a model with a shorter context).
   */
  seqLen?: number;
  /** Peak learning rate. Default 3e-4 (continued training: lower than pre-training's 1e-3). */
  lr?: number;
}

/** A mixture source with its defaults filled in. */
export interface ResolvedMixtureSource {
  source: SourceSpec;
  weight: number;
  name: string;
  onEnd: SourceEnd;
}

/** A MidTrainerConfig with every default filled in and every field checked. */
export interface ResolvedMidTrainerConfig extends Omit<RunConfig, 'evalEvery' | 'sampleEvery'>, ResolvedLmTrainingOptions {
  data: ResolvedMixtureSource[];
  onSourceEnd: SourceEnd;
  extendContext?: ContextExtensionConfig;
  vocabulary?: VocabularyExtensionConfig & { newRowsSteps: number; newRowsLr: number };
  seqLenSchedule: SeqLenPhase[];
}

/**
 * Fills defaults and validates; throws ConfigError naming the field. The model's context length is not
 * known before the checkpoint is read: `seqLen` is checked against it (or against `extendContext.length`) then.
 */
export function resolveMidTrainerConfig(config: MidTrainerConfig): ResolvedMidTrainerConfig {
  if (typeof config !== 'object' || config === null) throw new ConfigError('mid-training config must be an object with at least initFrom, data and steps.');
  const unknown = Object.keys(config).filter((key) => !Object.hasOwn(MID_TRAINER_FIELDS, key));
  if (unknown.length > 0) {
    throw new ConfigError(
      `mid-training config has unknown field(s) ${unknown.map((k) => `"${k}"`).join(', ')} (a typo?). Valid fields: ${Object.keys(MID_TRAINER_FIELDS).join(', ')}.`,
    );
  }
  if (config.initFrom === undefined && config.resumeFrom === undefined) {
    throw new ConfigError('config.initFrom is required: the checkpoint folder to continue (e.g. "runs/base"), or resumeFrom to continue a mid-training run.');
  }
  const run = resolveRunOptions(config);
  const onSourceEnd = checkSourceEnd(config.onSourceEnd ?? 'wrap', 'onSourceEnd');
  const data = resolveMixture(config.data, onSourceEnd);
  const extendContext = config.extendContext === undefined ? undefined : checkExtension(config.extendContext);
  // The longest row: the extended context when given, else the default is bounded by the model (checked in build).
  const contextLength = extendContext?.length ?? Number.MAX_SAFE_INTEGER;
  const options = resolveLmTrainingOptions(
    { ...config, seqLen: config.seqLen ?? (extendContext === undefined ? 256 : Math.min(256, extendContext.length)) },
    { contextLength, steps: run.steps, separateValidation: false, lrDefault: 3e-4 },
  );
  const resolved: ResolvedMidTrainerConfig = {
    ...run, ...options, data, onSourceEnd, seqLenSchedule: checkSeqLenSchedule(config.seqLenSchedule ?? [], options.seqLen, run.steps),
  };
  if (extendContext !== undefined) resolved.extendContext = extendContext;
  if (config.vocabulary !== undefined) resolved.vocabulary = checkVocabulary(config.vocabulary, options.lr, run.steps);
  return resolved;
}

/** The fields a MidTrainerConfig may hold (the compiler keeps this in step with the interface). */
const MID_TRAINER_FIELDS: Record<keyof MidTrainerConfig, true> = {
  initFrom: true, data: true, onSourceEnd: true, extendContext: true, vocabulary: true, seqLenSchedule: true, ...LM_TRAINING_FIELDS,
  steps: true, outDir: true, checkpointEvery: true, keepCheckpoints: true, metricsFile: true, seed: true, resumeFrom: true, overwrite: true,
};

function isMixtureSource(value: unknown): value is MixtureSourceConfig {
  return typeof value === 'object' && value !== null && 'source' in value;
}

function resolveMixture(data: MidTrainerConfig['data'], onSourceEnd: SourceEnd): ResolvedMixtureSource[] {
  if (data === undefined || (Array.isArray(data) && data.length === 0)) {
    throw new ConfigError('config.data is required: a corpus path, or a mixture such as [{ "source": "mid.txt", "weight": 0.7 }, { "source": "base.txt", "weight": 0.3 }].');
  }
  const list = Array.isArray(data) ? data : [data];
  const sources = list.map((entry, i): ResolvedMixtureSource => {
    const where = Array.isArray(data) ? `data[${i}]` : 'data';
    const mixture = isMixtureSource(entry) ? entry : { source: entry };
    const fields = Object.keys(mixture).filter((k) => !['source', 'weight', 'name', 'onEnd'].includes(k));
    if (isMixtureSource(entry) && fields.length > 0) {
      throw new ConfigError(`config.${where} has unknown field(s) ${fields.map((f) => `"${f}"`).join(', ')}; a mixture source has source, weight, name and onEnd.`);
    }
    checkSourceSpecs(mixture.source, isMixtureSource(entry) ? `${where}.source` : where);
    const weight = mixture.weight ?? 1;
    if (typeof weight !== 'number' || !Number.isFinite(weight) || weight < 0) {
      throw new ConfigError(`config.${where}.weight must be a number >= 0 (a share of the rows relative to the other sources), got ${JSON.stringify(weight)}.`);
    }
    const name = mixture.name === undefined ? baseName(sourceSpecName(mixture.source)) : checkString(mixture.name, `${where}.name`);
    return { source: mixture.source, weight, name, onEnd: checkSourceEnd(mixture.onEnd ?? onSourceEnd, `${where}.onEnd`) };
  });
  if (sources.reduce((sum, s) => sum + s.weight, 0) <= 0) {
    throw new ConfigError(`config.data: the mixture weights sum to 0 (${sources.map((s) => `${s.name}: ${s.weight}`).join(', ')}); give at least one source a positive weight.`);
  }
  const names = sources.map((s) => s.name);
  const twice = names.find((n, i) => names.indexOf(n) !== i);
  if (twice !== undefined) throw new ConfigError(`config.data: two sources are named "${twice}"; give each a distinct name (the metrics are keyed by it).`);
  return sources;
}

function checkSourceEnd(value: unknown, field: string): SourceEnd {
  if (value !== 'wrap' && value !== 'stop') throw new ConfigError(`config.${field} must be "wrap" (read the source again) or "stop" (leave it out), got ${JSON.stringify(value)}.`);
  return value;
}

function checkExtension(extension: ContextExtensionConfig): ContextExtensionConfig {
  if (typeof extension !== 'object' || extension === null) {
    throw new ConfigError(`config.extendContext must be an object such as { "length": 512, "method": "yarn" }, got ${JSON.stringify(extension)}.`);
  }
  checkInteger(extension.length, 'extendContext.length', 2);
  const methods = ['interpolate', 'linear', 'ntk', 'yarn'];
  if (extension.method !== undefined && !methods.includes(extension.method)) {
    throw new ConfigError(`config.extendContext.method must be one of ${methods.map((m) => `"${m}"`).join(', ')}, got ${JSON.stringify(extension.method)}.`);
  }
  return extension;
}

function checkSeqLenSchedule(phases: SeqLenPhase[], seqLen: number, steps: number): SeqLenPhase[] {
  if (!Array.isArray(phases)) throw new ConfigError(`config.seqLenSchedule must be a list of { untilStep, seqLen }, got ${JSON.stringify(phases)}.`);
  let previous = 0;
  phases.forEach((phase, i) => {
    checkInteger(phase?.untilStep, `seqLenSchedule[${i}].untilStep`, previous + 1, steps, ' (increasing, at most steps)');
    checkInteger(phase.seqLen, `seqLenSchedule[${i}].seqLen`, 1, seqLen);
    if (seqLen % phase.seqLen !== 0) {
      throw new ConfigError(`config.seqLenSchedule[${i}].seqLen (${phase.seqLen}) must divide config.seqLen (${seqLen}): each window is cut into seqLen / phase.seqLen rows.`);
    }
    previous = phase.untilStep;
  });
  return phases;
}

function checkVocabulary(v: VocabularyExtensionConfig, lr: number, steps: number): ResolvedMidTrainerConfig['vocabulary'] {
  if (typeof v !== 'object' || v === null) throw new ConfigError(`config.vocabulary must be an object such as { "data": "new.txt", "addTokens": 200 }, got ${JSON.stringify(v)}.`);
  checkSourceSpecs(v.data, 'vocabulary.data');
  checkInteger(v.addTokens, 'vocabulary.addTokens', 1);
  if (v.trainingChars !== undefined) checkInteger(v.trainingChars, 'vocabulary.trainingChars', 1);
  return {
    ...v,
    newRowsSteps: checkInteger(v.newRowsSteps ?? 0, 'vocabulary.newRowsSteps', 0, steps - 1, ' (fewer than steps)'),
    newRowsLr: checkPositive(v.newRowsLr ?? 10 * lr, 'vocabulary.newRowsLr'),
  };
}

/** "data/base.txt" → "base". */
function baseName(path: string): string {
  return (path.split(/[\\/]/).pop() ?? path).replace(/\.(txt|jsonl|ndjson)$/i, '') || path;
}
