import { ConfigError } from '../errors.js';
import type { SourceSpec } from './data/sources.js';
import { checkFraction, checkInteger, checkNonNegative, checkPositive, checkString } from './config-checks.js';
import { makeSchedule, type LrScheduleConfig } from './schedules.js';

/**
 * The options of next-token training on packed text windows that `Pretrainer` and `MidTrainer` share:
 * the batch, the optimizer, the schedule, evaluation and samples. Each trainer's config extends it.
 */
export interface LmTrainingOptions {
  /** JSONL field that holds the text. Default "text". */
  textField?: string;
  /** Fraction of training windows held out for validation when no separate validation data is given. Default 0.05. */
  validationFraction?: number;
  /** Windows in the seeded shuffle buffer (1 = corpus order). Default 256. */
  shuffleBuffer?: number;
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
  /** Validation windows used per evaluation (at most; per source for a mixture). Default 32. */
  evalSequences?: number;
  /** Generate samples every N steps; 0 disables. Default 0. */
  sampleEvery?: number;
  /** Sample prompts. Default ['']: generation from BOS alone. */
  samplePrompts?: string[];
  /** New tokens per sample. Default 64. */
  sampleTokens?: number;
  /** Sampling temperature (0 = greedy). Default 0.8. */
  sampleTemperature?: number;
}

/** {@link LmTrainingOptions} with every default filled in. */
export interface ResolvedLmTrainingOptions extends Required<LmTrainingOptions> {
  /** Micro-batches per optimizer step: round(tokensPerStep / (batchSize × seqLen)). */
  accumulationSteps: number;
}

/** The field names of {@link LmTrainingOptions}, for a trainer's unknown-field check. */
export const LM_TRAINING_FIELDS: Record<keyof LmTrainingOptions, true> = {
  textField: true, validationFraction: true, shuffleBuffer: true, seqLen: true, batchSize: true, tokensPerStep: true, lr: true,
  schedule: true, weightDecay: true, beta1: true, beta2: true, eps: true, maxGradNorm: true, evalEvery: true, evalSequences: true,
  sampleEvery: true, samplePrompts: true, sampleTokens: true, sampleTemperature: true,
};

/**
 * Fills the defaults of the shared options and checks them; ConfigError naming the field. `contextLength`
 * bounds `seqLen` (its default is min(256, contextLength)); `separateValidation` turns the default
 * `validationFraction` to 0.
 */
export function resolveLmTrainingOptions(
  config: LmTrainingOptions, context: { contextLength: number; steps: number; separateValidation: boolean; lrDefault?: number },
): ResolvedLmTrainingOptions {
  const { contextLength, steps } = context;
  const seqLen = checkInteger(config.seqLen ?? Math.min(256, contextLength), 'seqLen', 1, contextLength,
    ` (model.contextLength is ${contextLength})`);
  const batchSize = checkInteger(config.batchSize ?? 8, 'batchSize', 1);
  const tokensPerStep = checkInteger(config.tokensPerStep ?? batchSize * seqLen, 'tokensPerStep', batchSize * seqLen, undefined,
    ` (one micro-batch is batchSize × seqLen = ${batchSize * seqLen} tokens)`);
  const lr = checkPositive(config.lr ?? context.lrDefault ?? 1e-3, 'lr');
  const schedule = config.schedule ?? { type: 'cosine' };
  if (typeof schedule !== 'object' || Array.isArray(schedule)) {
    throw new ConfigError(`config.schedule must be an object such as { "type": "cosine" } (types: constant, cosine, wsd), got ${JSON.stringify(schedule)}.`);
  }
  makeSchedule(schedule, lr, steps, 'config.schedule'); // validates
  const samplePrompts = config.samplePrompts ?? [''];
  if (!Array.isArray(samplePrompts) || samplePrompts.some((p) => typeof p !== 'string')) {
    throw new ConfigError('config.samplePrompts must be an array of strings.');
  }
  return {
    textField: checkString(config.textField ?? 'text', 'textField'),
    validationFraction: checkFraction(config.validationFraction ?? (context.separateValidation ? 0 : 0.05), 'validationFraction'),
    shuffleBuffer: checkInteger(config.shuffleBuffer ?? 256, 'shuffleBuffer', 1),
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
    samplePrompts,
    sampleTokens: checkInteger(config.sampleTokens ?? 64, 'sampleTokens', 1),
    sampleTemperature: checkNonNegative(config.sampleTemperature ?? 0.8, 'sampleTemperature'),
  };
}

/** Checks a corpus spec: a path or URL, a TextSource, or `{ path, format?, field? }` (or a non-empty list of them). */
export function checkSourceSpecs(spec: unknown, field: string): asserts spec is SourceSpec | SourceSpec[] {
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
