import type { DoneEvent, EvalEvent, SampleEvent, TrainEvents, TypedEmitter } from './events.js';
import type { MetricsSink } from './metrics-jsonl.js';

/** What one optimizer step reports back to the loop. */
export interface StepResult {
  loss: number;
  gradNorm: number;
  lr: number;
  tokens: number;
  /** The trainer's own numbers (see `StepEvent.metrics`). Default: none. */
  metrics?: Record<string, number>;
}

export interface TrainLoopOptions {
  /** Optimizer steps to reach (counting steps done before a resume). */
  totalSteps: number;
  /** Steps already done (0 for a fresh run, the checkpoint's step when resumed). */
  startStep: number;
  /** Wall time spent by earlier runs (resume), for `elapsedMs`. */
  startElapsedMs?: number;
  /** Runs optimizer step `step` (0-based). Throws TrainingError on a non-finite loss. */
  runStep: (step: number) => Promise<StepResult>;
  /** Every `evalEvery` steps and at the end, when both are set. */
  evalEvery?: number;
  evaluate?: (step: number) => Promise<EvalEvent>;
  /** Every `sampleEvery` steps, when both are set. */
  sampleEvery?: number;
  sample?: (step: number) => Promise<SampleEvent>;
  /** Every `checkpointEvery` steps, at the end and on abort, when `checkpoint` is set. Returns the folder. */
  checkpointEvery?: number;
  checkpoint?: (step: number, elapsedMs: number) => Promise<string>;
  events: TypedEmitter<TrainEvents>;
  signal?: AbortSignal;
  metrics?: MetricsSink;
}

/**
 * The loop every Stagecoach trainer shares: steps, periodic evaluation, samples and checkpoints,
 * events, metrics, a clean stop on abort (with a checkpoint). The trainer supplies what a step is.
 */
export async function runTrainLoop(options: TrainLoopOptions): Promise<DoneEvent> {
  const { events, metrics, totalSteps } = options;
  const startElapsed = options.startElapsedMs ?? 0;
  const started = performance.now();
  const elapsed = () => startElapsed + (performance.now() - started);
  let stepTimeMs = 0;
  let stepsThisRun = 0;
  let tokensThisRun = 0;
  let step = options.startStep;
  let lastLoss = Number.NaN;
  let lastEval: EvalEvent | undefined;
  let checkpointPath: string | undefined;
  let checkpointStep = options.startStep;
  const emit = async <K extends keyof TrainEvents>(name: K, event: TrainEvents[K]) => {
    events.emit(name, event);
    await metrics?.write({ event: name, ...event });
  };
  const save = async (reason: 'interval' | 'end' | 'abort') => {
    if (options.checkpoint === undefined || step === checkpointStep) return;
    checkpointPath = await options.checkpoint(step, elapsed());
    checkpointStep = step;
    await emit('checkpoint', { step, path: checkpointPath, reason });
  };
  const every = (n: number | undefined) => n !== undefined && n > 0 && step % n === 0;

  while (step < totalSteps && options.signal?.aborted !== true) {
    const t0 = performance.now();
    const result = await options.runStep(step);
    stepTimeMs += performance.now() - t0;
    step += 1;
    stepsThisRun += 1;
    tokensThisRun += result.tokens;
    lastLoss = result.loss;
    await emit('step', {
      step, totalSteps, loss: result.loss, lr: result.lr, gradNorm: result.gradNorm, tokens: result.tokens,
      tokensPerSec: tokensThisRun / (stepTimeMs / 1000),
      elapsedMs: elapsed(),
      etaMs: (stepTimeMs / stepsThisRun) * (totalSteps - step),
      metrics: result.metrics ?? {},
    });
    const last = step === totalSteps;
    if (options.evaluate !== undefined && (every(options.evalEvery) || (last && (options.evalEvery ?? 0) > 0))) {
      lastEval = await options.evaluate(step);
      await emit('eval', lastEval);
    }
    if (options.sample !== undefined && every(options.sampleEvery)) await emit('sample', await options.sample(step));
    if (!last && every(options.checkpointEvery)) await save('interval');
    // Let timers, I/O and signal handlers (Ctrl-C's abort) run between steps: on a backend whose reads
    // resolve at once a step settles only microtasks, which would hold them off until training ends.
    await new Promise<void>((resolve) => setTimeout(resolve, 0));
  }
  const aborted = step < totalSteps;
  await save(aborted ? 'abort' : 'end');
  const done: DoneEvent = { step, aborted, elapsedMs: elapsed(), finalLoss: lastLoss };
  if (lastEval !== undefined) done.lastEval = lastEval;
  if (checkpointPath !== undefined) done.checkpointPath = checkpointPath;
  await emit('done', done);
  return done;
}
