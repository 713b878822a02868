import { SeededRandom } from '@stagecoach/core';
import { columns } from '../problems/addition.js';
import { proseAddition } from './numbers-corpus.js';

/**
 * Stage 2's advanced textbook: longer multi-step material — sums of three numbers worked in two
 * additions, each column on its own line — longer than stage 1's documents, which is what the
 * extended context is for.
 */

const SUBJECTS = ['a farm', 'a library', 'a bakery', 'a school', 'a harbour', 'a garden'];
const THINGS = ['eggs', 'books', 'loaves', 'chairs', 'ropes', 'tulips'];

function threeDigit(random: SeededRandom, digits: number): number {
  return random.int(10 ** (digits - 1), 10 ** digits - 1);
}

/** Column lines of `a + b`, as a textbook sets them out. */
function columnLines(a: number, b: number): string[] {
  return columns(a, b).map((c) => `${c.place}: ${c.digits[0]}+${c.digits[1]}+${c.carryIn}=${c.sum}`);
}

/** A chapter section: a three-part total, worked in two additions. */
function chainedSum(random: SeededRandom): string {
  const digits = random.int(2, 3);
  const [a, b, c] = [threeDigit(random, digits), threeDigit(random, digits), threeDigit(random, digits)];
  const where = random.pick(SUBJECTS);
  const thing = random.pick(THINGS);
  return [
    `At ${where} there are ${a} ${thing} on Monday, ${b} on Tuesday and ${c} on Wednesday. To find the total we add twice.`,
    `First ${a}+${b}:`, ...columnLines(a, b), `${a}+${b}=${a + b}`,
    `Then ${a + b}+${c}:`, ...columnLines(a + b, c), `${a + b}+${c}=${a + b + c}`,
    `So ${where} has ${a + b + c} ${thing} in all.`,
  ].join('\n');
}

/** `count` documents of the textbook. */
export function textbookCorpus(seed: number, count: number): string[] {
  const random = new SeededRandom(seed, 2);
  return Array.from({ length: count }, (_, i) =>
    (i % 3 === 2 ? proseAddition(threeDigit(random, 3), threeDigit(random, 3)) : chainedSum(random)));
}
