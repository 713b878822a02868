import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { ConfigError } from '@stagecoach/core';

/**
 * The object in a `--config` JSON file, with its `pathFields` (a path, a list of paths, or objects with a
 * `path`) resolved against the file's folder; URLs are kept. ConfigError naming the file when it cannot be
 * read or is not a JSON object.
 */
export async function readConfigFile(file: string, cwd: string, pathFields: readonly string[]): Promise<Record<string, unknown>> {
  const path = resolve(cwd, file);
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    throw new ConfigError(`--config: cannot read ${path}.`);
  }
  let config: unknown;
  try {
    config = JSON.parse(text);
  } catch (error) {
    throw new ConfigError(`--config: ${path} is not valid JSON (${(error as Error).message}).`);
  }
  if (typeof config !== 'object' || config === null || Array.isArray(config)) throw new ConfigError(`--config: ${path} must hold a JSON object.`);
  const base = dirname(path);
  const one = (value: unknown): unknown => {
    if (typeof value === 'string') return absolutePath(value, base);
    if (typeof value === 'object' && value !== null && typeof (value as { path?: unknown }).path === 'string') {
      return { ...value, path: absolutePath((value as { path: string }).path, base) };
    }
    return value;
  };
  const out = { ...(config as Record<string, unknown>) };
  for (const key of pathFields) {
    if (out[key] !== undefined) out[key] = Array.isArray(out[key]) ? (out[key] as unknown[]).map(one) : one(out[key]);
  }
  return out;
}

/** `path` resolved against `base`, or unchanged when it is a URL. */
export function absolutePath(path: string, base: string): string {
  return /^https?:\/\//i.test(path) ? path : resolve(base, path);
}
