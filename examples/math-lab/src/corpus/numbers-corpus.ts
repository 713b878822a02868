import { SeededRandom } from '@stagecoach/core';
import { ITEMS, NAMES, workedSum } from '../problems/addition.js';

/**
 * Stage 1's library: plain text about numbers — facts, counting, short stories with quantities and
 * additions worked column by column — one document per line. Nothing here is a question with an
 * answer after `####`: the base model reads about numbers; it is never shown the tutor's format.
 */

const WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

function number(random: SeededRandom, maxDigits: number): number {
  const digits = random.int(1, maxDigits);
  return random.int(digits === 1 ? 0 : 10 ** (digits - 1), 10 ** digits - 1);
}

/** `8 plus 7 is 15.` and friends. */
function fact(random: SeededRandom): string {
  const a = random.int(0, 9);
  const b = random.int(0, 9);
  const c = random.int(0, 1);
  switch (random.int(0, 5)) {
    case 0: return `${a} plus ${b} is ${a + b}.`;
    case 1: return `${a}+${b}+${c}=${a + b + c}.`;
    case 2: return `${a} and ${b} make ${a + b}, and with a carry of 1 they make ${a + b + 1}.`;
    case 3: { const n = number(random, 3); return `The number after ${n} is ${n + 1}, and the number before ${n + 1} is ${n}.`; }
    case 4: { const n = number(random, 3); return `${n} is ${n % 2 === 0 ? 'even' : 'odd'}. Its last digit is ${n % 10}.`; }
    default: return `${WORDS[a]} is written ${a}, and ${WORDS[b]} is written ${b}.`;
  }
}

/** A run of counting, by ones or by a step. */
function counting(random: SeededRandom): string {
  const step = random.pick([1, 1, 2, 5, 10, 100]);
  const start = random.int(0, 90) * (step === 100 ? 1 : step);
  const run = Array.from({ length: random.int(5, 10) }, (_, i) => start + i * step);
  return step === 1 ? `Counting up: ${run.join(', ')}.` : `Counting by ${step}s: ${run.join(', ')}.`;
}

/** An addition worked column by column, the way a textbook sets it out. */
export function columnAddition(a: number, b: number): string {
  return [`To add ${a} and ${b}, we go column by column, carrying when a column makes 10 or more.`, ...workedSum(a, b)].join('\n');
}

/** A short story with quantities that says what happened to them. */
function story(random: SeededRandom): string {
  const name = random.pick(NAMES);
  const item = random.pick(ITEMS);
  const a = number(random, 2);
  const b = number(random, 2);
  switch (random.int(0, 3)) {
    case 3: return `${name} has ${a} ${item}. ${name} finds ${b} more. How many ${item} does ${name} have now? ${name} has ${a + b} ${item}.`;
    case 0: return `${name} has ${a} ${item}. ${name} finds ${b} more. Now ${name} has ${a + b} ${item}.`;
    case 1: return `${name} has ${a} ${item}. A friend gives ${name} ${b} more, so ${name} has ${a}+${b}=${a + b} ${item} now.`;
    default: return `There were ${a} ${item} in a box and ${b} on the table. Together that is ${a + b} ${item}.`;
  }
}

/** `count` documents of the number library. */
export function numbersCorpus(seed: number, count: number): string[] {
  const random = new SeededRandom(seed, 1);
  const docs: string[] = [];
  for (let i = 0; i < count; i++) {
    const kind = i % 4;
    if (kind === 0) docs.push(Array.from({ length: 3 }, () => fact(random)).join(' '));
    else if (kind === 1) docs.push(`${counting(random)} ${story(random)}`);
    else if (kind === 2) docs.push(`${story(random)} ${story(random)}`);
    else docs.push(columnAddition(number(random, 2), number(random, 2)));
  }
  return docs;
}
