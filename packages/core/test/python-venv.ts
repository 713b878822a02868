import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** A Python with the reference libraries, or why there is none (for the skip message). */
export type PythonEnv = { python: string; reason?: undefined } | { python?: undefined; reason: string };

const CACHE = fileURLToPath(new URL('../../../.cache/python/', import.meta.url));

/**
 * A virtual environment with `requirements` installed by pip, made once under the repository's
 * `.cache/python/NAME` and reused. The packages must come from the wheels on this machine (pip is
 * pointed at them here; `--retries 1` because the public index cannot be reached). Synchronous, for a
 * test file's top level: `describe.skipIf(!env.python)`.
 */
export function pythonVenv(name: string, requirements: readonly string[]): PythonEnv {
  const dir = `${CACHE}${name}`;
  const python = `${dir}/bin/python`;
  const stamp = `${dir}/.complete`;
  if (existsSync(stamp)) return { python };
  mkdirSync(CACHE, { recursive: true });
  // Test files run in parallel workers and several ask for the same venv: one builds it, the others wait.
  const lock = `${dir}.lock`;
  while (!tryLock(lock)) {
    if (existsSync(stamp)) return { python };
    sleepSync(1000);
  }
  try {
    if (existsSync(stamp)) return { python };
    return buildVenv(dir, python, stamp, requirements);
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

/** Takes the lock folder (mkdir is atomic); one left by a process that died over 20 minutes ago is taken over. */
function tryLock(lock: string): boolean {
  try {
    mkdirSync(lock);
    return true;
  } catch {
    const age = Date.now() - (statSync(lock, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
    if (age > 20 * 60_000) rmSync(lock, { recursive: true, force: true });
    return false;
  }
}

function sleepSync(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

function buildVenv(dir: string, python: string, stamp: string, requirements: readonly string[]): PythonEnv {
  rmSync(dir, { recursive: true, force: true });
  const venv = spawnSync('python3', ['-m', 'venv', dir], { encoding: 'utf8' });
  if (venv.status !== 0) return { reason: `python3 -m venv failed: ${(venv.stderr || String(venv.error)).trim().slice(-300)}` };
  const pip = spawnSync(python, ['-m', 'pip', 'install', '--retries', '1', '--quiet', ...requirements], {
    encoding: 'utf8',
    timeout: 600_000,
  });
  if (pip.status !== 0) {
    const lastError = (pip.stderr ?? '').split('\n').filter((l) => l.startsWith('ERROR')).pop() ?? String(pip.error ?? 'pip failed');
    rmSync(dir, { recursive: true, force: true });
    return { reason: `pip could not install ${requirements.join(' ')} (${lastError.slice(0, 300)})` };
  }
  writeFileSync(stamp, requirements.join('\n'));
  return { python };
}

/** transformers 5 on PyTorch 2.13 CPU, the reference for checkpoint interop. */
export const TRANSFORMERS_5 = ['torch==2.13.0+cpu', 'transformers==5.17.0', 'safetensors', 'numpy'] as const;
