import { readFile } from 'node:fs/promises';
import { DataError } from '@stagecoach/core';
import { loadGsm8k, parseGsm8k, type Gsm8kRecord } from '../tasks/gsm8k-task.js';

/** GSM8K JSONL from a local path or an http(s) URL. */
export async function readGsm8k(pathOrUrl: string): Promise<Gsm8kRecord[]> {
  if (/^https?:\/\//i.test(pathOrUrl)) return loadGsm8k(pathOrUrl);
  let text: string;
  try {
    text = await readFile(pathOrUrl, 'utf8');
  } catch (error) {
    throw new DataError(`Could not read GSM8K data from ${pathOrUrl}: ${(error as Error).message}. Pass the path of a JSONL file such as test.jsonl, or an http(s) URL.`, { cause: error });
  }
  return parseGsm8k(text, pathOrUrl);
}
