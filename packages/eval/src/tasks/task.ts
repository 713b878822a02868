/**
 * Tasks. One task object serves both evaluation and RL (as in nanochat): `evaluate` grades a
 * response, `reward` turns a response into a scalar reward for PPO/GRPO.
 *
 * - A `GenerativeTask` asks the model to write an answer (math word problems, arithmetic).
 * - A `MultipleChoiceTask` scores each choice by its log-likelihood after the question.
 */

/** One problem of a generative task. */
export interface Problem {
  /** Stable id, e.g. `gsm8k-17` or `arithmetic-s0-5` (task name, seed, index). */
  id: string;
  question: string;
  /** The reference answer as a canonical number string (see `normalizeNumber`). */
  answer: string;
  /** A worked, step-by-step solution ending in `#### <answer>` (for few-shot prompts and SFT data). */
  solution?: string;
  /** Difficulty level, when the task has levels (1 = easiest). */
  difficulty?: number;
}

/** The grade of one response. */
export interface Grade {
  correct: boolean;
  /** The answer read from the response (flexible extraction), or `null` when it gave none. */
  extracted: string | null;
  /** Whether the response used the expected `#### <answer>` format (strict extraction succeeded). */
  formatted: boolean;
}

export interface GenerativeTask {
  readonly type: 'generative';
  readonly name: string;
  readonly description: string;
  readonly problems: readonly Problem[];
  /** The task's own settings (seed, difficulty, few-shot count…), recorded in reports. */
  readonly settings: Readonly<Record<string, string | number | boolean>>;
  /** Text after which generation is cut (e.g. the start of the next few-shot question). */
  readonly stopSequences: readonly string[];
  /** The prompt the model continues: few-shot examples, then `Question: …\nAnswer:`. */
  prompt(problem: Problem): string;
  evaluate(problem: Problem, response: string): Grade;
  /** 1 for a correct answer, 0 otherwise. */
  reward(problem: Problem, response: string): number;
}

/** One problem of a multiple-choice task. */
export interface ChoiceProblem {
  id: string;
  question: string;
  choices: readonly string[];
  /** Index of the correct choice. */
  answerIndex: number;
  difficulty?: number;
}

/** Log-likelihood of one choice's continuation given the question. */
export interface ChoiceScore {
  /** Sum of log p(token) over the continuation's tokens. */
  logLikelihood: number;
  tokens: number;
  /** Length of the choice in characters, without the space before it: the divisor of length-normalised accuracy, as lm-eval's `acc_norm`. */
  characters: number;
}

export interface ChoiceGrade {
  /** Index with the highest log-likelihood. */
  predicted: number;
  /** Index with the highest log-likelihood per character. */
  predictedNormalized: number;
  correct: boolean;
  correctNormalized: boolean;
}

export interface MultipleChoiceTask {
  readonly type: 'multiple-choice';
  readonly name: string;
  readonly description: string;
  readonly problems: readonly ChoiceProblem[];
  readonly settings: Readonly<Record<string, string | number | boolean>>;
  /** The text every choice continues, e.g. `Question: …\nAnswer:`. */
  context(problem: ChoiceProblem): string;
  /** The continuation scored for one choice, e.g. `" 42"`. */
  continuation(problem: ChoiceProblem, choiceIndex: number): string;
  evaluate(problem: ChoiceProblem, scores: readonly ChoiceScore[]): ChoiceGrade;
  /** 1 when a generated response names the correct choice (its text or its number), else 0. */
  reward(problem: ChoiceProblem, response: string): number;
}

export type Task = GenerativeTask | MultipleChoiceTask;
