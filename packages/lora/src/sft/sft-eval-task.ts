import { ConfigError, checkInteger } from '@stagecoach/core';
import type { Tokenizer, Transformer } from '@stagecoach/core';
import { compareModels, resolveEvalSettings } from '@stagecoach/eval';
import type { CompareModelsOptions, EvalTokenizer, ModelEntry, Task } from '@stagecoach/eval';

/**
 * An `@stagecoach/eval` task run at each SFT evaluation (`SFTConfig.evalTask`): the model answers the
 * task's problems with `@stagecoach/eval`'s generation and grading, and the eval event's `metrics`
 * carry the accuracy and its 95% Wilson interval.
 */
export interface SftEvalTask {
  /** The task, e.g. `arithmeticTask({ count: 100, seed: 1 })` (problems held out from the training data). */
  task: Task;
  /** Run only the first `limit` problems. Default: all. */
  limit?: number;
  /** `'chat'` wraps each prompt in the tokenizer's chat template (for chat-record training). Default `'plain'`. */
  promptFormat?: 'plain' | 'chat';
  /** Default: `compareModels`' (256, or half the context when that is less). */
  maxNewTokens?: number;
  /** Default 0 (greedy). */
  temperature?: number;
  topK?: number;
  topP?: number;
  /** Prompts per generate call. Default 8. */
  batchSize?: number;
  /** Generation seed. Default 0. */
  seed?: number;
}

/** What an evaluation adds to the eval event's `metrics` (the accuracy as a fraction). */
export interface SftEvalTaskMetrics extends Record<string, number> {
  accuracy: number;
  /** Lower bound of the 95% Wilson interval. */
  accuracyLower: number;
  /** Upper bound of the 95% Wilson interval. */
  accuracyUpper: number;
  correct: number;
  problems: number;
}

const GENERATION_FIELDS = ['maxNewTokens', 'temperature', 'topK', 'topP', 'batchSize', 'seed'] as const;
const FIELDS: ReadonlySet<string> = new Set(['task', 'limit', 'promptFormat', ...GENERATION_FIELDS]);

/** Checks the shape of `SFTConfig.evalTask` (the generation settings are checked against the model in {@link checkSftEvalTaskFor}). */
export function checkSftEvalTask(value: unknown): SftEvalTask {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new ConfigError('SFTConfig.evalTask must be an object such as { task: arithmeticTask({ count: 100, seed: 1 }), limit: 50 }.');
  }
  for (const key of Object.keys(value)) {
    if (!FIELDS.has(key)) throw new ConfigError(`SFTConfig.evalTask.${key} is not an option. Options: ${[...FIELDS].join(', ')}.`);
  }
  const spec = value as SftEvalTask;
  const task = spec.task as Partial<Task> | undefined;
  if (task === undefined || (task.type !== 'generative' && task.type !== 'multiple-choice') || !Array.isArray(task.problems)) {
    throw new ConfigError('SFTConfig.evalTask.task must be an @stagecoach/eval task, e.g. arithmeticTask({ count: 100, seed: 1 }).');
  }
  if (spec.limit !== undefined) checkInteger(spec.limit, 'evalTask.limit', 1);
  if (spec.promptFormat !== undefined && spec.promptFormat !== 'plain' && spec.promptFormat !== 'chat') {
    throw new ConfigError(`SFTConfig.evalTask.promptFormat must be "plain" or "chat"; got ${JSON.stringify(spec.promptFormat)}.`);
  }
  return spec;
}

/** Checks the generation settings against the model (room for a prompt in its context, ...); ConfigError naming the field. */
export function checkSftEvalTaskFor(spec: SftEvalTask, model: Transformer, tokenizer: Tokenizer): void {
  try {
    resolveEvalSettings(compareOptions(spec, model, tokenizer));
  } catch (error) {
    if (!ConfigError.isInstance(error)) throw error;
    throw new ConfigError(`SFTConfig.evalTask: ${error.message.replace(/^compareModels: /, '')}`, { cause: error });
  }
}

/**
 * Runs the task on `model` (as it is now: adapters on, dropout off) and returns its accuracy with the
 * 95% interval. `chatTemplate`: the template the chat records were rendered with, for `promptFormat: 'chat'`.
 */
export async function runSftEvalTask(spec: SftEvalTask, model: Transformer, tokenizer: Tokenizer, chatTemplate?: string): Promise<SftEvalTaskMetrics> {
  const report = await compareModels(compareOptions(spec, model, tokenizer, chatTemplate));
  const { accuracy } = report.results[0]!;
  return { accuracy: accuracy.value, accuracyLower: accuracy.lower, accuracyUpper: accuracy.upper, correct: accuracy.correct, problems: accuracy.total };
}

/** What trainer_state.json records of the task: its name, size and settings (not its problems). */
export function recordedEvalTask(spec: SftEvalTask): Record<string, unknown> {
  const { task, ...rest } = spec;
  return { ...rest, task: task.name, taskType: task.type, taskProblems: task.problems.length, taskSettings: { ...task.settings } };
}

function compareOptions(spec: SftEvalTask, model: Transformer, tokenizer: Tokenizer, chatTemplate?: string): CompareModelsOptions {
  const task = spec.limit === undefined ? spec.task : limited(spec.task, spec.limit);
  const entry: ModelEntry = { model, tokenizer: withTemplate(tokenizer, chatTemplate), promptFormat: spec.promptFormat ?? 'plain' };
  const options: CompareModelsOptions = { models: { sft: entry }, tasks: [task], sampleCount: 0, klProblems: 0 };
  for (const field of GENERATION_FIELDS) if (spec[field] !== undefined) Object.assign(options, { [field]: spec[field] });
  return options;
}

/** The tokenizer, rendering chats with `template` when one is given. */
function withTemplate(tokenizer: Tokenizer, template: string | undefined): EvalTokenizer {
  if (template === undefined) return tokenizer;
  return {
    specialTokens: tokenizer.specialTokens,
    encode: (text, options) => tokenizer.encode(text, options),
    decode: (ids, options) => tokenizer.decode(ids, options),
    applyChatTemplate: (messages, options) => tokenizer.applyChatTemplate(messages, { ...options, template }),
  };
}

/** The task over its first `limit` problems. */
function limited(task: Task, limit: number): Task {
  return task.type === 'generative' ? { ...task, problems: task.problems.slice(0, limit) } : { ...task, problems: task.problems.slice(0, limit) };
}
