import { SeededRandom } from '@stagecoach/core';
import type { Problem } from '@stagecoach/eval';

/** A difficulty level of the lab's problems: how many numbers are added and how many digits each has. */
export interface AdditionLevel {
  /** Digits of each number added, in order. */
  digits: readonly number[];
}

/** The lab's levels, 1 = easiest: the second number's digits grow, then a third number joins (two additions in a row). */
export const ADDITION_LEVELS: Readonly<Record<number, AdditionLevel>> = {
  1: { digits: [1, 1] },
  2: { digits: [2, 1] },
  3: { digits: [2, 2] },
};

export const NAMES = ['Ava', 'Ben', 'Mia', 'Leo', 'Zoe', 'Sam', 'Ivy', 'Max', 'Ada', 'Tom', 'Eva', 'Kai'];
export const ITEMS = ['apples', 'shells', 'stamps', 'coins', 'books', 'beads', 'cards', 'seeds'];
const PLACES = ['ones', 'tens', 'hundreds', 'thousands'];

/** One column of a written addition: `8+7+0=15` (digits and the carry in), the digit written and the carry out. */
export interface Column { place: string; digits: number[]; carryIn: number; sum: number }

/** The columns of `a + b`, ones first. */
export function columns(a: number, b: number): Column[] {
  const out: Column[] = [];
  let carry = 0;
  for (let i = 0, x = a, y = b; x > 0 || y > 0 || carry > 0; i++, x = Math.floor(x / 10), y = Math.floor(y / 10)) {
    if (x === 0 && y === 0) break; // a final carry is written as the leading digit, not as a column
    const digits = [x % 10, y % 10];
    const sum = digits[0]! + digits[1]! + carry;
    out.push({ place: PLACES[i] ?? `10^${i}`, digits, carryIn: carry, sum });
    carry = sum >= 10 ? 1 : 0;
  }
  return out;
}

/** `a + b` worked column by column: one line per column, then the sum. */
export function workedSum(a: number, b: number): string[] {
  const lines = columns(a, b).map((c) => `${c.place}: ${c.digits[0]}+${c.digits[1]}+${c.carryIn}=${c.sum}`);
  lines.push(`${a}+${b}=${a + b}`);
  return lines;
}

/** The terms of one problem at a level. */
function drawTerms(random: SeededRandom, level: AdditionLevel): number[] {
  return level.digits.map((digits) => random.int(digits === 1 ? 1 : 10 ** (digits - 1), 10 ** digits - 1));
}

/** A word problem: a story with quantities, and the question. */
function storyQuestion(random: SeededRandom, terms: readonly number[]): string {
  const name = random.pick(NAMES);
  const item = random.pick(ITEMS);
  const [first, ...more] = terms;
  const sentences = [`${name} has ${first} ${item}.`];
  for (const n of more) sentences.push(random.nextFloat() < 0.5 ? `${name} finds ${n} more.` : `A friend gives ${name} ${n} more.`);
  sentences.push(`How many ${item} does ${name} have now?`);
  return sentences.join(' ');
}

/** The worked, step-by-step answer to adding `terms` in order, ending in `#### <sum>`. */
export function workedSolution(terms: readonly number[]): string {
  const lines: string[] = [];
  let total = terms[0]!;
  for (const n of terms.slice(1)) {
    lines.push(...workedSum(total, n));
    total += n;
  }
  lines.push(`#### ${total}`);
  return lines.join('\n');
}

/** Options of {@link additionProblems}. */
export interface AdditionProblemOptions {
  seed: number;
  count: number;
  /** Levels mixed evenly (problem i has level levels[i % levels.length]). */
  levels: readonly number[];
  /** Id prefix, e.g. `test` or `sft`. */
  name: string;
  /** Problems to leave out (by question), e.g. the held-out set when drawing training problems. */
  exclude?: ReadonlySet<string>;
}

/** Seeded addition word problems with worked solutions ending in `#### <answer>`, spread evenly over `levels`. */
export function additionProblems(options: AdditionProblemOptions): Problem[] {
  const random = new SeededRandom(options.seed, 17);
  const problems: Problem[] = [];
  const seen = new Set<string>();
  while (problems.length < options.count) {
    const difficulty = options.levels[problems.length % options.levels.length]!;
    const terms = drawTerms(random, ADDITION_LEVELS[difficulty]!);
    const question = storyQuestion(random, terms);
    if (options.exclude?.has(question) || seen.has(question)) continue;
    seen.add(question);
    const answer = String(terms.reduce((a, b) => a + b, 0));
    problems.push({ id: `${options.name}-${problems.length}`, question, answer, solution: workedSolution(terms), difficulty });
  }
  return problems;
}
