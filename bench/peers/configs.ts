/** The two training configurations of issue 5, shared by every implementation in `pnpm bench:peers`. */
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

/** One result row: `pnpm bench:peers --json` prints an array of these. */
export interface PeerRecord {
  impl: string;
  backend: string;
  config: string;
  tokensPerSec: number;
  peakMemMiB: number;
}

/**
 * What a measurement process prints: a PeerRecord plus tokens per CPU-second (user + system time of
 * the whole process), shown in the table because it is steadier than wall time on a shared machine.
 */
export interface MeasuredRecord extends PeerRecord {
  tokensPerCpuSec?: number;
}
