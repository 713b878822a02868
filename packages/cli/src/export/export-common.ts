import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { TOKENIZER_FILE_NAMES } from '@stagecoach/core';
import type { LrSchedule, TokenizerFiles, TrainerState } from '@stagecoach/core';

/** The tokenizer files of a checkpoint folder, for `tokenizerFromFiles`. */
export async function readTokenizerFiles(dir: string): Promise<TokenizerFiles> {
  const files: TokenizerFiles = {};
  for (const name of TOKENIZER_FILE_NAMES) {
    if (existsSync(join(dir, name))) files[name] = await readFile(join(dir, name), 'utf8');
  }
  return files;
}

/** Learning rates of the first (up to 5) steps the exported run takes, which train.py checks its schedule against. */
export function scheduleCheck(schedule: LrSchedule, start: number, total: number): number[] {
  return Array.from({ length: Math.min(5, total - start) }, (_, k) => schedule(start + k));
}

/** The fields of a recorded SFT, reward or RL config that {@link adapterRunSettings} reads. */
interface RecordedRunOptions {
  lora: unknown;
  seed: number;
  lr: number;
  weightDecay: number;
  maxGradNorm: number;
  checkpointEvery: number;
  keepCheckpoints: number;
}

/**
 * The settings an SFT, reward or GRPO export's train.py shares (beside its `data`, `check` and own
 * fields): the model (and adapter) folders, core's AdamW (betas 0.9, 0.95, eps 1e-8) with the run's
 * moments, the run's constant learning rate up to `totalSteps`, rows per device, eval and save cadence.
 */
export function adapterRunSettings(
  { state, config: c, noDecay, totalSteps, perDevice, evalEvery }:
  { state: TrainerState; config: RecordedRunOptions; noDecay: string[]; totalSteps: number; perDevice: number; evalEvery: number },
): Record<string, unknown> {
  return {
    model_dir: 'model',
    adapter_dir: c.lora === false ? null : 'model/adapter',
    optimizer_state: 'optimizer_state.safetensors',
    start_step: state.step,
    seed: c.seed,
    optimizer: {
      lr: c.lr, betas: [0.9, 0.95], eps: 1e-8, weight_decay: c.weightDecay, no_decay: noDecay, max_grad_norm: c.maxGradNorm, step: state.optimizerStep,
    },
    schedule: { type: 'constant', warmup_steps: 0, decay_steps: 0, min_lr_ratio: 1, total_steps: totalSteps },
    batch: { per_device: perDevice, accumulation: 1 },
    eval_every: evalEvery,
    save_every: c.checkpointEvery,
    keep_checkpoints: c.keepCheckpoints,
  };
}

/** What an SFT or reward export does not carry over whatever the run: the data order, the generator state, the counters, the metrics file. */
export function recordRunNotCarried(step: number, records: string, metricsFile: string | undefined): string[] {
  return [
    `data order: the run stopped at step ${step} in its seeded order of the ${records}; the Trainer draws its own seeded order`,
    'the run\'s random generator state (LoRA dropout draws differ)',
    'tokensSeen and elapsed time (the Trainer counts from 0)',
    ...(metricsFile === undefined ? [] : [`metricsFile ${metricsFile}: the Trainer's logs go to out/log_history.json instead`]),
  ];
}
