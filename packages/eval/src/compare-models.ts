import { ConfigError, tf } from '@stagecoach/core';
import { isCorrect, sameNumber } from './extract-answer.js';
import { accuracy } from './metrics/accuracy.js';
import { mean } from './metrics/behaviour-change.js';
import { majorityCorrect, meanPassAtK } from './metrics/pass-at-k.js';
import { reasoningDepth } from './metrics/reasoning-depth.js';
import { generateResponses, responseKl, scoreChoices, tokensForCharacters, type GeneratedResponse, type ModelEntry } from './model-runner.js';
import {
  EVAL_REPORT_SCHEMA, EVAL_REPORT_VERSION,
  type BehaviourChange, type EvalReport, type EvalSettings, type ItemResult, type ModelInfo, type SideBySideSample,
  type TaskResult, type Timing, type TrainingCurve,
} from './report/eval-report.js';
import type { GenerativeTask, MultipleChoiceTask, Problem, Task } from './tasks/task.js';

/** Progress of `compareModels`, reported after each batch. */
export interface EvalProgress {
  phase: 'generate' | 'score' | 'kl';
  model: string;
  task: string;
  done: number;
  total: number;
}

export interface CompareModelsOptions {
  /** Models by name, in display order, e.g. `{ base, sft, rl }`. */
  models: Record<string, ModelEntry>;
  tasks: readonly Task[];
  /** Report title. Default `'Model comparison'`. */
  title?: string;
  /** The model others are compared against. Default: the first model. */
  baseline?: string;
  /** Default 0. */
  seed?: number;
  /** Default 256, or half the smallest model context when that is less (64 tokens → 32). */
  maxNewTokens?: number;
  /** Default 0 (greedy). Must be > 0 when `samples` > 1. */
  temperature?: number;
  topK?: number;
  topP?: number;
  /** Responses per problem for pass@k / maj@k. Default 1. */
  samples?: number;
  /** Default `[1, samples]` (distinct). */
  kValues?: readonly number[];
  /** Default 8. */
  batchSize?: number;
  /** Problems per task kept side by side in the report. Default 5. */
  sampleCount?: number;
  /** Problems per task used for KL against the baseline. Default 16. */
  klProblems?: number;
  /** Scores a response for helpfulness (a reward model); its mean goes in the report. */
  rewardModel?: (prompt: string, response: string) => number | Promise<number>;
  /**
   * The Stagecoach backend the caller started with `useBackend` (e.g. `'node'`, `'wasm'`), recorded
   * in `settings.backend` next to the active tfjs backend, which is always recorded.
   */
  backend?: string;
  /** Training curves to draw in the report (e.g. loss per step of each stage). */
  trainingCurves?: readonly TrainingCurve[];
  onProgress?: (event: EvalProgress) => void;
  signal?: AbortSignal;
}

function positiveInteger(value: number, field: string): number {
  if (!Number.isInteger(value) || value < 1) throw new ConfigError(`compareModels: "${field}" must be a positive integer, got ${value}.`);
  return value;
}

function countSetting(value: number, field: string): number {
  if (!Number.isInteger(value) || value < 0) throw new ConfigError(`compareModels: "${field}" must be a non-negative integer, got ${value}.`);
  return value;
}

export function resolveEvalSettings(options: CompareModelsOptions): EvalSettings {
  const names = Object.keys(options.models);
  if (names.length === 0) throw new ConfigError('compareModels: "models" is empty; pass e.g. { base: await loadPretrained(dir) }.');
  if (options.tasks.length === 0) throw new ConfigError('compareModels: "tasks" is empty; pass e.g. [arithmeticTask({ count: 50 })].');
  const taskNames = new Set<string>();
  for (const task of options.tasks) {
    if (taskNames.has(task.name)) throw new ConfigError(`compareModels: two tasks are named "${task.name}"; give each task its own "name".`);
    taskNames.add(task.name);
  }
  const baseline = options.baseline ?? (names[0] as string);
  if (!names.includes(baseline)) throw new ConfigError(`compareModels: "baseline" is "${baseline}", not one of the models: ${names.join(', ')}.`);
  const samples = positiveInteger(options.samples ?? 1, 'samples');
  const temperature = options.temperature ?? 0;
  if (!(temperature >= 0)) throw new ConfigError(`compareModels: "temperature" must be >= 0, got ${temperature}.`);
  if (samples > 1 && temperature === 0) {
    throw new ConfigError(`compareModels: "samples" is ${samples} but "temperature" is 0, so every sample would be the same; set temperature (e.g. 0.7) or samples: 1.`);
  }
  if (options.topP !== undefined && !(options.topP > 0 && options.topP <= 1)) {
    throw new ConfigError(`compareModels: "topP" must be in (0, 1], got ${options.topP}.`);
  }
  const seed = options.seed ?? 0;
  if (!Number.isInteger(seed)) throw new ConfigError(`compareModels: "seed" must be an integer, got ${seed}.`);
  const kValues = [...new Set(options.kValues ?? [1, samples])].sort((a, b) => a - b);
  for (const k of kValues) {
    if (!Number.isInteger(k) || k < 1 || k > samples) throw new ConfigError(`compareModels: "kValues" holds ${k}; each k must be an integer in 1..samples (${samples}).`);
  }
  // Every model needs room for a prompt before the new tokens.
  const [smallest, context] = names.map((name) => [name, (options.models[name] as ModelEntry).model.config.contextLength] as const)
    .reduce((a, b) => (b[1] < a[1] ? b : a));
  const maxNewTokens = options.maxNewTokens === undefined ? Math.min(256, Math.max(1, Math.floor(context / 2))) : positiveInteger(options.maxNewTokens, 'maxNewTokens');
  if (maxNewTokens >= context) {
    throw new ConfigError(`compareModels: "maxNewTokens" is ${maxNewTokens}, which leaves no room for a prompt in the ${context}-token context of model "${smallest}"; `
      + `use at most ${context - 1} (half the context, ${Math.floor(context / 2)}, leaves room for few-shot prompts).`);
  }
  if (options.backend !== undefined && (typeof options.backend !== 'string' || options.backend.trim() === '')) {
    throw new ConfigError(`compareModels: "backend" must be the name of the Stagecoach backend in use (e.g. 'node' or 'wasm'), got ${JSON.stringify(options.backend)}.`);
  }
  return {
    seed,
    maxNewTokens,
    temperature,
    // topK 0 means "all tokens", the same as leaving it out.
    topK: options.topK === undefined || options.topK === 0 ? null : positiveInteger(options.topK, 'topK'),
    topP: options.topP ?? null,
    samples,
    kValues,
    batchSize: positiveInteger(options.batchSize ?? 8, 'batchSize'),
    sampleCount: countSetting(options.sampleCount ?? 5, 'sampleCount'),
    klProblems: countSetting(options.klProblems ?? 16, 'klProblems'),
    baseline,
    backend: { tfjs: activeTfjsBackend(), stagecoach: options.backend ?? null },
  };
}

/** The tfjs backend that will run the models (initialising the best one if none was chosen yet, as the first op would). */
function activeTfjsBackend(): string {
  const name = tf.getBackend() as string | undefined;
  if (name) return name;
  tf.backend();
  return tf.getBackend();
}

function modelInfo(name: string, entry: ModelEntry): ModelInfo {
  const config: Record<string, string | number | boolean | null> = {};
  for (const [key, value] of Object.entries(entry.model.config)) {
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') config[key] = value;
  }
  return { name, source: entry.source ?? null, description: entry.description ?? null, promptFormat: entry.promptFormat ?? 'plain', config };
}

function byDifficulty(items: readonly ItemResult[]): TaskResult['byDifficulty'] {
  const levels = [...new Set(items.map((i) => i.difficulty).filter((d): d is number => d !== null))].sort((a, b) => a - b);
  return levels.map((difficulty) => {
    const group = items.filter((i) => i.difficulty === difficulty);
    return { difficulty, accuracy: accuracy(group.filter((i) => i.correct).length, group.length) };
  });
}

/** The first response of each problem, kept for samples and behaviour change. */
interface FirstResponses { responses: GeneratedResponse[]; answers: (string | null)[]; correct: boolean[] }

async function runGenerative(
  name: string, entry: ModelEntry, task: GenerativeTask, settings: EvalSettings, options: CompareModelsOptions,
): Promise<{ result: TaskResult; first: FirstResponses; seconds: number }> {
  const n = settings.samples;
  const prompts = task.problems.flatMap((problem) => new Array<string>(n).fill(task.prompt(problem)));
  const started = performance.now();
  const responses = await generateResponses(entry, prompts, settings, task.stopSequences,
    (done) => options.onProgress?.({ phase: 'generate', model: name, task: task.name, done, total: prompts.length }), options.signal);
  const seconds = (performance.now() - started) / 1000;

  const items: ItemResult[] = [];
  const first: FirstResponses = { responses: [], answers: [], correct: [] };
  const counts: { n: number; c: number }[] = [];
  const majority: Record<number, number> = {};
  const depths: (ReturnType<typeof reasoningDepth> & { tokensBefore: number })[] = [];
  const rewards: number[] = [];
  let strictCorrect = 0;
  let formatted = 0;
  let answered = 0;
  for (const [p, problem] of task.problems.entries()) {
    const own = responses.slice(p * n, (p + 1) * n);
    const grades = own.map((r) => task.evaluate(problem, r.text));
    const head = own[0] as GeneratedResponse;
    const grade = grades[0] as (typeof grades)[number];
    const depth = reasoningDepth(head.text);
    const tokensBefore = tokensForCharacters(entry.tokenizer, head.tokens, depth.charactersBeforeAnswer);
    depths.push({ ...depth, tokensBefore });
    // Strict: only a `#### <number>` answer counts (lm-evaluation-harness's strict-match filter).
    const strict = isCorrect(head.text, problem.answer, { mode: 'strict' });
    if (strict) strictCorrect++;
    if (grade.formatted) formatted++;
    if (grade.extracted !== null) answered++;
    if (options.rewardModel !== undefined) rewards.push(await options.rewardModel(task.prompt(problem), head.text));
    const c = grades.filter((g) => g.correct).length;
    counts.push({ n, c });
    for (const k of settings.kValues) {
      if (majorityCorrect(grades.map((g) => g.extracted), problem.answer, k)) majority[k] = (majority[k] ?? 0) + 1;
    }
    first.responses.push(head);
    first.answers.push(grade.extracted);
    first.correct.push(grade.correct);
    items.push({
      problemId: problem.id, difficulty: problem.difficulty ?? null, correct: grade.correct, strictCorrect: strict, correctSamples: c, samples: n,
      answer: grade.extracted, tokens: head.responseTokens, steps: depth.answered ? depth.steps : null,
    });
  }
  const total = task.problems.length;
  const result: TaskResult = {
    model: name,
    task: task.name,
    type: 'generative',
    accuracy: accuracy(items.filter((i) => i.correct).length, total),
    strictAccuracy: accuracy(strictCorrect, total),
    accuracyNormalized: null,
    passAtK: settings.kValues.map((k) => ({ k, value: meanPassAtK(counts, k) })),
    majAtK: settings.kValues.map((k) => ({ k, value: (majority[k] ?? 0) / total })),
    byDifficulty: byDifficulty(items),
    // Depth is measured on responses that give an answer: "before the answer" means nothing otherwise.
    reasoning: {
      meanSteps: mean(depths.filter((d) => d.answered).map((d) => d.steps)),
      meanTokensBeforeAnswer: mean(depths.filter((d) => d.answered).map((d) => d.tokensBefore)),
      showsWorkRate: depths.filter((d) => d.answered && d.showsWork).length / total,
    },
    helpfulness: { formatAdherence: formatted / total, answerRate: answered / total, meanReward: rewards.length > 0 ? mean(rewards) : null },
    responseLength: {
      meanTokens: mean(first.responses.map((r) => r.responseTokens)),
      meanCharacters: mean(first.responses.map((r) => r.text.length)),
    },
    truncatedPrompts: responses.filter((r, i) => i % n === 0 && r.truncated).length,
    items,
  };
  return { result, first, seconds };
}

async function runMultipleChoice(name: string, entry: ModelEntry, task: MultipleChoiceTask, options: CompareModelsOptions): Promise<{ result: TaskResult; seconds: number }> {
  const started = performance.now();
  const items: ItemResult[] = [];
  let normalizedCorrect = 0;
  let truncatedPrompts = 0;
  for (const [p, problem] of task.problems.entries()) {
    options.signal?.throwIfAborted();
    const { scores, truncated } = await scoreChoices(entry, task, problem);
    const grade = task.evaluate(problem, scores);
    if (grade.correctNormalized) normalizedCorrect++;
    if (truncated) truncatedPrompts++;
    items.push({
      problemId: problem.id, difficulty: problem.difficulty ?? null, correct: grade.correct, strictCorrect: null, correctSamples: grade.correct ? 1 : 0, samples: 1,
      answer: problem.choices[grade.predicted] ?? null, tokens: null, steps: null,
    });
    options.onProgress?.({ phase: 'score', model: name, task: task.name, done: p + 1, total: task.problems.length });
  }
  const total = task.problems.length;
  return {
    result: {
      model: name, task: task.name, type: 'multiple-choice',
      accuracy: accuracy(items.filter((i) => i.correct).length, total),
      strictAccuracy: null,
      accuracyNormalized: accuracy(normalizedCorrect, total),
      passAtK: [], majAtK: [], byDifficulty: byDifficulty(items),
      reasoning: null, helpfulness: null, responseLength: null, truncatedPrompts, items,
    },
    seconds: (performance.now() - started) / 1000,
  };
}

async function behaviourChange(
  task: GenerativeTask, baseline: string, name: string, models: Record<string, ModelEntry>,
  firsts: Map<string, FirstResponses>, settings: EvalSettings, options: CompareModelsOptions,
): Promise<BehaviourChange> {
  const own = firsts.get(name) as FirstResponses;
  const base = firsts.get(baseline) as FirstResponses;
  const model = (models[name] as ModelEntry).model;
  const reference = (models[baseline] as ModelEntry).model;
  let klNote: string | null = null;
  let sum = 0;
  let tokens = 0;
  // KL compares distributions over token ids: both models must give the same text the same ids.
  const probe = `${task.problems[0] === undefined ? '' : task.prompt(task.problems[0])}${own.responses[0]?.text ?? ''}`;
  const sameTokens = (models[name] as ModelEntry).tokenizer.encode(probe).join(',') === (models[baseline] as ModelEntry).tokenizer.encode(probe).join(',');
  if (model.config.vocabSize !== reference.config.vocabSize) {
    klNote = `vocabularies differ (${model.config.vocabSize} vs ${reference.config.vocabSize} tokens), so token distributions are not comparable`;
  } else if (!sameTokens) {
    klNote = 'tokenizers differ (they split the same text into different tokens), so token distributions are not comparable';
  } else {
    const count = Math.min(settings.klProblems, own.responses.length);
    for (let i = 0; i < count; i++) {
      options.signal?.throwIfAborted();
      const response = own.responses[i] as GeneratedResponse;
      // Only the response itself: tokens generated past the task's stop sequence were cut from its text.
      const kl = await responseKl(model, reference, response.promptIds, response.tokens.slice(0, response.responseTokens));
      sum += kl.sum;
      tokens += kl.tokens;
      options.onProgress?.({ phase: 'kl', model: name, task: task.name, done: i + 1, total: count });
    }
    if (tokens === 0) klNote = 'the model wrote no response tokens';
  }
  const agree = own.answers.filter((a, i) => {
    const b = base.answers[i] ?? null;
    return a === null ? b === null : b !== null && sameNumber(a, b);
  }).length;
  return {
    task: task.name, baseline, model: name,
    meanKl: klNote === null ? sum / tokens : null, klNote, klTokens: tokens,
    meanResponseTokens: mean(own.responses.map((r) => r.responseTokens)),
    baselineMeanResponseTokens: mean(base.responses.map((r) => r.responseTokens)),
    answerAgreement: own.answers.length === 0 ? 0 : agree / own.answers.length,
  };
}

function sideBySide(task: GenerativeTask, firsts: Map<string, FirstResponses>, count: number): SideBySideSample[] {
  return task.problems.slice(0, count).map((problem: Problem, i) => ({
    task: task.name,
    problemId: problem.id,
    question: problem.question,
    reference: problem.answer,
    responses: [...firsts.entries()].map(([model, first]) => ({
      model,
      text: (first.responses[i] as GeneratedResponse).text,
      answer: first.answers[i] ?? null,
      correct: first.correct[i] ?? false,
    })),
  }));
}

/**
 * Runs every model on every task with the same prompts and seeds and returns an `EvalReport`:
 * accuracy with 95% intervals, pass@k / maj@k, accuracy by difficulty, reasoning depth,
 * helpfulness, response length, behaviour change against the baseline (KL, length, agreement)
 * and side-by-side samples. Multiple-choice tasks are scored by log-likelihood.
 */
export async function compareModels(options: CompareModelsOptions): Promise<EvalReport> {
  const settings = resolveEvalSettings(options);
  const names = Object.keys(options.models);
  const results: TaskResult[] = [];
  const behaviour: BehaviourChange[] = [];
  const samples: SideBySideSample[] = [];
  const timing: Timing[] = [];
  for (const task of options.tasks) {
    const firsts = new Map<string, FirstResponses>();
    for (const name of names) {
      const entry = options.models[name] as ModelEntry;
      let run: { result: TaskResult; seconds: number };
      if (task.type === 'generative') {
        const generated = await runGenerative(name, entry, task, settings, options);
        firsts.set(name, generated.first);
        run = generated;
      } else {
        run = await runMultipleChoice(name, entry, task, options);
      }
      results.push(run.result);
      const problems = task.problems.length;
      timing.push({ model: name, task: task.name, problems, seconds: run.seconds, problemsPerSecond: run.seconds > 0 ? problems / run.seconds : 0 });
    }
    if (task.type === 'generative') {
      for (const name of names) {
        if (name !== settings.baseline) behaviour.push(await behaviourChange(task, settings.baseline, name, options.models, firsts, settings, options));
      }
      samples.push(...sideBySide(task, firsts, settings.sampleCount));
    }
  }
  return {
    schema: EVAL_REPORT_SCHEMA,
    schemaVersion: EVAL_REPORT_VERSION,
    title: options.title ?? 'Model comparison',
    createdAt: new Date().toISOString(),
    settings,
    models: names.map((name) => modelInfo(name, options.models[name] as ModelEntry)),
    tasks: options.tasks.map((task) => ({
      name: task.name, type: task.type, description: task.description, problemCount: task.problems.length, settings: { ...task.settings },
    })),
    results,
    behaviour,
    samples,
    trainingCurves: (options.trainingCurves ?? []).map((c) => ({ model: c.model, metric: c.metric, points: c.points.map((p) => ({ ...p })) })),
    timing,
  };
}
