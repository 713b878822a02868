import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ConfigError, listCheckpointSteps, type DoneEvent, type TrainEvents } from '@stagecoach/core';
import type { LabOptions, StageName } from '../options.js';
import type { LabPreset } from '../presets.js';
import type { LabProgress } from '../progress.js';

/** What every stage gets: the options, the preset, where to write, the stop signal and the terminal. */
export interface LabContext {
  options: LabOptions;
  preset: LabPreset;
  signal: AbortSignal;
  progress: LabProgress;
  /** The stage's folder, `<out>/<stage>`. */
  dir(stage: StageName): string;
  /** A file under `<out>/data/`. */
  dataFile(name: string): string;
  /** Whether this stage continues its own interrupted run (`--resume` and a checkpoint exists). */
  resumes(stage: StageName): Promise<boolean>;
}

/** What a stage reports when it finishes. */
export interface StageOutcome {
  /** False when Ctrl-C stopped it (its checkpoint is saved; `--resume` continues). */
  completed: boolean;
  steps: number;
  /** The stage's own numbers (final loss, reward, ...). */
  metrics: Record<string, number>;
}

/** The interface of a trainer the lab drives (every Stagecoach trainer has it). */
export interface LabTrainer {
  on<K extends keyof TrainEvents>(name: K, listener: (event: TrainEvents[K]) => void): () => void;
  train(options?: { signal?: AbortSignal }): Promise<DoneEvent>;
  dispose(): void;
}

export function labContext(options: LabOptions, preset: LabPreset, signal: AbortSignal, progress: LabProgress): LabContext {
  return {
    options, preset, signal, progress,
    dir: (stage) => join(options.out, stage),
    dataFile: (name) => join(options.out, 'data', name),
    resumes: async (stage) => options.resume && (await listCheckpointSteps(join(options.out, stage))).length > 0,
  };
}

/** The run options every stage's trainer shares: its folder, metrics file and seed, and `resumeFrom` when it continues. */
export async function runOptions(ctx: LabContext, stage: StageName): Promise<{ outDir: string; metricsFile: string; seed: number; overwrite: boolean; resumeFrom?: string }> {
  const outDir = ctx.dir(stage);
  const resume = await ctx.resumes(stage);
  return { outDir, metricsFile: join(outDir, 'metrics.jsonl'), seed: ctx.options.seed, overwrite: !resume, ...(resume ? { resumeFrom: outDir } : {}) };
}

/** Trains with progress on the terminal and Ctrl-C wired to the trainer; disposes it. */
export async function runTrainer(ctx: LabContext, stage: StageName, trainer: LabTrainer, metrics: (done: DoneEvent) => Record<string, number> = () => ({})): Promise<StageOutcome> {
  trainer.on('step', (e) => ctx.progress.step(stage, e));
  try {
    const done = await trainer.train({ signal: ctx.signal });
    ctx.progress.finish();
    return { completed: !done.aborted, steps: done.step, metrics: { finalLoss: done.finalLoss, ...metrics(done) } };
  } finally {
    trainer.dispose();
  }
}

/** The folder of the latest model stage before `stage` that has run (SFT starts from mid, or from base without mid). */
export function modelBefore(ctx: LabContext, stage: StageName): string {
  const order: StageName[] = ['base', 'mid', 'sft', 'rl'];
  const earlier = order.slice(0, order.indexOf(stage)).reverse().find((s) => existsSync(ctx.dir(s)));
  if (earlier === undefined) throw new ConfigError(`the ${stage} stage needs an earlier stage's model in ${ctx.options.out}; run the lab from the start.`);
  return ctx.dir(earlier);
}

/** Writes a JSONL file (one record a line), making its folder. */
export async function writeJsonl(path: string, records: readonly unknown[]): Promise<void> {
  await mkdir(join(path, '..'), { recursive: true });
  await writeFile(path, records.map((r) => JSON.stringify(r)).join('\n') + '\n');
}
