import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { ConfigError } from '@stagecoach/core';

/** Fields every trainer config may hold that name a path: resolved like `pathFields`. */
const COMMON_PATH_FIELDS = ['outDir', 'metricsFile', 'resumeFrom', 'initFrom'];

/**
 * The object in a `--config` JSON file, with its path fields (`pathFields` plus outDir, metricsFile,
 * resumeFrom and initFrom: a path, a list of paths, or objects with a `path` or `source`) resolved against
 * the file's folder; URLs are kept. ConfigError naming the file when it cannot be read or is not a JSON object.
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
  if (typeof config !== 'object' || config === null || Array.isArray(config)) throw new ConfigError(`--config: ${path} must hold a JSON object of config fields.`);
  const base = dirname(path);
  const one = (value: unknown): unknown => {
    if (typeof value === 'string') return absolutePath(value, base);
    if (typeof value !== 'object' || value === null) return value;
    if (typeof (value as { path?: unknown }).path === 'string') return { ...value, path: absolutePath((value as { path: string }).path, base) };
    if ('source' in value) return { ...value, source: one((value as { source: unknown }).source) };
    return value;
  };
  const out = { ...(config as Record<string, unknown>) };
  for (const key of new Set([...pathFields, ...COMMON_PATH_FIELDS])) {
    if (out[key] !== undefined) out[key] = Array.isArray(out[key]) ? (out[key] as unknown[]).map(one) : one(out[key]);
  }
  return out;
}

/** `path` resolved against `base`, or unchanged when it is a URL. */
export function absolutePath(path: string, base: string): string {
  return /^https?:\/\//i.test(path) ? path : resolve(base, path);
}

/** A numeric flag's value (undefined when absent); ConfigError naming the flag when it is not a number. */
export function numberFlag(flag: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n)) throw new ConfigError(`--${flag} must be a number, got "${value}".`);
  return n;
}
