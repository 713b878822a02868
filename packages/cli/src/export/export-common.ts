import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { TOKENIZER_FILE_NAMES } from '@stagecoach/core';
import type { LrSchedule, TokenizerFiles } from '@stagecoach/core';

/** The tokenizer files of a checkpoint folder, for `tokenizerFromFiles`. */
export async function readTokenizerFiles(dir: string): Promise<TokenizerFiles> {
  const files: TokenizerFiles = {};
  for (const name of TOKENIZER_FILE_NAMES) {
    if (existsSync(join(dir, name))) files[name] = await readFile(join(dir, name), 'utf8');
  }
  return files;
}

/** Learning rates of the first (up to 5) steps the exported run takes, which train.py checks its schedule against. */
export function scheduleCheck(schedule: LrSchedule, start: number, total: number): number[] {
  return Array.from({ length: Math.min(5, total - start) }, (_, k) => schedule(start + k));
}
