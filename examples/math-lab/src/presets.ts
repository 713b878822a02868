/**
 * The lab's sizes. `smoke` proves every stage runs (CI, seconds per stage); `default` is the lab a
 * student runs on a laptop CPU in minutes; `large` trains longer for clearer differences.
 */
export interface LabPreset {
  model: { dModel: number; nLayers: number; nHeads: number; nKvHeads: number; dFf: number };
  /** BPE vocabulary (digits stay single tokens). */
  vocabSize: number;
  /** Stage 1 context; mid-training doubles it with linear RoPE scaling. */
  contextLength: number;
  pretrain: { documents: number; steps: number; batchSize: number; lr: number };
  mid: { documents: number; steps: number; batchSize: number; lr: number; replay: number };
  /** `seqLen`: rows are padded to it, so it is set just above the longest chat (longer ones are cut and counted). */
  sft: { examples: number; steps: number; batchSize: number; lr: number; loraRank: number; seqLen: number };
  reward: { pairs: number; steps: number; batchSize: number; lr: number; seqLen: number };
  rl: { steps: number; promptsPerStep: number; groupSize: number; lr: number; klCoef: number; maxNewTokens: number; temperature: number };
  eval: { problems: number; gsm8k: number; maxNewTokens: number; batchSize: number };
}

const smoke: LabPreset = {
  model: { dModel: 32, nLayers: 2, nHeads: 4, nKvHeads: 2, dFf: 64 },
  vocabSize: 512,
  contextLength: 128,
  pretrain: { documents: 400, steps: 6, batchSize: 4, lr: 3e-3 },
  mid: { documents: 100, steps: 3, batchSize: 2, lr: 1e-3, replay: 0.3 },
  sft: { examples: 40, steps: 4, batchSize: 4, lr: 3e-3, loraRank: 4, seqLen: 96 },
  reward: { pairs: 40, steps: 4, batchSize: 4, lr: 3e-3, seqLen: 96 },
  rl: { steps: 2, promptsPerStep: 2, groupSize: 2, lr: 1e-3, klCoef: 0.02, maxNewTokens: 24, temperature: 1 },
  eval: { problems: 12, gsm8k: 2, maxNewTokens: 24, batchSize: 12 },
};

const base: LabPreset = {
  model: { dModel: 64, nLayers: 4, nHeads: 4, nKvHeads: 2, dFf: 176 },
  vocabSize: 512,
  contextLength: 128,
  pretrain: { documents: 40000, steps: 600, batchSize: 16, lr: 3e-3 },
  mid: { documents: 3000, steps: 40, batchSize: 8, lr: 1e-3, replay: 0.3 },
  sft: { examples: 6000, steps: 600, batchSize: 16, lr: 3e-3, loraRank: 16, seqLen: 96 },
  reward: { pairs: 600, steps: 30, batchSize: 16, lr: 1e-3, seqLen: 96 },
  rl: { steps: 64, promptsPerStep: 4, groupSize: 8, lr: 1e-3, klCoef: 0.02, maxNewTokens: 64, temperature: 1 },
  eval: { problems: 300, gsm8k: 20, maxNewTokens: 64, batchSize: 50 },
};

const large: LabPreset = {
  ...base,
  model: { dModel: 96, nLayers: 4, nHeads: 4, nKvHeads: 2, dFf: 256 },
  pretrain: { ...base.pretrain, documents: 40000, steps: 600 },
  mid: { ...base.mid, steps: 100 },
  sft: { ...base.sft, steps: 200 },
  rl: { ...base.rl, steps: 80 },
  eval: { ...base.eval, problems: 600, gsm8k: 100 },
};

export const LAB_PRESETS: Readonly<Record<string, LabPreset>> = { smoke, default: base, large };
