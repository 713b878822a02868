import { SeededRandom } from '@stagecoach/core';
import { ITEMS, NAMES, workedSum } from '../problems/addition.js';
import { columnAddition } from './numbers-corpus.js';

/**
 * Stage 2's advanced textbook: longer multi-step material — totals of three numbers worked as two
 * additions in a row, each column on its own line — longer than stage 1's documents, which is what
 * the extended context is for.
 */

function operand(random: SeededRandom, digits: number): number {
  return random.int(10 ** (digits - 1), 10 ** digits - 1);
}

/** A three-part total, worked in two additions. */
function chainedSum(random: SeededRandom): string {
  const digits = random.int(2, 3);
  const [a, b, c] = [operand(random, digits), operand(random, digits), operand(random, digits)];
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
    (i % 3 === 2 ? columnAddition(operand(random, 3), operand(random, 3)) : chainedSum(random)));
}
