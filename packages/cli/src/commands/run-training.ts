import { StagecoachError } from '@stagecoach/core';
import type { CheckpointEvent, DoneEvent, EvalEvent, ResumeChange, SampleEvent, StepEvent } from '@stagecoach/core';
import { checkpointLine, evalLine, sampleLines, summaryLines, TrainProgress } from '../render/train-progress.js';
import type { Command } from '../command.js';
import { startBackend } from '../resolve-backend.js';

/** What the shared runner needs of a trainer (every trainer on core's `Trainer`). */
export interface RunnableTrainer {
  readonly config: { steps: number; outDir?: string };
  readonly stepCount: number;
  readonly tokensSeen: number;
  readonly resumeChanges: readonly ResumeChange[];
  readonly model: { numParams: number };
  init(): Promise<void>;
  on(name: 'step', listener: (e: StepEvent) => void): () => void;
  on(name: 'eval', listener: (e: EvalEvent) => void): () => void;
  on(name: 'sample', listener: (e: SampleEvent) => void): () => void;
  on(name: 'checkpoint', listener: (e: CheckpointEvent) => void): () => void;
  train(options: { signal?: AbortSignal }): Promise<DoneEvent>;
  dispose(): void;
}

/** What a command's `create` returns: the trainer, the backend to start and whether `--out` was given. */
export interface CreatedTrainer<T extends RunnableTrainer> {
  trainer: T;
  backend: string;
  /** Whether the user gave `--out` (else a resumed run's folder is named). */
  outGiven: boolean;
}

/** How one training command runs its trainer. */
export interface TrainingRun<T extends RunnableTrainer> {
  /** The subcommand (`pretrain`, `sft`, `grpo`, ...) for messages and the resume command. */
  command: string;
  /** The command-line arguments, for the resume command printed after Ctrl-C. */
  argv: readonly string[];
  /**
   * Parses the command line and makes the trainer. Runs inside the runner's error handling, so a bad
   * flag, config file or config field ends as `stagecoach <command>: <message>` with exit code 1.
   */
  create: () => CreatedTrainer<T> | Promise<CreatedTrainer<T>>;
  /** A line printed before `init` (e.g. the model and data). Default none. */
  header?: (trainer: T, backend: string) => string;
  /** Lines printed after `init`. Default: the parameter count and the step a resumed run continues at. */
  details?: (trainer: T, backend: string) => string[];
  /** A step's metrics as the progress bar shows them after the lr (e.g. RL's reward and KL). Default: the trainer's own. */
  stepMetrics?: (e: StepEvent) => Record<string, number>;
  /** An evaluation's line. Default {@link evalLine}. */
  evalLine?: (e: EvalEvent, trainer: T) => string;
  /** The summary printed at the end. Default {@link summaryLines}. */
  summaryBlock?: (done: DoneEvent, trainer: T) => string[];
  /** What one step is called in the Ctrl-C message (RL: `iteration`). Default `step`. */
  stepName?: string;
}

/**
 * Runs a training command: makes the trainer, starts the backend, then a progress bar, eval / sample /
 * checkpoint lines, Ctrl-C finishing the step and saving a checkpoint (twice: quit now), a summary and
 * the command that resumes. Returns the exit code (0, 1 on a StagecoachError, 130 after Ctrl-C);
 * disposes the trainer.
 */
export async function runTraining<T extends RunnableTrainer>(run: TrainingRun<T>): Promise<number> {
  const { command } = run;
  const out = { write: (t: string) => process.stdout.write(t), isTTY: process.stdout.isTTY === true, columns: process.stdout.columns };
  let trainer: T | undefined;
  let progress: TrainProgress | undefined;
  const controller = new AbortController();
  const onSigint = () => {
    if (controller.signal.aborted) process.exit(130);
    const saving = trainer?.config.outDir === undefined ? 'nothing is saved without --out' : 'saving a checkpoint';
    progress?.message(`Interrupted: finishing the ${run.stepName ?? 'step'}, ${saving} (Ctrl-C again to quit now).`);
    controller.abort();
  };
  process.on('SIGINT', onSigint);
  try {
    const created = await run.create();
    trainer = created.trainer;
    const t = trainer;
    const backend = (await startBackend(created.backend)).name;
    progress = new TrainProgress(out, Math.max(1, Math.round(t.config.steps / 20)));
    const show = progress;
    if (run.header !== undefined) show.message(run.header(t, backend));
    await t.init();
    for (const line of run.details?.(t, backend) ?? [parametersLine(t)]) show.message(line);
    if (t.resumeChanges.length > 0) show.message(resumeChangesLine(t.resumeChanges));
    if (!created.outGiven && t.config.outDir !== undefined) {
      show.message(`checkpoints go to ${t.config.outDir} (the resumed run's folder; --out to choose another)`);
    }
    const { stepMetrics } = run;
    t.on('step', (e) => show.step(stepMetrics === undefined ? e : { ...e, metrics: stepMetrics(e) }));
    t.on('eval', (e) => show.message(run.evalLine?.(e, t) ?? evalLine(e)));
    t.on('sample', (e) => sampleLines(e).forEach((l) => show.message(l)));
    t.on('checkpoint', (e) => show.message(checkpointLine(e)));
    const done = await t.train({ signal: controller.signal });
    show.finish();
    for (const line of run.summaryBlock?.(done, t) ?? summaryLines(done, t.tokensSeen)) console.log(line);
    if (t.config.outDir === undefined) console.log('  (no --out: nothing was saved)');
    else if (done.aborted && done.checkpointPath !== undefined) console.log(`  resume with  ${resumeCommand(run.argv, t.config.outDir, command)}`);
    return done.aborted ? 130 : 0;
  } catch (error) {
    progress?.finish();
    if (StagecoachError.isInstance(error)) {
      console.error(`stagecoach ${command}: ${error.message}`);
      return 1;
    }
    throw error;
  } finally {
    process.off('SIGINT', onSigint);
    trainer?.dispose();
  }
}

/** A training command: `parse` reads the command line, `trainer` makes the trainer from its config, {@link runTraining} runs it. */
export interface TrainingCommandSpec<C extends { outDir?: string }, T extends RunnableTrainer> extends Omit<TrainingRun<T>, 'command' | 'argv' | 'create'> {
  name: string;
  /** One line in `stagecoach --help`. */
  summary: string;
  usage: string;
  /** The config and backend of a command line; ConfigError on a bad flag or config file. */
  parse: (argv: string[]) => { config: C; backend: string } | Promise<{ config: C; backend: string }>;
  /** Makes (and so validates) the trainer: ConfigError names a bad field. */
  trainer: (config: C) => T;
}

/** The `stagecoach <name>` command of a trainer, run by {@link runTraining} (parsing and the trainer made inside its error handling). */
export function trainingCommand<C extends { outDir?: string }, T extends RunnableTrainer>(spec: TrainingCommandSpec<C, T>): Command {
  const { name, summary, usage, parse, trainer, ...hooks } = spec;
  return {
    name,
    summary,
    usage,
    run: (argv) => runTraining({
      ...hooks,
      command: name,
      argv,
      create: async () => {
        const { config, backend } = await parse(argv);
        return { trainer: trainer(config), backend, outGiven: config.outDir !== undefined };
      },
    }),
  };
}

/** `0.12M parameters, resuming at step 40`. */
export function parametersLine(trainer: RunnableTrainer): string {
  return `${(trainer.model.numParams / 1e6).toFixed(2)}M parameters${trainer.stepCount > 0 ? `, resuming at step ${trainer.stepCount}` : ''}`;
}

/** ` | resuming at step 40` when the trainer continues a checkpoint, else nothing. */
export function resumingNote(trainer: RunnableTrainer): string {
  return trainer.stepCount > 0 ? ` | resuming at step ${trainer.stepCount}` : '';
}

/** What an adapter trains: `LoRA r 8 on 12 layers + score head, 0.42% trainable`, or `full fine-tuning` without one. */
export function adapterLine(
  lora: { config: { r: number }; layers: { size: number }; parameterCounts(): { percent: number } } | undefined,
  besides = '',
): string {
  if (lora === undefined) return 'full fine-tuning';
  return `LoRA r ${lora.config.r} on ${lora.layers.size} layers${besides}, ${lora.parameterCounts().percent.toFixed(2)}% trainable`;
}

/** The command that continues an interrupted run: the same arguments, with `--resume <outDir>` instead of any --resume/--overwrite. */
export function resumeCommand(argv: readonly string[], outDir: string, command = 'pretrain'): string {
  const kept: string[] = [];
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i]!;
    if (arg === '--overwrite' || arg.startsWith('--resume=')) continue;
    if (arg === '--resume') {
      i += 1;
      continue;
    }
    kept.push(arg);
  }
  return ['stagecoach', command, ...kept, '--resume', outDir].map(shellQuote).join(' ');
}

/** `word` as a POSIX shell word (single-quoted when it holds anything but safe characters). */
function shellQuote(word: string): string {
  return /^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}

/** "resuming with changed settings: lr 0.001 → 0.0005, batchSize 8 → 4". */
export function resumeChangesLine(changes: readonly ResumeChange[]): string {
  const value = (v: unknown) => (typeof v === 'object' ? JSON.stringify(v) : String(v));
  return `resuming with changed settings (checkpoint → now): ${changes.map((c) => `${c.field} ${value(c.checkpoint)} → ${value(c.now)}`).join(', ')}`;
}
