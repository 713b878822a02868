import { SeededRandom } from '@stagecoach/core';
import { TOY_LENGTH, TOY_PROMPTS } from '../toy-reward.js';

/** A text preference record, as RewardTrainer reads it. */
export interface LetterPreference {
  prompt: string;
  chosen: string;
  rejected: string;
}

const LOWERCASE = 'abcdefghijklmnopqrstuvwxyz';
// What a random byte-level policy writes besides lowercase letters: other printable characters and
// U+FFFD (what a stray byte of invalid UTF-8 decodes to).
const OTHER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 .,:;!?-+*/#()[]"\'\n\t\uFFFD\uFFFD\uFFFD\uFFFD';

/**
 * Seeded preferences over the toy task's responses (`TOY_LENGTH` characters after a toy prompt): of two
 * responses, the one with more lowercase letters is chosen. The property is what `letterReward`
 * measures directly, so a reward model trained on these pairs can be checked against the truth.
 */
export function letterPreferences(count: number, seed: number): LetterPreference[] {
  const random = new SeededRandom(seed, 0x6c63);
  const response = (letters: number): string => {
    const chars = Array.from({ length: TOY_LENGTH }, (_, i) => (i < letters ? random.pick([...LOWERCASE]) : random.pick([...OTHER])));
    return random.shuffle(chars).join('');
  };
  return Array.from({ length: count }, () => {
    const fewer = random.nextInt(TOY_LENGTH);
    const more = fewer + 1 + random.nextInt(TOY_LENGTH - fewer);
    return { prompt: random.pick(TOY_PROMPTS).prompt, chosen: response(more), rejected: response(fewer) };
  });
}
