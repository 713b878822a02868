import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ConfigError, StagecoachError } from '@stagecoach/core';
import type { Command } from '../command.js';
import { exportRun, type ExportRunOptions } from '../export/export-run.js';
import { startBackend } from '../resolve-backend.js';

const usage = `Usage: stagecoach export --run <folder> --to <dir> [--steps <n>] [--reward math]

Writes a Python project that continues a Stagecoach run on PyTorch, launched by accelerate on one
device or many GPUs and machines: pre- and mid-training with transformers.Trainer; SFT, reward models and
GRPO with TRL's SFTTrainer / RewardTrainer / GRPOTrainer and the PEFT adapter; a PPO run (TRL has no PPO any
more) is handed over without a script. It holds the model (Hugging Face folder), the data, the AdamW moments, train.py with
the run's hyper-parameters, requirements.txt, accelerate configs (one machine; multi-GPU; FSDP over
several machines) and a README of what maps to what. What does not carry over is listed.

  --run <folder>    a run's output folder (its latest checkpoint) or one checkpoint-<step> folder
  --to <dir>        a new or empty folder for the project
  --steps <n>       the step the exported run trains up to (default: the run's --steps; required
                    when the run has done them all)
  --reward math     GRPO: the run's reward, written as a Python function (a reward is code, not recorded
                    in the checkpoint): the built-in math answer checker
  --answer-field <f>  GRPO with --reward math: the record field with the reference answer (default answer)

Example:
  stagecoach export --run runs/tiny --to runs/tiny-torch --steps 2000
  cd runs/tiny-torch && pip install -r requirements.txt && accelerate launch --config_file accelerate/single.yaml train.py`;

/** Parses `stagecoach export` arguments; ConfigError on a missing or bad one. */
export function parseExportArgs(argv: string[], cwd = process.cwd()): ExportRunOptions {
  let values;
  try {
    ({ values } = parseArgs({ args: argv, strict: true, options: {
      run: { type: 'string' }, to: { type: 'string' }, steps: { type: 'string' }, reward: { type: 'string' }, 'answer-field': { type: 'string' },
    } }));
  } catch (error) {
    throw new ConfigError(`${(error as Error).message}. Run \`stagecoach export --help\` for the options.`);
  }
  if (values.run === undefined) throw new ConfigError('no run to export: pass --run <folder> (a run\'s --out folder or a checkpoint).');
  if (values.to === undefined) throw new ConfigError('no destination: pass --to <dir> (a new or empty folder).');
  const steps = values.steps === undefined ? undefined : Number(values.steps);
  if (steps !== undefined && !(Number.isInteger(steps) && steps > 0)) throw new ConfigError(`--steps must be a positive integer, got "${values.steps}".`);
  if (values.reward !== undefined && values.reward !== 'math') {
    throw new ConfigError(`--reward "${values.reward}" is not a reward the export can write in Python; valid: math.`);
  }
  const answerField = values['answer-field'];
  return {
    run: resolve(cwd, values.run), to: resolve(cwd, values.to), ...(steps === undefined ? {} : { steps }),
    ...(values.reward === undefined ? {} : { reward: { kind: 'math', ...(answerField === undefined ? {} : { answerField }) } }),
  };
}

export const exportCommand: Command = {
  name: 'export',
  summary: 'write a Python project (transformers / TRL / PEFT + accelerate) that continues a run on PyTorch',
  usage,
  async run(argv) {
    try {
      const options = parseExportArgs(argv);
      await startBackend('cpu'); // mapping the optimizer moments to PyTorch layouts: elementwise copies
      const result = await exportRun(options);
      console.log(`Exported the ${result.trainer} run at step ${result.step} (${result.checkpoint})`);
      if (!result.hasScript) {
        console.log(`  to ${result.dir}: the model, the prompts and the settings, without a training script:`);
        for (const line of result.notCarried) console.log(`  - ${line}`);
        return 0;
      }
      console.log(`  to ${result.dir}: train.py continues it to step ${result.totalSteps}`);
      console.log('Not carried over:');
      for (const line of result.notCarried) console.log(`  - ${line}`);
      console.log('  - under FSDP / DeepSpeed: the AdamW moments (they restart at zero)');
      console.log('Run it:');
      console.log(`  cd ${result.dir} && pip install -r requirements.txt`);
      console.log('  accelerate launch --config_file accelerate/single.yaml train.py   (README.md: several GPUs / machines)');
      return 0;
    } catch (error) {
      if (StagecoachError.isInstance(error)) {
        console.error(`stagecoach export: ${error.message}`);
        return 1;
      }
      throw error;
    }
  },
};
