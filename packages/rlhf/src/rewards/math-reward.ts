import { extractAnswer, isCorrect } from '@stagecoach/eval';
import type { RewardFunction } from '../rollout/reward.js';

/** Options of {@link mathReward}. */
export interface MathRewardOptions {
  /** The record field that holds the reference answer. Default `answer`. */
  answerField?: string;
  /** Reward of a response with no number to read as an answer (a small penalty). Default −0.1. */
  noAnswer?: number;
}

/**
 * A verifiable math reward: 1 when the response's answer equals the record's reference answer
 * (`@stagecoach/eval`'s `isCorrect`: the `#### n` or `\boxed{n}` answer, else the last number), 0 for
 * a wrong answer, `noAnswer` when no answer can be read. Throws (naming the field) on a record without
 * the answer field; the trainer reports it with the prompt.
 */
export function mathReward(options: MathRewardOptions = {}): RewardFunction {
  const field = options.answerField ?? 'answer';
  const noAnswer = options.noAnswer ?? -0.1;
  return (_prompt, response, record) => {
    const answer = record[field];
    if (typeof answer !== 'string' && typeof answer !== 'number') {
      throw new Error(`the record has no "${field}" field (string or number) to check the answer against`);
    }
    if (extractAnswer(response) === null) return noAnswer;
    return isCorrect(response, String(answer)) ? 1 : 0;
  };
}
