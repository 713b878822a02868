import type { StepEvent } from '@stagecoach/core';
import { progressLine, type ProgressOutput } from '@stagecoach/cli';

/** The trainers' own metrics worth a place on the progress line (RL's reward and KL); the rest are in each stage's metrics.jsonl. */
const SHOWN_METRICS = ['rewardMean', 'kl'];

/**
 * The lab's terminal output: one progress line per stage, redrawn in place on a terminal
 * (`base [#####....] 120/300 loss 2.31 ... | ETA 1m 05s`), plain lines every few steps elsewhere.
 */
export class LabProgress {
  private current = '';

  constructor(private readonly out: ProgressOutput = { write: (t) => process.stdout.write(t), isTTY: process.stdout.isTTY === true, columns: process.stdout.columns }) {}

  step(stage: string, e: StepEvent): void {
    const metrics = Object.fromEntries(Object.entries(e.metrics).filter(([name]) => SHOWN_METRICS.includes(name)));
    const line = `${stage.padEnd(6)} ${progressLine({ ...e, metrics })}`;
    if (this.out.isTTY) {
      const width = (this.out.columns ?? 100) - 1;
      this.current = line.length > width ? line.slice(0, width) : line;
      this.out.write(`\r\x1b[2K${this.current}`);
    } else if (e.step === 1 || e.step === e.totalSteps || e.step % Math.max(1, Math.round(e.totalSteps / 5)) === 0) {
      this.out.write(`${line}\n`);
    }
  }

  /** A message line above the progress line. */
  message(text: string): void {
    if (this.out.isTTY && this.current !== '') this.out.write(`\r\x1b[2K${text}\n${this.current}`);
    else this.out.write(`${text}\n`);
  }

  /** Ends the current progress line. */
  finish(): void {
    if (this.out.isTTY && this.current !== '') this.out.write('\n');
    this.current = '';
  }
}
