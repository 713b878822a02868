/**
 * `EvalReport`: the JSON that `compareModels` returns and every renderer reads. Its JSON Schema
 * ships as `@stagecoach/eval/schema.json` (packages/eval/schema/eval-report.schema.json); bump
 * `EVAL_REPORT_VERSION` on any change a reader would notice, and document it in that file.
 *
 * This file imports nothing, so renderers and the web component stay small and browser-only.
 */
import type { Accuracy } from '../metrics/accuracy.js';

export type { Accuracy };

export const EVAL_REPORT_SCHEMA = 'stagecoach/eval-report';
export const EVAL_REPORT_VERSION = 2;

/** Everything that decides the numbers, so a run can be repeated. */
export interface EvalSettings {
  seed: number;
  maxNewTokens: number;
  /** 0 = greedy decoding. */
  temperature: number;
  topK: number | null;
  topP: number | null;
  /** Responses sampled per problem (n of pass@k). */
  samples: number;
  /** The k of pass@k and maj@k (each at most `samples`). */
  kValues: number[];
  /** Prompts per `generate` call; batch b of a task uses seed `seed + b`. */
  batchSize: number;
  /** Problems per task shown side by side. */
  sampleCount: number;
  /** Problems per task used for the KL divergence against the baseline. */
  klProblems: number;
  /** The model others are compared against (KL, length change). */
  baseline: string;
  /** The backend that computed the numbers (greedy results can differ slightly between backends). */
  backend: BackendSetting;
}

/** Which tensor backend ran the evaluation. */
export interface BackendSetting {
  /** The active TensorFlow.js backend (`tf.getBackend()`), e.g. `cpu`, `wasm`, `tensorflow`. */
  tfjs: string;
  /** The Stagecoach backend started with `useBackend` (e.g. `node`, `wasm`), when `compareModels` was told; else null. */
  stagecoach: string | null;
}

export interface ModelInfo {
  name: string;
  /** Where it came from (checkpoint folder or URL), when known. */
  source: string | null;
  description: string | null;
  /** `chat`: prompts go through the tokenizer's chat template. */
  promptFormat: 'plain' | 'chat';
  /** Architecture facts (family, sizes) for the reader. */
  config: Record<string, string | number | boolean | null>;
}

export interface TaskInfo {
  name: string;
  type: 'generative' | 'multiple-choice';
  description: string;
  problemCount: number;
  settings: Record<string, string | number | boolean>;
}

export interface KValue {
  k: number;
  value: number;
}

export interface DifficultyAccuracy {
  difficulty: number;
  accuracy: Accuracy;
}

/** Reasoning depth of the first responses; means are over responses that give an answer. */
export interface ReasoningSummary {
  /** Mean steps (lines) written before the answer. */
  meanSteps: number;
  /** Mean tokens before the answer. */
  meanTokensBeforeAnswer: number;
  /** Share of all responses that give an answer with a calculation before it. */
  showsWorkRate: number;
}

export interface HelpfulnessSummary {
  /** Share of responses that give their answer in the `#### <answer>` format (strict extraction succeeds). */
  formatAdherence: number;
  /** Share of responses that give a number at all. */
  answerRate: number;
  /** Mean reward-model score, when a reward model was given. */
  meanReward: number | null;
}

export interface ResponseLength {
  meanTokens: number;
  meanCharacters: number;
}

/** One problem's outcome for one model (first sample, plus counts over all samples). */
export interface ItemResult {
  problemId: string;
  difficulty: number | null;
  correct: boolean;
  /**
   * Generative: whether the first response is correct under strict extraction (only a
   * `#### <number>` answer counts); null for multiple choice.
   */
  strictCorrect: boolean | null;
  /** Correct samples out of `samples` (the c and n of pass@k). */
  correctSamples: number;
  samples: number;
  /** Extracted answer (generative) or chosen choice (multiple choice). */
  answer: string | null;
  tokens: number | null;
  /** Reasoning steps of the first response; null when it gives no answer (or for multiple choice). */
  steps: number | null;
}

/** One model on one task. Rates are in [0, 1]. */
export interface TaskResult {
  model: string;
  task: string;
  type: 'generative' | 'multiple-choice';
  /** Share of problems whose first response is correct, with a 95% Wilson interval. */
  accuracy: Accuracy;
  /**
   * Generative: accuracy of the first response under strict extraction (only a `#### <number>`
   * answer counts, as lm-evaluation-harness's `strict-match`), with its 95% Wilson interval;
   * `accuracy` is the flexible one (`####` answer, else the last number). Never above `accuracy`.
   * Null for multiple choice.
   */
  strictAccuracy: Accuracy | null;
  /** Multiple choice: accuracy when choices are ranked by log-likelihood per character. */
  accuracyNormalized: Accuracy | null;
  passAtK: KValue[];
  majAtK: KValue[];
  byDifficulty: DifficultyAccuracy[];
  reasoning: ReasoningSummary | null;
  helpfulness: HelpfulnessSummary | null;
  responseLength: ResponseLength | null;
  /** Prompts cut from the left to fit the model's context. */
  truncatedPrompts: number;
  items: ItemResult[];
}

/** How a model's behaviour moved away from the baseline's on the same prompts. */
export interface BehaviourChange {
  task: string;
  baseline: string;
  model: string;
  /** Mean over response tokens of KL(model ‖ baseline), on the model's own responses; `null` when not comparable. */
  meanKl: number | null;
  /** Why `meanKl` is null (different vocabularies or tokenizers, or no response tokens). */
  klNote: string | null;
  klTokens: number;
  meanResponseTokens: number;
  baselineMeanResponseTokens: number;
  /** Share of problems where both gave the same answer (numerically), counting both giving none as the same. */
  answerAgreement: number;
}

export interface SampleResponse {
  model: string;
  text: string;
  answer: string | null;
  correct: boolean;
}

/** One problem with every model's response, for side-by-side reading. */
export interface SideBySideSample {
  task: string;
  problemId: string;
  question: string;
  reference: string;
  responses: SampleResponse[];
}

export interface TrainingCurve {
  model: string;
  metric: string;
  points: { step: number; value: number }[];
}

/** Wall-clock throughput; the only part of a report that changes between identical runs. */
export interface Timing {
  model: string;
  task: string;
  problems: number;
  seconds: number;
  problemsPerSecond: number;
}

export interface EvalReport {
  schema: typeof EVAL_REPORT_SCHEMA;
  schemaVersion: typeof EVAL_REPORT_VERSION;
  title: string;
  createdAt: string;
  settings: EvalSettings;
  models: ModelInfo[];
  tasks: TaskInfo[];
  results: TaskResult[];
  behaviour: BehaviourChange[];
  samples: SideBySideSample[];
  trainingCurves: TrainingCurve[];
  timing: Timing[];
}

/**
 * Why this package cannot read `value`'s schema version, or null when it can (or when `value` is
 * not a report at all). Renderers show this message on its own, in place of the report.
 */
export function reportVersionProblem(value: unknown): string | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const version = (value as Record<string, unknown>).schemaVersion;
  if (version === EVAL_REPORT_VERSION) return null;
  if (typeof version !== 'number') {
    return `"schemaVersion" is ${version === undefined ? 'missing' : JSON.stringify(version)}; a report states the version it follows (this version of @stagecoach/eval reads ${EVAL_REPORT_VERSION})`;
  }
  const fix = version < EVAL_REPORT_VERSION
    ? 'regenerate it with this version (compareModels or the stagecoach eval command), or show it with the older @stagecoach/eval that wrote it'
    : 'update @stagecoach/eval to a version that reads it';
  return `this report uses schemaVersion ${version}, but this version of @stagecoach/eval reads only schemaVersion ${EVAL_REPORT_VERSION}; ${fix}`;
}

/**
 * A quick shape check (not a full schema validation) of a value claimed to be a report: returns
 * what is wrong, or an empty list. Used by renderers to fail with a readable message.
 */
export function checkReport(value: unknown): string[] {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return ['the report is not a JSON object'];
  const report = value as Record<string, unknown>;
  const problems: string[] = [];
  if (report.schema !== EVAL_REPORT_SCHEMA) problems.push(`"schema" is ${JSON.stringify(report.schema)}, expected "${EVAL_REPORT_SCHEMA}"`);
  const version = reportVersionProblem(report);
  if (version !== null) problems.push(version);
  for (const key of ['models', 'tasks', 'results', 'behaviour', 'samples', 'trainingCurves', 'timing']) {
    if (!Array.isArray(report[key])) problems.push(`"${key}" is missing or not an array`);
  }
  if (typeof report.settings !== 'object' || report.settings === null) problems.push('"settings" is missing');
  return problems;
}
