import { SeededRandom } from '@stagecoach/core';

/** A text preference record, as RewardTrainer reads it. */
export interface TextPreference {
  prompt: string;
  chosen: string;
  rejected: string;
}

const PROMPTS = ['What is {a} + {b}?', 'Add {a} and {b}.', 'Compute {a} plus {b}.'];
const TUTOR = ['{a} + {b} = {s}, so the answer is {s}. #### {s}', 'Add {a} to {b}: that makes {s}. #### {s}', 'We count {b} up from {a}: {s}. #### {s}'];
const POOR = ['{s}', 'I am not sure, use a calculator.', 'The answer is {w}.', 'No idea. #### {w}', 'Ask someone else.'];

/**
 * Seeded preferences where the right answer is known: one-digit sums; the chosen response is a tutor's
 * (shows the step and ends in `#### <sum>`), the rejected one is curt, evasive or wrong. With
 * `hardNegatives`, half the rejected ones are tutor answers with a wrong sum: only arithmetic tells them apart.
 */
export function syntheticPreferences(count: number, seed: number, options: { hardNegatives?: boolean } = {}): TextPreference[] {
  const random = new SeededRandom(seed, 0x7265);
  const pick = <T>(list: readonly T[]): T => list[random.nextInt(list.length)]!;
  return Array.from({ length: count }, () => {
    const a = random.nextInt(10);
    const b = random.nextInt(10);
    const s = a + b;
    const w = s + 1 + random.nextInt(5);
    const fill = (template: string): string =>
      template.replaceAll('{a}', String(a)).replaceAll('{b}', String(b)).replaceAll('{s}', String(s)).replaceAll('{w}', String(w));
    const tutor = pick(TUTOR);
    const rejected = options.hardNegatives === true && random.nextInt(2) === 0 ? fill(tutor.replaceAll('{s}', '{w}')) : fill(pick(POOR));
    return { prompt: fill(pick(PROMPTS)), chosen: fill(tutor), rejected };
  });
}
