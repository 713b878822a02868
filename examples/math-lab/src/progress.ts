import type { StepEvent } from '@stagecoach/core';
import { progressLine, TrainProgress, type ProgressOutput } from '@stagecoach/cli';

/** The trainers' own metrics worth a place on the progress line (RL's reward and KL); the rest are in each stage's metrics.jsonl. */
const SHOWN_METRICS = ['rewardMean', 'kl'];

/**
 * The lab's terminal output: the CLI's progress line with the stage's name in front
 * (`base [#####....] 120/300 loss 2.31 ... | ETA 1m 05s`), redrawn in place on a terminal, plain
 * lines every fifth of a stage elsewhere.
 */
export class LabProgress {
  private stage = '';
  private readonly lines: TrainProgress;

  constructor(out: ProgressOutput = { write: (t) => process.stdout.write(t), isTTY: process.stdout.isTTY === true, columns: process.stdout.columns }) {
    this.lines = new TrainProgress(out, undefined, (e) => {
      const metrics = Object.fromEntries(Object.entries(e.metrics).filter(([name]) => SHOWN_METRICS.includes(name)));
      return `${this.stage.padEnd(6)} ${progressLine({ ...e, metrics })}`;
    });
  }

  step(stage: string, e: StepEvent): void {
    this.stage = stage;
    this.lines.step(e);
  }

  /** A message line above the progress line. */
  message(text: string): void {
    this.lines.message(text);
  }

  /** Ends the current progress line. */
  finish(): void {
    this.lines.finish();
  }
}
