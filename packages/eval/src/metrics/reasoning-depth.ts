import { answerPosition } from '../extract-answer.js';

/** How much reasoning one response shows before its answer. */
export interface ReasoningDepth {
  /** Whether the response gives an answer at all (flexible extraction); the summaries average over these. */
  answered: boolean;
  /** Non-empty lines before the line with the final answer. */
  steps: number;
  /** Characters before the final answer (all of them when there is no answer). */
  charactersBeforeAnswer: number;
  /** Whether some line before the answer holds a calculation (a digit and one of + - * / × ÷ =). */
  showsWork: boolean;
}

const CALCULATION = /\d\s*[-+*/×÷=]|[-+*/×÷=]\s*\d/;

/**
 * Reasoning depth of a response: the lines written before the final answer's line count as steps,
 * and so does the answer's own line when it holds a calculation (`9 * 2 = 18`).
 */
export function reasoningDepth(response: string): ReasoningDepth {
  const at = answerPosition(response);
  const before = at < 0 ? response : response.slice(0, at);
  const answerLineStart = at < 0 ? response.length : before.lastIndexOf('\n') + 1;
  const lineEnd = at < 0 ? -1 : response.indexOf('\n', at);
  const answerLine = response.slice(answerLineStart, lineEnd < 0 ? response.length : lineEnd);
  const lines = response.slice(0, answerLineStart).split('\n').filter((line) => line.trim() !== '');
  const answerLineIsStep = !answerLine.trimStart().startsWith('####') && CALCULATION.test(answerLine);
  return {
    answered: at >= 0,
    steps: lines.length + (answerLineIsStep ? 1 : 0),
    charactersBeforeAnswer: before.length,
    showsWork: answerLineIsStep || lines.some((line) => CALCULATION.test(line)),
  };
}
