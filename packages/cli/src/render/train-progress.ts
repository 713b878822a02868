import type { CheckpointEvent, DoneEvent, EvalEvent, SampleEvent, StepEvent } from '@stagecoach/core';
import { formatCount, formatDuration, formatMetrics } from './format.js';

/** Where progress goes: a terminal (one redrawn line) or a log (plain lines). */
export interface ProgressOutput {
  write(text: string): void;
  isTTY: boolean;
  columns?: number;
}

/** `[#######.......] 120/400 loss 2.314 lr 8.0e-4 | 12.3k tok/s | ETA 3m 05s`, with the trainer's metrics after the lr (`... lr 8.0e-4 reward 0.4213 | ...`). */
export function progressLine(e: StepEvent, width = 24): string {
  const filled = Math.round((e.step / e.totalSteps) * width);
  const bar = `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}]`;
  const metrics = formatMetrics(e.metrics);
  return `${bar} ${e.step}/${e.totalSteps} loss ${e.loss.toFixed(3)} lr ${e.lr.toExponential(1)} ${metrics === '' ? '' : `${metrics} `}`
    + `| ${formatCount(e.tokensPerSec)} tok/s | ETA ${formatDuration(e.etaMs)}`;
}

export function evalLine(e: EvalEvent): string {
  return `eval @ ${e.step}: val loss ${e.valLoss.toFixed(4)}${evalDetails(e).map((d) => `, ${d}`).join('')}`;
}

/** Perplexity and bits per byte when the evaluation has them (a reward model's has not), then the trainer's metrics. */
function evalDetails({ perplexity, bitsPerByte, metrics }: EvalEvent): string[] {
  const more = formatMetrics(metrics);
  return [
    ...(Number.isFinite(perplexity) ? [`perplexity ${perplexity.toFixed(2)}`] : []),
    ...(Number.isFinite(bitsPerByte) ? [`${bitsPerByte.toFixed(3)} bits/byte`] : []),
    ...(more === '' ? [] : [more]),
  ];
}

export function sampleLines(e: SampleEvent): string[] {
  return e.samples.map((s) => `sample @ ${e.step}: ${JSON.stringify(s.prompt + s.text)}`);
}

export function checkpointLine(e: CheckpointEvent): string {
  return `checkpoint @ ${e.step} (${e.reason}): ${e.path}`;
}

/** The final summary block. */
export function summaryLines(done: DoneEvent, tokensSeen: number): string[] {
  const lines = [
    done.aborted ? `Stopped at step ${done.step} (interrupted).` : `Done: ${done.step} steps.`,
    `  final loss   ${Number.isFinite(done.finalLoss) ? done.finalLoss.toFixed(4) : '-'}`,
  ];
  if (done.lastEval !== undefined) {
    const details = evalDetails(done.lastEval);
    lines.push(`  val loss     ${done.lastEval.valLoss.toFixed(4)}${details.length === 0 ? '' : ` (${details.join(', ')})`}`);
  }
  lines.push(`  tokens       ${formatCount(tokensSeen)} in ${formatDuration(done.elapsedMs)}`);
  if (done.checkpointPath !== undefined) lines.push(`  checkpoint   ${done.checkpointPath}`);
  return lines;
}

/**
 * Renders training events: on a terminal a single progress line redrawn in place (other messages
 * print above it); elsewhere one plain line every `logEvery` steps (default: every fifth of the run).
 * `format` writes a step's line (default {@link progressLine}).
 */
export class TrainProgress {
  private current = '';

  constructor(
    private readonly out: ProgressOutput,
    private readonly logEvery?: number,
    private readonly format: (e: StepEvent) => string = progressLine,
  ) {}

  step(e: StepEvent): void {
    const line = this.format(e);
    const every = this.logEvery ?? Math.max(1, Math.round(e.totalSteps / 5));
    if (this.out.isTTY) {
      const width = (this.out.columns ?? 100) - 1;
      this.current = line.length > width ? line.slice(0, width) : line;
      this.out.write(`\r\x1b[2K${this.current}`);
    } else if (e.step % every === 0 || e.step === e.totalSteps || e.step === 1) {
      this.out.write(`${line}\n`);
    }
  }

  /** A message line that does not disturb the progress line. */
  message(text: string): void {
    if (this.out.isTTY && this.current !== '') this.out.write(`\r\x1b[2K${text}\n${this.current}`);
    else this.out.write(`${text}\n`);
  }

  /** Ends the progress line (call before the summary). */
  finish(): void {
    if (this.out.isTTY && this.current !== '') this.out.write('\n');
    this.current = '';
  }
}
