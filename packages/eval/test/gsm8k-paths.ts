import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The shared GSM8K copy beside the repo (`../shared/data/gsm8k/`), or null when it is absent. */
export function gsm8kPath(split: 'test' | 'train'): string | null {
  const path = fileURLToPath(new URL(`../../../../shared/data/gsm8k/${split}.jsonl`, import.meta.url));
  return existsSync(path) ? path : null;
}

export const GSM8K_MISSING = 'GSM8K not found at ../shared/data/gsm8k/ beside the repo; skipping tests on real GSM8K data';
