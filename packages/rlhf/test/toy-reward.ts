// The toy task's prompts and reward, apart from toy-task.ts (which imports vitest) so scripts can use them.

/** Prompts of the toy task: short texts the tiny byte-level model continues. */
export const TOY_PROMPTS = ['Say:', 'Write:', 'Go:', 'Now:', 'Next:', 'Then:'].map((prompt, i) => ({ prompt, id: i }));

/** New tokens per response in the toy task. */
export const TOY_LENGTH = 6;

/**
 * The toy task's reward: the share of the response's first `TOY_LENGTH` characters that are lowercase
 * letters. Optimum 1; a random tiny model scores about 26 / 259 ≈ 0.1 (26 of its 259 tokens).
 */
export function letterReward(_prompt: string, response: string): number {
  return [...response.slice(0, TOY_LENGTH)].filter((ch) => ch >= 'a' && ch <= 'z').length / TOY_LENGTH;
}
