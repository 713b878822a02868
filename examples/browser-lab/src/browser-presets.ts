/**
 * Sizes for a browser tab. `browser` shows every stage progressing within a few minutes on a software
 * WebGPU adapter (SwiftShader) and trains further on a real GPU; `tiny` is the test's (seconds per
 * stage). They extend the Node lab's presets, so `?preset=smoke|default|large` work here too.
 */
import { LAB_PRESETS, type LabPreset } from '@stagecoach/example-math-lab/browser';

const smoke = LAB_PRESETS['smoke']!;

const tiny: LabPreset = {
  ...smoke,
  pretrain: { ...smoke.pretrain, documents: 200, steps: 10, lr: 1e-2 },
  mid: { ...smoke.mid, steps: 2 },
  sft: { ...smoke.sft, examples: 16, steps: 2 },
  reward: { ...smoke.reward, pairs: 8, steps: 2 },
  rl: { ...smoke.rl, steps: 1, maxNewTokens: 12 },
  eval: { problems: 4, gsm8k: 0, maxNewTokens: 12, batchSize: 4 },
};

const browser: LabPreset = {
  ...smoke,
  model: { dModel: 48, nLayers: 2, nHeads: 4, nKvHeads: 2, dFf: 128 },
  pretrain: { documents: 4000, steps: 120, batchSize: 8, lr: 5e-3 },
  mid: { ...smoke.mid, documents: 400, steps: 16, batchSize: 4 },
  sft: { ...smoke.sft, examples: 600, steps: 60, batchSize: 8 },
  reward: { ...smoke.reward, pairs: 80, steps: 10 },
  rl: { ...smoke.rl, steps: 6, promptsPerStep: 2, groupSize: 4, maxNewTokens: 32 },
  eval: { problems: 24, gsm8k: 0, maxNewTokens: 32, batchSize: 24 },
};

export const BROWSER_PRESETS: Readonly<Record<string, LabPreset>> = { tiny, browser, ...LAB_PRESETS };

/** Checkpoint often: a tab can close at any moment, and a reload resumes from the last checkpoint. */
export function browserCheckpointEvery(steps: number): number {
  return Math.max(2, Math.ceil(steps / 6));
}
