import { gradeNumericAnswer } from '@stagecoach/eval';

/** The penalty for a response that gives no number at all. */
export const NO_ANSWER_PENALTY = -0.1;

/**
 * The RL stage's verifiable reward: 1 for the right final answer (the `#### <n>` answer, else the
 * last number, as the evaluation grades), 0 for a wrong one, a small penalty for none at all.
 */
export function answerReward(answer: string, response: string): number {
  const grade = gradeNumericAnswer(answer, response);
  return grade.correct ? 1 : grade.extracted === null ? NO_ANSWER_PENALTY : 0;
}

/** The same reward from an evaluation item (its grade is already known). */
export function itemReward(item: { correct: boolean; answer: string | null }): number {
  return item.correct ? 1 : item.answer === null ? NO_ANSWER_PENALTY : 0;
}
