import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { nativeBuilt } from './helpers.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '../../..');

/** Calls per run: a few seconds' worth here; STAGECOACH_FUZZ_CALLS=200000 for a long run. */
const calls = Number(process.env.STAGECOACH_FUZZ_CALLS ?? 3000);

describe.skipIf(!nativeBuilt)('native addon under random and adversarial arguments', () => {
  it(`${calls} calls in a child process: each returns or throws a TypeError/RangeError, none crashes or writes out of bounds`, () => {
    const seed = Number(process.env.STAGECOACH_FUZZ_SEED ?? 1);
    const result = spawnSync(process.execPath, ['--import', 'tsx', 'packages/backend-node/test/fuzz/native-fuzz.ts', String(calls), String(seed)], {
      cwd: root, encoding: 'utf8', timeout: Math.max(60_000, calls * 20), maxBuffer: 1 << 24,
    });
    // A crash shows as a signal (SIGSEGV, SIGABRT) or a non-zero status with no summary.
    expect(result.signal, result.stderr).toBeNull();
    expect(result.status, result.stderr).toBe(0);
    const summary = JSON.parse(result.stdout.trim().split('\n').pop() ?? '{}') as {
      calls: number; returned: number; typeErrors: number; rangeErrors: number; failures: string[]; byFunction: Record<string, number>;
    };
    expect(summary.failures).toEqual([]);
    expect(summary.calls).toBe(calls);
    // Both outcomes are exercised, for every function.
    expect(summary.returned).toBeGreaterThan(calls / 10);
    expect(summary.typeErrors + summary.rangeErrors).toBeGreaterThan(calls / 10);
    expect(Object.keys(summary.byFunction).length).toBeGreaterThanOrEqual(23);
  }, 600_000);
});
