import { StagecoachError, type DoneEvent, type EvalEvent, type ResumeChange, type SampleEvent, type StepEvent, type CheckpointEvent } from '@stagecoach/core';
import { checkpointLine, evalLine, sampleLines, summaryLines, TrainProgress } from '../render/train-progress.js';

/** What the shared runner needs of a trainer (Pretrainer, MidTrainer). */
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

/** How one training command runs its trainer. */
export interface TrainingRun<T extends RunnableTrainer> {
  /** The subcommand (`pretrain`, `mid`) for messages and the resume command. */
  command: string;
  /** The command-line arguments, for the resume command printed after Ctrl-C. */
  argv: readonly string[];
  trainer: T;
  /** Starts the backend; returns its name. */
  startBackend: () => Promise<string>;
  /** The first line (printed before `init`: model, data). */
  header: (backend: string) => string;
  /** Lines printed after `init` (e.g. the context extension). Default none. */
  details?: (trainer: T) => string[];
  /** Whether the user gave `--out` (else the resumed run's folder is named). */
  outGiven: boolean;
}

/**
 * Runs a trainer as `stagecoach pretrain` and `stagecoach mid` do: a progress bar, eval/sample/checkpoint
 * lines, Ctrl-C finishing the step and saving a checkpoint (twice: quit now), a summary and the command
 * that resumes. Returns the exit code (0, 1 on a StagecoachError, 130 after Ctrl-C); disposes the trainer.
 */
export async function runTraining<T extends RunnableTrainer>(run: TrainingRun<T>): Promise<number> {
  const { trainer, command } = run;
  const out = { write: (t: string) => process.stdout.write(t), isTTY: process.stdout.isTTY === true, columns: process.stdout.columns };
  const progress = new TrainProgress(out, Math.max(1, Math.round(trainer.config.steps / 20)));
  const controller = new AbortController();
  const onSigint = () => {
    if (controller.signal.aborted) process.exit(130);
    const saving = trainer.config.outDir === undefined ? 'nothing is saved without --out' : 'saving a checkpoint';
    progress.message(`Interrupted: finishing the step, ${saving} (Ctrl-C again to quit now).`);
    controller.abort();
  };
  process.on('SIGINT', onSigint);
  try {
    const backend = await run.startBackend();
    progress.message(run.header(backend));
    await trainer.init();
    progress.message(`${(trainer.model.numParams / 1e6).toFixed(2)}M parameters${trainer.stepCount > 0 ? `, resuming at step ${trainer.stepCount}` : ''}`);
    for (const line of run.details?.(trainer) ?? []) progress.message(line);
    if (trainer.resumeChanges.length > 0) progress.message(resumeChangesLine(trainer.resumeChanges));
    if (!run.outGiven && trainer.config.outDir !== undefined) {
      progress.message(`checkpoints go to ${trainer.config.outDir} (the resumed run's folder; --out to choose another)`);
    }
    trainer.on('step', (e) => progress.step(e));
    trainer.on('eval', (e) => progress.message(evalLine(e)));
    trainer.on('sample', (e) => sampleLines(e).forEach((l) => progress.message(l)));
    trainer.on('checkpoint', (e) => progress.message(checkpointLine(e)));
    const done = await trainer.train({ signal: controller.signal });
    progress.finish();
    for (const line of summaryLines(done, trainer.tokensSeen)) console.log(line);
    if (trainer.config.outDir === undefined) console.log('  (no --out: nothing was saved)');
    else if (done.aborted && done.checkpointPath !== undefined) console.log(`  resume with  ${resumeCommand(run.argv, trainer.config.outDir, command)}`);
    return done.aborted ? 130 : 0;
  } catch (error) {
    progress.finish();
    if (StagecoachError.isInstance(error)) {
      console.error(`stagecoach ${command}: ${error.message}`);
      return 1;
    }
    throw error;
  } finally {
    process.off('SIGINT', onSigint);
    trainer.dispose();
  }
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
