import { describe, expect, it } from 'vitest';
import { TypedEmitter, runTrainLoop } from '../../src/train/index.js';
import type { TrainEvents } from '../../src/train/index.js';

describe('runTrainLoop', () => {
  it('lets a timer abort the run between steps even when every step settles at once (no I/O to yield on)', async () => {
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 0); // as a SIGINT handler would, from the event loop
    let steps = 0;
    const done = await runTrainLoop({
      totalSteps: 100_000,
      startStep: 0,
      runStep: async () => {
        steps += 1;
        return { loss: 1, gradNorm: 0, lr: 0, tokens: 1 };
      },
      events: new TypedEmitter<TrainEvents>(),
      signal: controller.signal,
    });
    expect(done.aborted).toBe(true);
    expect(steps).toBeLessThan(100);
  });
});
