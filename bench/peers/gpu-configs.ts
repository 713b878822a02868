import { PEER_CONFIGS } from './configs.js';
import type { PeerConfig } from './configs.js';

/**
 * The GPU rows of `bench:peers` (run by scripts/gpu-check.sh on a CUDA machine): the M configuration
 * of the CPU table and a GPT-2-small shape (124M parameters with the 50257-token vocabulary, T = 1024,
 * batch 8), each trained by Stagecoach on `cuda()` and by PyTorch eager on the same GPU with the same
 * model, AdamW(0.9, 0.95, wd 0.1), clip-norm 1 and batch.
 */
export const GPU_PEER_CONFIGS: readonly PeerConfig[] = [
  PEER_CONFIGS[1]!,
  { name: 'gpt2-124M-ctx1024-b8', vocabSize: 50257, contextLength: 1024, dModel: 768, nLayers: 12, nHeads: 12, batchSize: 8 },
];

/** Nominal dense float32 (non-tensor-core) peak of an H100/H200 SXM, FLOP/s: the MFU denominator for fp32 training. */
export const H200_FP32_PEAK = 67e12;
