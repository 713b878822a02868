import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
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
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(CACHE, { recursive: true });
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
