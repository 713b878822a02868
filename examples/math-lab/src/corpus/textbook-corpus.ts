import { SeededRandom } from '@stagecoach/core';
import { ITEMS, NAMES, workedSum } from '../problems/addition.js';
import { columnAddition } from './numbers-corpus.js';

/**
 * Stage 2's advanced textbook: longer multi-step material — totals of three numbers worked as two
 * additions in a row, each column on its own line — longer than stage 1's documents, which is what
 * the extended context is for.
 */

function operand(random: SeededRandom, digits: number): number {
  return random.int(digits === 1 ? 1 : 10 ** (digits - 1), 10 ** digits - 1);
}

/** A three-part total, worked in two additions. */
function chainedSum(random: SeededRandom): string {
  const [a, b, c] = [operand(random, 2), operand(random, random.int(1, 2)), operand(random, random.int(1, 2))];
  const name = random.pick(NAMES);
  const item = random.pick(ITEMS);
  return [
    `${name} has ${a} ${item}, finds ${b} more and is given ${c} more. To find the total we add twice.`,
    ...workedSum(a, b), ...workedSum(a + b, c),
    `So ${name} has ${a + b + c} ${item} in all.`,
  ].join('\n');
}

/** `count` documents of the textbook. */
export function textbookCorpus(seed: number, count: number): string[] {
  const random = new SeededRandom(seed, 2);
  return Array.from({ length: count }, (_, i) =>
    (i % 3 === 2 ? columnAddition(operand(random, 2), operand(random, random.int(1, 2))) : chainedSum(random)));
}
