import { ConfigError, SeededRandom } from '@stagecoach/core';
import { extractAnswer, sameNumber } from '../extract-answer.js';
import { arithmeticProblems, type ArithmeticTaskOptions } from './arithmetic-task.js';
import { formatQuestion } from './question-answer-task.js';
import type { ChoiceGrade, ChoiceProblem, ChoiceScore, MultipleChoiceTask } from './task.js';

export interface MultipleChoiceTaskOptions {
  name: string;
  description?: string;
  problems: readonly ChoiceProblem[];
  settings?: Record<string, string | number | boolean>;
}

function argmax(values: readonly number[]): number {
  let best = 0;
  for (let i = 1; i < values.length; i++) if ((values[i] as number) > (values[best] as number)) best = i;
  return best;
}

/** Grades choice scores: plain (sum log-likelihood) and length-normalised (per character). */
export function gradeChoices(answerIndex: number, scores: readonly ChoiceScore[]): ChoiceGrade {
  const predicted = argmax(scores.map((s) => s.logLikelihood));
  const predictedNormalized = argmax(scores.map((s) => s.logLikelihood / Math.max(1, s.characters)));
  return { predicted, predictedNormalized, correct: predicted === answerIndex, correctNormalized: predictedNormalized === answerIndex };
}

/**
 * Multiple choice by log-likelihood: each choice is scored as the continuation `" <choice>"` of
 * `Question: …\nAnswer:`; the prediction is the most likely choice (accuracy) or the most likely
 * per character (length-normalised accuracy).
 */
export function multipleChoiceTask(options: MultipleChoiceTaskOptions): MultipleChoiceTask {
  if (options.problems.length === 0) throw new ConfigError(`Task "${options.name}" has no problems.`);
  for (const problem of options.problems) {
    if (problem.choices.length < 2) throw new ConfigError(`Task "${options.name}", problem "${problem.id}": needs at least 2 choices.`);
    if (!Number.isInteger(problem.answerIndex) || problem.answerIndex < 0 || problem.answerIndex >= problem.choices.length) {
      throw new ConfigError(`Task "${options.name}", problem "${problem.id}": "answerIndex" ${problem.answerIndex} is not in 0..${problem.choices.length - 1}.`);
    }
  }
  return {
    type: 'multiple-choice',
    name: options.name,
    description: options.description ?? `Multiple choice by log-likelihood (${options.problems.length} problems).`,
    problems: options.problems,
    settings: { ...options.settings, count: options.problems.length },
    context: (problem) => formatQuestion(problem.question),
    continuation: (problem, index) => ` ${problem.choices[index] ?? ''}`,
    evaluate: (problem, scores) => gradeChoices(problem.answerIndex, scores),
    reward: (problem, response) => {
      const correct = problem.choices[problem.answerIndex] ?? '';
      const text = response.trim();
      if (text.startsWith(correct.trim())) return 1;
      const number = extractAnswer(correct);
      const said = extractAnswer(text);
      return number !== null && said !== null && sameNumber(said, number) ? 1 : 0;
    },
  };
}

/** Synthetic arithmetic as multiple choice: the right answer among 3 near-miss distractors. */
export function arithmeticChoiceTask(options: ArithmeticTaskOptions & { choices?: number } = {}): MultipleChoiceTask {
  const seed = options.seed ?? 0;
  const count = options.choices ?? 4;
  const random = new SeededRandom(seed + 7919);
  const name = options.name ?? 'arithmetic-choice';
  const problems: ChoiceProblem[] = arithmeticProblems({ ...options, name }).map((problem) => {
    const answer = Number(problem.answer);
    const options = new Set<number>([answer]);
    const offsets = [1, -1, 2, -2, 10, -10, 5, -5, 3, -3];
    while (options.size < count) {
      const candidate = answer + random.pick(offsets) * random.int(1, 3);
      if (candidate >= 0) options.add(candidate);
    }
    const choices = random.shuffle([...options]).map(String);
    return { id: problem.id, question: problem.question, choices, answerIndex: choices.indexOf(problem.answer), difficulty: problem.difficulty };
  });
  return multipleChoiceTask({
    name,
    description: `Synthetic arithmetic as ${count}-way multiple choice scored by log-likelihood.`,
    problems,
    settings: { seed, choices: count, difficulty: String(options.difficulty ?? '1,2,3'), style: options.style ?? 'mixed' },
  });
}
