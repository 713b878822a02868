import { ConfigError, DataError, SeededRandom } from '@stagecoach/core';
import { extractAnswer } from '../extract-answer.js';
import { questionAnswerTask } from './question-answer-task.js';
import type { GenerativeTask, Problem } from './task.js';

/** One GSM8K line: `{"question": "...", "answer": "...reasoning...\n#### 18"}`. */
export interface Gsm8kRecord {
  question: string;
  answer: string;
}

/**
 * Parses GSM8K JSONL; `source` names the file or URL in error messages. Every answer must end in
 * a `#### <number>` line (the reference answer), as GSM8K's do.
 */
export function parseGsm8k(jsonl: string, source = 'GSM8K data'): Gsm8kRecord[] {
  const records: Gsm8kRecord[] = [];
  const lines = jsonl.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = (lines[i] as string).trim();
    if (line === '') continue;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (error) {
      throw new DataError(`${source}, line ${i + 1}: not valid JSON (${(error as Error).message}). Each line must be one JSON object.`, { cause: error });
    }
    const record = value as Partial<Gsm8kRecord> | null;
    if (typeof record?.question !== 'string' || typeof record.answer !== 'string') {
      throw new DataError(`${source}, line ${i + 1}: expected an object with string fields "question" and "answer".`);
    }
    if (extractAnswer(record.answer, { mode: 'strict' }) === null) {
      throw new DataError(`${source}, line ${i + 1}: "answer" has no "#### <number>" line; GSM8K answers end with the reference answer, e.g. "...\n#### 18".`);
    }
    records.push({ question: record.question, answer: record.answer });
  }
  if (records.length === 0) throw new DataError(`${source}: no records; expected JSONL lines with "question" and "answer".`);
  return records;
}

/**
 * Fetches and parses GSM8K JSONL from a URL (works in browsers and Node). For a local path in
 * Node use `readGsm8k` from `@stagecoach/eval/node`.
 */
export async function loadGsm8k(url: string | URL, init?: RequestInit): Promise<Gsm8kRecord[]> {
  let response: Response;
  try {
    response = await fetch(url, init);
  } catch (error) {
    // Node's fetch says only "fetch failed"; the reason (refused, DNS, TLS) is in its cause.
    const reason = error instanceof Error && error.cause instanceof Error ? `${error.message} (${error.cause.message})` : String((error as Error).message);
    throw new DataError(`Could not fetch GSM8K data from ${String(url)}: ${reason}. Check the URL and the network; for a local file in Node use readGsm8k from @stagecoach/eval/node.`, { cause: error });
  }
  if (!response.ok) throw new DataError(`Could not fetch GSM8K data from ${String(url)}: HTTP ${response.status} ${response.statusText}.`);
  return parseGsm8k(await response.text(), String(url));
}

/** GSM8K records as problems; the reference answer is the `####` value. */
export function gsm8kProblems(records: readonly Gsm8kRecord[], idPrefix = 'gsm8k'): Problem[] {
  return records.map((record, i) => {
    const answer = extractAnswer(record.answer, { mode: 'strict' });
    if (answer === null) {
      throw new DataError(`${idPrefix} record ${i + 1}: the answer has no "#### <number>" line; GSM8K answers end with one.`);
    }
    return { id: `${idPrefix}-${i}`, question: record.question, answer, solution: record.answer };
  });
}

export interface Gsm8kTaskOptions {
  /** Evaluate only the first `limit` problems (after the few-shot examples are set aside). Default: all. */
  limit?: number;
  /** Worked examples before each question. Default 0. */
  fewShot?: number;
  /**
   * Where few-shot examples come from (usually the train split). Default: drawn from `records`
   * with `seed` and then left out of the evaluated problems.
   */
  fewShotRecords?: readonly Gsm8kRecord[];
  /** Seed for drawing few-shot examples. Default 0. */
  seed?: number;
  /** Task name in reports. Default `'gsm8k'`. */
  name?: string;
  /** Where `records` came from (a path or URL), recorded in the report's task settings. */
  source?: string;
  /** Where `fewShotRecords` came from, recorded likewise. */
  fewShotSource?: string;
}

/** GSM8K as a generative task: `Question: …\nAnswer:` prompts, graded by the `####` / last number. */
export function gsm8kTask(records: readonly Gsm8kRecord[], options: Gsm8kTaskOptions = {}): GenerativeTask {
  const name = options.name ?? 'gsm8k';
  const fewShot = options.fewShot ?? 0;
  const seed = options.seed ?? 0;
  if (!Number.isInteger(fewShot) || fewShot < 0) throw new ConfigError(`gsm8kTask: "fewShot" must be a non-negative integer, got ${fewShot}.`);
  const all = gsm8kProblems(records, name);
  let problems = all;
  let shots: Problem[] = [];
  if (fewShot > 0) {
    if (options.fewShotRecords !== undefined) {
      shots = new SeededRandom(seed).shuffle(gsm8kProblems(options.fewShotRecords, `${name}-shot`)).slice(0, fewShot);
    } else {
      const chosen = new Set(new SeededRandom(seed).shuffle(all.map((_, i) => i)).slice(0, fewShot));
      shots = all.filter((_, i) => chosen.has(i));
      problems = all.filter((_, i) => !chosen.has(i));
    }
    if (shots.length < fewShot) throw new ConfigError(`gsm8kTask: "fewShot" is ${fewShot} but only ${shots.length} examples are available.`);
  }
  if (options.limit !== undefined) {
    if (!Number.isInteger(options.limit) || options.limit < 1) throw new ConfigError(`gsm8kTask: "limit" must be a positive integer, got ${options.limit}.`);
    problems = problems.slice(0, options.limit);
  }
  return questionAnswerTask({
    name,
    description: `GSM8K grade-school math word problems (${problems.length} of ${records.length}), ${fewShot}-shot.`,
    problems,
    fewShotExamples: shots,
    settings: {
      seed,
      count: problems.length,
      ...(options.source === undefined ? {} : { source: options.source }),
      fewShotSource: options.fewShotRecords === undefined ? 'same split' : options.fewShotSource ?? 'fewShotRecords',
    },
  });
}

