import { ConfigError, SeededRandom } from '@stagecoach/core';
import { questionAnswerTask } from './question-answer-task.js';
import type { GenerativeTask, Problem } from './task.js';

/** How hard a synthetic problem is: operand size and number of operations. */
export interface ArithmeticLevel {
  /** Digits of the starting number and of added/subtracted operands. */
  digits: number;
  /** Operations to carry out (= lines of the worked solution). */
  steps: number;
}

/** Difficulty levels 1–5. */
export const ARITHMETIC_LEVELS: Readonly<Record<number, ArithmeticLevel>> = {
  1: { digits: 1, steps: 1 },
  2: { digits: 2, steps: 1 },
  3: { digits: 2, steps: 2 },
  4: { digits: 3, steps: 3 },
  5: { digits: 4, steps: 4 },
};

export type ArithmeticStyle = 'arithmetic' | 'word' | 'mixed';

export interface ArithmeticTaskOptions {
  /** Default 0. The same seed gives the same problems on every platform. */
  seed?: number;
  /** Number of problems. Default 100. */
  count?: number;
  /** Levels (1–5, see `ARITHMETIC_LEVELS`) mixed evenly over the problems. Default `[1, 2, 3]`. */
  difficulty?: number | readonly number[];
  /** Bare expressions, short word problems, or both alternating. Default `'mixed'`. */
  style?: ArithmeticStyle;
  /** Worked examples before each question (drawn from a separate seeded stream). Default 0. */
  fewShot?: number;
  /** Task name in reports. Default `'arithmetic'`. */
  name?: string;
}

type Op = '+' | '-' | '*' | '/';
interface Step { op: Op; left: number; right: number; result: number }

const NAMES = ['Ava', 'Ben', 'Chloe', 'Diego', 'Emma', 'Farid', 'Grace', 'Hiro', 'Ines', 'Jonas', 'Kemi', 'Lena', 'Mateo', 'Nora', 'Omar', 'Priya'];
const ITEMS = ['apples', 'marbles', 'stickers', 'books', 'coins', 'pencils', 'shells', 'cards', 'stamps', 'cookies'];

function randomOperand(random: SeededRandom, digits: number): number {
  return digits <= 1 ? random.int(1, 9) : random.int(10 ** (digits - 1), 10 ** digits - 1);
}

function divisors(value: number): number[] {
  const out: number[] = [];
  for (let d = 2; d <= 12; d++) if (value % d === 0 && value / d >= 1) out.push(d);
  return out;
}

/** Operations with whole, non-negative intermediate results. */
function drawSteps(random: SeededRandom, level: ArithmeticLevel): { start: number; steps: Step[] } {
  const start = randomOperand(random, level.digits);
  const steps: Step[] = [];
  let current = start;
  for (let i = 0; i < level.steps; i++) {
    let op: Op = random.pick<Op>(level.steps === 1 ? ['+', '-', '*'] : ['+', '-', '*', '/']);
    if (op === '-' && current < 1) op = '+';
    if (op === '*' && current > 10 ** (level.digits + 1)) op = '-';
    if (op === '/' && divisors(current).length === 0) op = '+';
    let right: number;
    if (op === '+') right = randomOperand(random, level.digits);
    else if (op === '-') right = random.int(1, Math.min(current, 10 ** level.digits - 1));
    else if (op === '*') right = random.int(2, 9);
    else right = random.pick(divisors(current));
    const result = op === '+' ? current + right : op === '-' ? current - right : op === '*' ? current * right : current / right;
    steps.push({ op, left: current, right, result });
    current = result;
  }
  return { start, steps };
}

function arithmeticText(start: number, steps: readonly Step[]): { question: string; lines: string[] } {
  let expression = String(start);
  let additive = false;
  for (const step of steps) {
    const multiplicative = step.op === '*' || step.op === '/';
    if (multiplicative && additive) expression = `(${expression})`;
    expression = `${expression} ${step.op} ${step.right}`;
    additive = !multiplicative;
  }
  return {
    question: `What is ${expression}?`,
    lines: steps.map((s) => `${s.left} ${s.op} ${s.right} = ${s.result}`),
  };
}

function wordText(random: SeededRandom, start: number, steps: readonly Step[]): { question: string; lines: string[] } {
  const name = random.pick(NAMES);
  const item = random.pick(ITEMS);
  const sentences = [`${name} has ${start} ${item}.`];
  const lines: string[] = [];
  for (const s of steps) {
    const math = `${s.left} ${s.op} ${s.right} = ${s.result}`;
    if (s.op === '+') {
      sentences.push(`Then ${name} gets ${s.right} more ${item}.`);
      lines.push(`After getting ${s.right} more, ${name} has ${math} ${item}.`);
    } else if (s.op === '-') {
      sentences.push(`Then ${name} gives ${s.right} ${item} to a friend.`);
      lines.push(`After giving ${s.right} away, ${name} has ${math} ${item}.`);
    } else if (s.op === '*') {
      sentences.push(`Then ${name}'s pile of ${item} grows to ${s.right} times its size.`);
      lines.push(`${s.right} times as many is ${math} ${item}.`);
    } else {
      sentences.push(`Then ${name} splits the ${item} into ${s.right} equal groups and keeps one group.`);
      lines.push(`One of ${s.right} equal groups holds ${math} ${item}.`);
    }
  }
  sentences.push(`How many ${item} does ${name} have now?`);
  return { question: sentences.join(' '), lines };
}

function resolveLevels(difficulty: ArithmeticTaskOptions['difficulty']): number[] {
  const levels = difficulty === undefined ? [1, 2, 3] : typeof difficulty === 'number' ? [difficulty] : [...difficulty];
  if (levels.length === 0) throw new ConfigError('arithmeticTask: "difficulty" is empty; pass levels from 1 to 5, e.g. [1, 2, 3].');
  for (const level of levels) {
    if (ARITHMETIC_LEVELS[level] === undefined) {
      throw new ConfigError(`arithmeticTask: "difficulty" ${level} is not a level; valid levels are ${Object.keys(ARITHMETIC_LEVELS).join(', ')}.`);
    }
  }
  return levels;
}

/**
 * Synthetic arithmetic and word problems from a seed, with worked step-by-step solutions ending in
 * `#### <answer>` (the GSM8K format), spread evenly over the requested difficulty levels.
 */
export function arithmeticProblems(options: ArithmeticTaskOptions = {}): Problem[] {
  const seed = options.seed ?? 0;
  const count = options.count ?? 100;
  const style = options.style ?? 'mixed';
  if (!Number.isInteger(count) || count < 1) throw new ConfigError(`arithmeticTask: "count" must be a positive integer, got ${count}.`);
  if (!['arithmetic', 'word', 'mixed'].includes(style)) {
    throw new ConfigError(`arithmeticTask: "style" must be 'arithmetic', 'word' or 'mixed', got "${String(style)}".`);
  }
  const levels = resolveLevels(options.difficulty);
  const random = new SeededRandom(seed);
  const name = options.name ?? 'arithmetic';
  const problems: Problem[] = [];
  for (let i = 0; i < count; i++) {
    const difficulty = levels[i % levels.length] as number;
    const { start, steps } = drawSteps(random, ARITHMETIC_LEVELS[difficulty] as ArithmeticLevel);
    const wordy = style === 'word' || (style === 'mixed' && i % 2 === 1);
    const { question, lines } = wordy ? wordText(random, start, steps) : arithmeticText(start, steps);
    const answer = String(steps[steps.length - 1]?.result ?? start);
    problems.push({ id: `${name}-s${seed}-${i}`, question, answer, solution: [...lines, `#### ${answer}`].join('\n'), difficulty });
  }
  return problems;
}

/** A generative task over `arithmeticProblems(options)`; see `ArithmeticTaskOptions` for defaults. */
export function arithmeticTask(options: ArithmeticTaskOptions = {}): GenerativeTask {
  const seed = options.seed ?? 0;
  const fewShot = options.fewShot ?? 0;
  const levels = resolveLevels(options.difficulty);
  const problems = arithmeticProblems(options);
  const fewShotExamples = fewShot > 0
    ? arithmeticProblems({ ...options, seed: seed + 1_000_003, count: fewShot, name: `${options.name ?? 'arithmetic'}-shot` })
    : [];
  return questionAnswerTask({
    name: options.name ?? 'arithmetic',
    description: `Synthetic ${options.style ?? 'mixed'} problems, difficulty ${levels.join(', ')} (digits, steps per level: ${
      levels.map((l) => `${l}=${ARITHMETIC_LEVELS[l]?.digits}d×${ARITHMETIC_LEVELS[l]?.steps}`).join(', ')}).`,
    problems,
    fewShotExamples,
    settings: { seed, count: problems.length, difficulty: levels.join(','), style: options.style ?? 'mixed' },
  });
}
