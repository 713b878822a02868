import { ConfigError } from '@stagecoach/core';
import { LAB_PRESETS } from './presets.js';

/** The lab's stages in run order; each writes `<out>/<stage>/`. */
export const STAGES = ['base', 'mid', 'sft', 'reward', 'rl', 'eval'] as const;
export type StageName = (typeof STAGES)[number];

/** What `pnpm lab` was asked to do. */
export interface LabOptions {
  preset: string;
  out: string;
  backend: string;
  seed: number;
  rl: 'grpo' | 'ppo';
  /** Re-run from this stage (the earlier stages' folders must exist). Default: from the start. */
  from?: StageName;
  /** Continue an interrupted run in `out`: finished stages are kept, the interrupted one resumes from its checkpoint. */
  resume: boolean;
}

const USAGE = `usage: pnpm lab [--preset smoke|default|large] [--out DIR] [--backend node|wasm|cpu|webgpu] [--seed N] [--rl grpo|ppo] [--from STAGE] [--resume]
stages: ${STAGES.join(', ')}`;

function value(args: string[], i: number, flag: string): string {
  const v = args[i + 1];
  if (v === undefined || v.startsWith('--')) throw new ConfigError(`${flag} needs a value.\n${USAGE}`);
  return v;
}

/** Parses the command line; ConfigError naming the flag and the valid values. */
export function parseLabArgs(args: string[], now = new Date()): LabOptions {
  const stamp = now.toISOString().replace(/[-:]/g, '').replace(/\..*/, '').replace('T', '-');
  const options: LabOptions = { preset: 'default', out: `runs/lab-${stamp}`, backend: 'node', seed: 0, rl: 'grpo', resume: false };
  for (let i = 0; i < args.length; i++) {
    const flag = args[i]!;
    if (flag === '--') continue;
    if (flag === '--resume') options.resume = true;
    else if (flag === '--help' || flag === '-h') throw new ConfigError(USAGE);
    else if (flag === '--preset') options.preset = value(args, i++, flag);
    else if (flag === '--out') options.out = value(args, i++, flag);
    else if (flag === '--backend') options.backend = value(args, i++, flag);
    else if (flag === '--seed') options.seed = Number(value(args, i++, flag));
    else if (flag === '--rl') options.rl = value(args, i++, flag) as LabOptions['rl'];
    else if (flag === '--from') options.from = value(args, i++, flag) as StageName;
    else throw new ConfigError(`unknown flag "${flag}".\n${USAGE}`);
  }
  if (!(options.preset in LAB_PRESETS)) throw new ConfigError(`--preset "${options.preset}" is not a preset; valid: ${Object.keys(LAB_PRESETS).join(', ')}.`);
  if (!Number.isInteger(options.seed) || options.seed < 0) throw new ConfigError(`--seed must be a non-negative integer, got ${args[args.indexOf('--seed') + 1]}.`);
  if (options.rl !== 'grpo' && options.rl !== 'ppo') throw new ConfigError(`--rl must be grpo or ppo, got "${options.rl}".`);
  if (options.from !== undefined && !STAGES.includes(options.from)) throw new ConfigError(`--from "${options.from}" is not a stage; valid: ${STAGES.join(', ')}.`);
  if (options.from !== undefined && options.resume) throw new ConfigError('--from and --resume do not go together: --resume continues where the run stopped.');
  return options;
}
