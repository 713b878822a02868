import { formatQuestion, type Problem } from '@stagecoach/eval';
import { additionProblems } from './addition.js';

/** Every level, mixed evenly, in training and in the held-out test. */
export const LEVELS = [1, 2, 3] as const;

/** The held-out problems every model is evaluated on; never trained on. */
export function testProblems(seed: number, count: number): Problem[] {
  return additionProblems({ seed: seed + 7919, count, levels: LEVELS, name: 'test' });
}

/** Training problems for a stage (SFT, RL, preference pairs): a seeded stream of its own, without the test questions. */
export function trainingProblems(seed: number, stream: number, count: number, testCount: number): Problem[] {
  const exclude = new Set(testProblems(seed, testCount).map((p) => p.question));
  return additionProblems({ seed: seed * 31 + stream, count, levels: LEVELS, name: `train${stream}`, exclude });
}

/** The user turn of every chat: the same `Question: …\nAnswer:` text the evaluation prompts with. */
export function userTurn(problem: Problem): string {
  return formatQuestion(problem.question);
}
