import type { MeasuredRecord, PeerConfig } from './configs.js';

/**
 * The same deterministic token batches for every implementation: `[B, T]` ids and their next-token
 * targets, from one LCG stream (so no implementation's RNG is on the timed path).
 */
export function randomTokenBatches(peer: PeerConfig): () => { ids: Int32Array; targets: Int32Array } {
  const { batchSize: b, contextLength: t, vocabSize: v } = peer;
  let seed = 12345;
  return () => {
    const data = new Int32Array(b * (t + 1));
    for (let i = 0; i < data.length; i++) {
      seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
      data[i] = seed % v;
    }
    const ids = new Int32Array(b * t);
    const targets = new Int32Array(b * t);
    for (let r = 0; r < b; r++) {
      ids.set(data.subarray(r * (t + 1), r * (t + 1) + t), r * t);
      targets.set(data.subarray(r * (t + 1) + 1, (r + 1) * (t + 1)), r * t);
    }
    return { ids, targets };
  };
}

/**
 * Runs `step` once to warm up (first-call allocations, kernel setup), then for `seconds` (at most 50
 * steps, at least one), and returns tokens/s, tokens per CPU-second and the process's peak RSS.
 * `afterStep(n)` runs after timed step n (1-based), for checks such as a flat tensor count.
 */
export async function timeTrainingSteps(
  peer: PeerConfig,
  seconds: number,
  step: () => void | Promise<void>,
  afterStep?: (n: number) => void,
): Promise<Pick<MeasuredRecord, 'tokensPerSec' | 'peakMemMiB' | 'tokensPerCpuSec'> & { steps: number; secondsPerStep: number }> {
  const tokensPerStep = peer.batchSize * peer.contextLength;
  await step();
  let steps = 0;
  const cpuStart = process.cpuUsage();
  const start = performance.now();
  do {
    await step();
    steps++;
    afterStep?.(steps);
  } while (performance.now() - start < seconds * 1000 && steps < 50);
  const elapsed = (performance.now() - start) / 1000;
  const cpuUsed = process.cpuUsage(cpuStart);
  const cpuSeconds = (cpuUsed.user + cpuUsed.system) / 1e6;
  return {
    steps,
    secondsPerStep: elapsed / steps,
    tokensPerSec: Math.round((steps * tokensPerStep) / elapsed),
    peakMemMiB: Math.round(process.resourceUsage().maxRSS / 1024),
    tokensPerCpuSec: Math.round((steps * tokensPerStep) / cpuSeconds),
  };
}
