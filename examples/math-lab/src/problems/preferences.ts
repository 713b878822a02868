import { SeededRandom, type SeededRandom as Random } from '@stagecoach/core';
import type { Problem } from '@stagecoach/eval';
import { trainingProblems, userTurn } from './splits.js';

/** One preference pair for the helpfulness reward model. */
export interface PreferenceRecord {
  prompt: string;
  chosen: string;
  rejected: string;
}

/** A wrong total near the right one (a dropped carry, a slipped digit). */
function nearMiss(random: Random, answer: number): number {
  const off = random.pick([10, 100, 1, 9, 11]);
  return random.nextFloat() < 0.5 || answer - off < 0 ? answer + off : answer - off;
}

/** What a poor tutor says instead: curt (a bare number), evasive, or wrong with its work. */
function poorAnswer(random: Random, problem: Problem): string {
  const answer = Number(problem.answer);
  switch (random.int(0, 3)) {
    case 0: return `${answer}`;
    case 1: return random.pick(['I am not sure. Count them yourself.', 'That is too many to add.', 'Ask a friend.', 'It is a lot.']);
    case 2: return `#### ${nearMiss(random, answer)}`;
    default: {
      const wrong = nearMiss(random, answer);
      const lines = problem.solution!.split('\n');
      return [...lines.slice(0, -2), `${lines.at(-2)!.replace(/=\d+$/, `=${wrong}`)}`, `#### ${wrong}`].join('\n');
    }
  }
}

/**
 * Preference pairs for the helpfulness reward model: to the same question, the tutor-like answer
 * (every column worked, ending in `#### <answer>`) is preferred to a curt, evasive or wrong one.
 * Kept apart from the RL reward, which checks only the final answer.
 */
export function preferencePairs(seed: number, count: number, testCount: number): PreferenceRecord[] {
  const random = new SeededRandom(seed, 23);
  return trainingProblems(seed, 3, count, testCount).map((problem) => ({
    prompt: userTurn(problem),
    chosen: problem.solution!,
    rejected: poorAnswer(random, problem),
  }));
}
