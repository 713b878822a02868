import { ConfigError } from '@stagecoach/core';
import { extractAnswer, sameNumber, stripCalculatorAnnotations } from '../extract-answer.js';
import type { GenerativeTask, Grade, Problem } from './task.js';

/** What a Q/A math task needs; `arithmeticTask` and `gsm8kTask` both build on this. */
export interface QuestionAnswerTaskOptions {
  name: string;
  description: string;
  problems: readonly Problem[];
  /** Worked examples placed before each question (each needs a `solution`). */
  fewShotExamples?: readonly Problem[];
  settings?: Record<string, string | number | boolean>;
}

/** The few-shot format: `Question: …\nAnswer: …` blocks separated by a blank line. */
export function formatQuestion(question: string): string {
  return `Question: ${question.trim()}\nAnswer:`;
}

/** Stop sequences for the `Question:/Answer:` format: the model starting the next question. */
export const QUESTION_STOP_SEQUENCES: readonly string[] = ['\nQuestion:', '\n\n\n'];

/** `text` cut at the first stop sequence. */
export function truncateAtStop(text: string, stopSequences: readonly string[]): string {
  let end = text.length;
  for (const stop of stopSequences) {
    const at = text.indexOf(stop);
    if (at >= 0 && at < end) end = at;
  }
  return text.slice(0, end);
}

export function gradeNumericAnswer(reference: string, response: string): Grade {
  const extracted = extractAnswer(response, { mode: 'flexible' });
  return {
    correct: extracted !== null && sameNumber(extracted, reference),
    extracted,
    formatted: extractAnswer(response, { mode: 'strict' }) !== null,
  };
}

/** A generative task whose answers are numbers graded by `extractAnswer`. */
export function questionAnswerTask(options: QuestionAnswerTaskOptions): GenerativeTask {
  if (options.problems.length === 0) {
    throw new ConfigError(`Task "${options.name}" has no problems: pass at least one problem (check "limit" and the data source).`);
  }
  const shots = options.fewShotExamples ?? [];
  for (const shot of shots) {
    if (shot.solution === undefined) {
      throw new ConfigError(`Task "${options.name}": few-shot example "${shot.id}" has no "solution"; few-shot examples need worked solutions.`);
    }
  }
  const prefix = shots
    .map((shot) => `${formatQuestion(shot.question)} ${stripCalculatorAnnotations(shot.solution ?? '').trim()}\n\n`)
    .join('');
  return {
    type: 'generative',
    name: options.name,
    description: options.description,
    problems: options.problems,
    settings: { ...options.settings, fewShot: shots.length },
    stopSequences: QUESTION_STOP_SEQUENCES,
    prompt: (problem) => prefix + formatQuestion(problem.question),
    evaluate: (problem, response) => gradeNumericAnswer(problem.answer, response),
    reward: (problem, response) => (gradeNumericAnswer(problem.answer, response).correct ? 1 : 0),
  };
}
