import { cp, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { CheckpointError, ConfigError, OPTIMIZER_FILE, TRAINER_STATE_FILE, resolveCheckpoint, writeSafetensors } from '@stagecoach/core';
import type { TrainerState } from '@stagecoach/core';
import { exportReadme } from './export-readme.js';
import type { ExportPlan, ExportSource } from './export-plan.js';
import { planLmExport } from './lm-export.js';
import { PYTHON_REQUIREMENTS, pythonFile } from './python-files.js';
import { planRewardExport } from './reward-export.js';
import { planGrpoExport, planPpoExport, type ExportReward } from './rl-export.js';
import { planSftExport } from './sft-export.js';

/** Options of {@link exportRun}. */
export interface ExportRunOptions {
  /** A run folder (its latest `checkpoint-<step>` is exported) or one checkpoint folder. */
  run: string;
  /** The folder to write the Python project to; it must not exist or be empty. */
  to: string;
  /** The step the exported run trains up to. Default: the run's `steps`; required when the run has done them all. */
  steps?: number;
  /** For a GRPO run: the reward to write as a Python function (the run's reward is code, not recorded). */
  reward?: ExportReward;
}

/** What {@link exportRun} wrote. */
export interface ExportRunResult {
  /** The project folder (absolute). */
  dir: string;
  /** The checkpoint exported. */
  checkpoint: string;
  /** The trainer that wrote it (`pretrainer`, `mid-trainer`, `sft`, `reward`, `grpo`, `ppo`). */
  trainer: string;
  /** Its step, where the exported run starts. */
  step: number;
  totalSteps: number;
  /** Paths written, relative to `dir`. */
  files: string[];
  /** Whether a train.py was written (not for PPO, which TRL no longer has). */
  hasScript: boolean;
  /** Options and state of the run that do not carry over, one sentence each (also in the README). */
  notCarried: string[];
}

/** The trainers an export knows, by the `trainer` field of trainer_state.json. */
const PLANNERS: Record<string, (source: ExportSource, options: ExportRunOptions) => Promise<ExportPlan>> = {
  pretrainer: planLmExport,
  'mid-trainer': planLmExport,
  sft: planSftExport,
  reward: planRewardExport,
  grpo: (source, options) => planGrpoExport(source, options.reward),
  ppo: planPpoExport,
};

/** Trainers exported without a training script (nothing to continue on): `--steps` does not apply. */
const HANDED_OVER = new Set(['ppo']);

/** Files of a checkpoint that are Stagecoach's trainer state, not part of the Hugging Face model folder. */
const STATE_FILES = new Set([TRAINER_STATE_FILE, OPTIMIZER_FILE]);

/**
 * Writes a Python project that continues a Stagecoach run on PyTorch with transformers / TRL / PEFT,
 * launched by `accelerate` on one device or many (pre- and mid-training: transformers.Trainer; SFT,
 * reward models, GRPO: TRL; PPO, which TRL no longer has: the policy, prompts and settings without a script): the
 * model (Hugging Face folder; with LoRA the base and the PEFT adapter), the data, the AdamW moments
 * under PyTorch parameter names, train.py with the run's settings mapped (stagecoach_run.json),
 * requirements.txt, accelerate configs and a README of what maps to what and what does not carry over. `ConfigError` for a trainer it cannot
 * export, a folder that is not empty, a step count already reached or data that changed since the run.
 */
export async function exportRun(options: ExportRunOptions): Promise<ExportRunResult> {
  const checkpoint = await resolveCheckpoint(options.run);
  const state = await readState(checkpoint);
  const plan = PLANNERS[state.trainer];
  if (plan === undefined) {
    throw new ConfigError(`cannot export a ${state.trainer} run (${checkpoint}) yet; exportable trainers: ${Object.keys(PLANNERS).join(', ')}.`);
  }
  const totalSteps = options.steps ?? (state.config['steps'] as number);
  if (!HANDED_OVER.has(state.trainer) && !(Number.isInteger(totalSteps) && totalSteps > state.step)) {
    throw new ConfigError(
      `--steps (${totalSteps}) must be an integer above the checkpoint's step ${state.step}: it is the step the exported run trains up to. `
      + `Pass e.g. --steps ${state.step * 2 || 100}.`,
    );
  }
  const dir = resolve(options.to);
  await checkEmpty(dir);
  const planned = await plan({ checkpoint, state, totalSteps }, options);
  const written: string[] = [];
  const write = async (path: string, content: string | Uint8Array) => {
    await mkdir(dirname(join(dir, path)), { recursive: true });
    await writeFile(join(dir, path), content);
    written.push(path);
  };
  await cp(checkpoint, join(dir, 'model'), { recursive: true, filter: (from) => !STATE_FILES.has(relative(checkpoint, from)) });
  written.push('model/');
  for (const file of planned.files) await write(file.path, 'from' in file ? await readFile(file.from) : file.content);
  if (planned.moments.size > 0) {
    await write('optimizer_state.safetensors', writeSafetensors(planned.moments, { format: 'pt', step: String(state.optimizerStep) }));
  }
  await write('stagecoach_run.json', `${JSON.stringify({ ...planned.settings, exported_from: checkpoint, not_carried: planned.notCarried }, null, 2)}\n`);
  if (planned.script !== undefined) {
    await write('train.py', await pythonFile(planned.script));
    await write('stagecoach_export.py', await pythonFile('stagecoach_export.py'));
    for (const config of ['single', 'multi-gpu', 'fsdp']) await write(`accelerate/${config}.yaml`, await pythonFile(`accelerate/${config}.yaml`));
  }
  await write('requirements.txt', `${[...PYTHON_REQUIREMENTS.common, ...planned.requirements].join('\n')}\n`);
  await write('README.md', exportReadme({ checkpoint, trainer: state.trainer, step: state.step, totalSteps, plan: planned }));
  return {
    dir, checkpoint, trainer: state.trainer, step: state.step, totalSteps, files: written, hasScript: planned.script !== undefined, notCarried: planned.notCarried,
  };
}

async function readState(checkpoint: string): Promise<TrainerState> {
  const path = join(checkpoint, TRAINER_STATE_FILE);
  try {
    return JSON.parse(await readFile(path, 'utf8')) as TrainerState;
  } catch (error) {
    throw new CheckpointError(`${path} cannot be read as JSON (${(error as Error).message}); export another checkpoint.`, { cause: error });
  }
}

async function checkEmpty(dir: string): Promise<void> {
  const entries = await readdir(dir).catch(() => []);
  if (entries.length > 0) throw new ConfigError(`--to ${dir} is not empty; export into a new or empty folder.`);
}
