import type { MeasuredRecord, PeerConfig, PeerJob } from './configs.js';

/** The job a measurement process was given as its JSON argument (see peers.ts). */
export function readJob(): PeerJob {
  const arg = process.argv[2];
  if (arg === undefined) throw new Error('usage: <script> \'<job-json>\' (bench/peers.ts writes it)');
  return JSON.parse(arg) as PeerJob;
}

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

/** Resident memory now, in MiB (read right after the model is built). */
export function residentMiB(): number {
  return Math.round(process.memoryUsage.rss() / 2 ** 20);
}

/**
 * Runs `run` `job.warmup` times untimed, then `job.steps` times timed (the same counts in every
 * implementation), and returns tokens/s, tokens per CPU-second and the process's peak RSS. `run`
 * returns the tokens it processed. `afterStep(n)` runs after timed step n (1-based), for checks
 * such as a flat tensor count.
 */
export async function timeSteps(
  job: PeerJob,
  run: () => number | Promise<number>,
  afterStep?: (n: number) => void,
): Promise<Pick<MeasuredRecord, 'tokensPerSec' | 'peakMemMiB' | 'tokensPerCpuSec'> & { secondsPerStep: number }> {
  for (let i = 0; i < job.warmup; i++) await run();
  let tokens = 0;
  const cpuStart = process.cpuUsage();
  const start = performance.now();
  for (let n = 1; n <= job.steps; n++) {
    tokens += await run();
    afterStep?.(n);
  }
  const elapsed = (performance.now() - start) / 1000;
  const cpuUsed = process.cpuUsage(cpuStart);
  const cpuSeconds = (cpuUsed.user + cpuUsed.system) / 1e6;
  return {
    secondsPerStep: elapsed / job.steps,
    tokensPerSec: Math.round(tokens / elapsed),
    peakMemMiB: Math.round(process.resourceUsage().maxRSS / 1024),
    tokensPerCpuSec: Math.round(tokens / cpuSeconds),
  };
}
