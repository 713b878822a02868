/** The two model configurations of issue 5, shared by every implementation in `pnpm bench:peers`. */
export interface PeerConfig {
  name: string;
  vocabSize: number;
  contextLength: number;
  dModel: number;
  nLayers: number;
  nHeads: number;
  batchSize: number;
}

export const PEER_CONFIGS: readonly PeerConfig[] = [
  { name: 'v256-ctx128-d128-L4-b16', vocabSize: 256, contextLength: 128, dModel: 128, nLayers: 4, nHeads: 4, batchSize: 16 },
  { name: 'v256-ctx256-d256-L6-b8', vocabSize: 256, contextLength: 256, dModel: 256, nLayers: 6, nHeads: 8, batchSize: 8 },
];

/**
 * The generation row of the performance issue: batched sampling with the KV cache, 16 prompts of 64
 * tokens, 128 new tokens each (no early stop), temperature 1. The model's position table is widened
 * to 192 where the config's context is shorter (config 1); everything else is the config's.
 */
export const GENERATION = { batchSize: 16, promptTokens: 64, newTokens: 128, temperature: 1 } as const;
export type GenerationSettings = typeof GENERATION;

/** Side of the square matmul that measures this machine's peak sgemm (FLOP/s) for MFU. */
export const SGEMM_SIZE = 1024;

/** What one measurement process does: the same for every implementation. */
export interface PeerJob {
  config: PeerConfig;
  /** `sgemm`: one [n, n]·[n, n] float32 matmul per step (n = SGEMM_SIZE), counted in FLOPs, for MFU. */
  task: 'train' | 'generate' | 'sgemm';
  /** Untimed runs first (first-call allocations, kernel setup), then `steps` timed ones. */
  warmup: number;
  steps: number;
  generate: GenerationSettings;
  sgemmSize: number;
}

/** One result row: `pnpm bench:peers --json` prints an array of these (medians over the rounds). */
export interface PeerRecord {
  impl: string;
  backend: string;
  config: string;
  task: PeerJob['task'];
  tokensPerSec: number;
  peakMemMiB: number;
}

/**
 * What a measurement process prints: a PeerRecord plus tokens per CPU-second (user + system time of
 * the whole process; steadier than wall time on a shared machine) and the resident memory once the
 * model is built, so the table can show the growth that training or generation adds.
 */
export interface MeasuredRecord extends PeerRecord {
  tokensPerCpuSec?: number;
  builtMemMiB?: number;
}

/** Training FLOPs per token: 6 per parameter of the matmuls (forward + backward) plus attention's 12·L·T·d. */
export function trainFlopsPerToken(c: PeerConfig): number {
  const perLayer = 4 * c.dModel * c.dModel + 2 * 4 * c.dModel * c.dModel; // q, k, v, o + MLP up and down
  const head = c.vocabSize * c.dModel;
  return 6 * (c.nLayers * perLayer + head) + 12 * c.nLayers * c.contextLength * c.dModel;
}
