import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

/**
 * The folder of Python files an export copies (`packages/cli/export-python/`): found from
 * `src/export/` when run from the sources, from `dist/` when built.
 */
function pythonDir(): string {
  for (const relative of ['../../export-python/', '../export-python/']) {
    const dir = fileURLToPath(new URL(relative, import.meta.url));
    if (existsSync(`${dir}stagecoach_export.py`)) return dir;
  }
  throw new Error('the Python files of `stagecoach export` (export-python/) are missing from the @stagecoach/cli package; reinstall it.');
}

/** The text of one of the export's Python (or accelerate config) files, by its path in export-python/. */
export async function pythonFile(name: string): Promise<string> {
  return readFile(`${pythonDir()}${name}`, 'utf8');
}

/**
 * The Python packages an export needs, pinned to the versions Stagecoach's tests run the exported
 * scripts with (torch's CPU wheel is `2.13.0+cpu`; `==2.13.0` also matches the CUDA builds).
 */
export const PYTHON_REQUIREMENTS = {
  common: ['torch==2.13.0', 'transformers==5.17.0', 'accelerate==1.15.0', 'safetensors==0.8.0', 'tokenizers==0.23.2', 'numpy==2.4.6', 'jinja2==3.1.6'],
  /** The TRL exports' (SFT, reward, GRPO; PPO's hand-over without TRL). */
  sft: ['peft==0.21.0', 'trl==1.13.0', 'datasets==5.0.1'],
} as const;
