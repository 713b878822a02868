import { ConfigError } from '../errors.js';
import type { RopeScaling } from '../ops/index.js';

/**
 * The shape of a decoder-only transformer. Two families:
 * - `gpt2`: learned positions, LayerNorm, GELU (tanh) MLP, biases everywhere, tied embeddings;
 * - `llama`: RoPE, RMSNorm, SwiGLU MLP, grouped-query attention (`nKvHeads < nHeads`), optional
 *   tied embeddings, optional q/k/v bias (`attentionBias`, as in Qwen2).
 */
export interface TransformerConfig {
  family: 'gpt2' | 'llama';
  vocabSize: number;
  /** Longest sequence (prompt + generated tokens) the model accepts; GPT-2's learned position table size. */
  contextLength: number;
  dModel: number;
  nLayers: number;
  nHeads: number;
  /** Key/value heads (grouped-query attention); equals `nHeads` for multi-head attention. */
  nKvHeads: number;
  /** Hidden size of the MLP. */
  dFf: number;
  /** Epsilon of LayerNorm (gpt2) or RMSNorm (llama). */
  normEps: number;
  /** RoPE base (llama family). Default 10000. */
  ropeTheta?: number;
  ropeScaling?: RopeScaling;
  /** Output projection shares the token embedding matrix. */
  tieEmbeddings: boolean;
  /** Biases on every linear layer and norm (GPT-2). */
  bias: boolean;
  /** Biases on the q/k/v projections only (Qwen2). */
  attentionBias?: boolean;
  /** Adds a scalar value head on the final hidden state (PPO critic / reward model). */
  valueHead?: boolean;
  /**
   * A sequence-classification model with one label (a reward model; Hugging Face `*ForSequenceClassification`):
   * a scalar head without bias on the final hidden state (`scoreHead.weight`, HF `score.weight`) in place of
   * the LM head. `Transformer.scores` reads it; `forward` (logits) is refused.
   */
  scoreHead?: boolean;
  bosTokenId?: number;
  eosTokenId?: number;
  padTokenId?: number;
}

/** Head size: dModel / nHeads. */
export function headDim(config: TransformerConfig): number {
  return config.dModel / config.nHeads;
}

const gpt2Base = { family: 'gpt2', normEps: 1e-5, tieEmbeddings: true, bias: true } as const;
const llamaBase = { family: 'llama', normEps: 1e-5, ropeTheta: 10000, bias: false } as const;

/** Named configurations, from test-sized to published checkpoints' shapes. */
export const transformerPresets = {
  /** For tests: byte-level vocabulary (256 bytes + bos/eos/pad). */
  'gpt2-tiny': {
    ...gpt2Base, vocabSize: 259, contextLength: 64, dModel: 32, nLayers: 2, nHeads: 4, nKvHeads: 4, dFf: 128,
    bosTokenId: 256, eosTokenId: 257, padTokenId: 258,
  },
  /** For tests: grouped-query attention, tied embeddings. */
  'llama-tiny': {
    ...llamaBase, vocabSize: 259, contextLength: 64, dModel: 32, nLayers: 2, nHeads: 4, nKvHeads: 2, dFf: 96,
    tieEmbeddings: true, bosTokenId: 256, eosTokenId: 257, padTokenId: 258,
  },
  /** Lab / benchmark size, trains on a laptop CPU in minutes. */
  'gpt2-small-lab': {
    ...gpt2Base, vocabSize: 259, contextLength: 256, dModel: 192, nLayers: 6, nHeads: 6, nKvHeads: 6, dFf: 768,
    bosTokenId: 256, eosTokenId: 257, padTokenId: 258,
  },
  'llama-small': {
    ...llamaBase, vocabSize: 259, contextLength: 256, dModel: 192, nLayers: 6, nHeads: 6, nKvHeads: 2, dFf: 512,
    tieEmbeddings: true, bosTokenId: 256, eosTokenId: 257, padTokenId: 258,
  },
  /** openai-community/gpt2 (124M). */
  gpt2: {
    ...gpt2Base, vocabSize: 50257, contextLength: 1024, dModel: 768, nLayers: 12, nHeads: 12, nKvHeads: 12, dFf: 3072,
    bosTokenId: 50256, eosTokenId: 50256,
  },
  /** openai-community/gpt2-medium (355M). */
  'gpt2-medium': {
    ...gpt2Base, vocabSize: 50257, contextLength: 1024, dModel: 1024, nLayers: 24, nHeads: 16, nKvHeads: 16, dFf: 4096,
    bosTokenId: 50256, eosTokenId: 50256,
  },
  /** HuggingFaceTB/SmolLM2-135M. */
  'smollm2-135m': {
    ...llamaBase, vocabSize: 49152, contextLength: 8192, dModel: 576, nLayers: 30, nHeads: 9, nKvHeads: 3, dFf: 1536,
    ropeTheta: 100000, tieEmbeddings: true, bosTokenId: 0, eosTokenId: 0,
  },
  /** HuggingFaceTB/SmolLM2-360M. */
  'smollm2-360m': {
    ...llamaBase, vocabSize: 49152, contextLength: 8192, dModel: 960, nLayers: 32, nHeads: 15, nKvHeads: 5, dFf: 2560,
    ropeTheta: 100000, tieEmbeddings: true, bosTokenId: 0, eosTokenId: 0,
  },
  /** Qwen/Qwen2.5-0.5B: q/k/v biases. */
  'qwen2.5-0.5b': {
    ...llamaBase, vocabSize: 151936, contextLength: 32768, dModel: 896, nLayers: 24, nHeads: 14, nKvHeads: 2, dFf: 4864,
    normEps: 1e-6, ropeTheta: 1000000, tieEmbeddings: true, attentionBias: true, bosTokenId: 151643, eosTokenId: 151643,
  },
  /** TinyLlama/TinyLlama-1.1B (intermediate-step-1431k-3T). */
  'tinyllama-1.1b': {
    ...llamaBase, vocabSize: 32000, contextLength: 2048, dModel: 2048, nLayers: 22, nHeads: 32, nKvHeads: 4, dFf: 5632,
    tieEmbeddings: false, bosTokenId: 1, eosTokenId: 2,
  },
  /** meta-llama/Llama-3.2-1B: llama3 RoPE scaling (x32 from an 8192-token original context), tied embeddings. */
  'llama3.2-1b': {
    ...llamaBase, vocabSize: 128256, contextLength: 131072, dModel: 2048, nLayers: 16, nHeads: 32, nKvHeads: 8, dFf: 8192,
    ropeTheta: 500000, tieEmbeddings: true, bosTokenId: 128000, eosTokenId: 128001,
    ropeScaling: { type: 'llama3', factor: 32, lowFreqFactor: 1, highFreqFactor: 4, originalMaxPositionEmbeddings: 8192 },
  },
} satisfies Record<string, TransformerConfig>;

export type TransformerPresetName = keyof typeof transformerPresets;

/** The preset names, for messages and CLIs. */
export const transformerPresetNames = Object.keys(transformerPresets) as TransformerPresetName[];

/**
 * A full, validated config from a preset name, a preset name plus overrides (`{ preset, ...overrides }`)
 * or a partial config (missing fields take the family's defaults). Throws `ConfigError` naming the field.
 */
export function resolveTransformerConfig(
  input: TransformerPresetName | string | (Partial<TransformerConfig> & { preset?: string }),
): TransformerConfig {
  const partial = typeof input === 'string' ? { preset: input } : input;
  const unknown = Object.keys(partial).filter((key) => !Object.hasOwn(CONFIG_FIELDS, key));
  if (unknown.length > 0) {
    throw new ConfigError(
      `config has unknown field(s) ${unknown.map((k) => `"${k}"`).join(', ')} (a typo?). Valid fields: ${Object.keys(CONFIG_FIELDS).join(', ')}.`,
    );
  }
  const { preset, ...overrides } = partial;
  let base: Partial<TransformerConfig> = {};
  if (preset !== undefined) {
    if (!(preset in transformerPresets)) {
      throw new ConfigError(`Unknown model preset "${preset}". Valid presets: ${transformerPresetNames.join(', ')}.`);
    }
    base = transformerPresets[preset as TransformerPresetName];
  }
  const merged: Partial<TransformerConfig> = { ...base, ...dropUndefined(overrides) };
  const family = merged.family ?? 'gpt2';
  if (family !== 'gpt2' && family !== 'llama') {
    throw new ConfigError(`config.family must be "gpt2" or "llama", got ${JSON.stringify(family)}.`);
  }
  const nHeads = merged.nHeads;
  const config: TransformerConfig = {
    family,
    vocabSize: required(merged, 'vocabSize'),
    contextLength: required(merged, 'contextLength'),
    dModel: required(merged, 'dModel'),
    nLayers: required(merged, 'nLayers'),
    nHeads: required(merged, 'nHeads'),
    nKvHeads: merged.nKvHeads ?? nHeads ?? 0,
    dFf: merged.dFf ?? (family === 'gpt2' ? 4 * (merged.dModel ?? 0) : defaultLlamaFf(merged.dModel ?? 0)),
    normEps: merged.normEps ?? 1e-5,
    tieEmbeddings: merged.tieEmbeddings ?? family === 'gpt2',
    bias: merged.bias ?? family === 'gpt2',
    ...dropUndefined({
      ropeTheta: family === 'llama' ? (merged.ropeTheta ?? 10000) : undefined,
      ropeScaling: merged.ropeScaling,
      attentionBias: merged.attentionBias,
      valueHead: merged.valueHead,
      scoreHead: merged.scoreHead,
      bosTokenId: merged.bosTokenId,
      eosTokenId: merged.eosTokenId,
      padTokenId: merged.padTokenId,
    }),
  };
  validate(config);
  return config;
}

/** The fields a model config may hold (the compiler keeps this in step with {@link TransformerConfig}). */
const CONFIG_FIELDS: Record<keyof TransformerConfig | 'preset', true> = {
  preset: true, family: true, vocabSize: true, contextLength: true, dModel: true, nLayers: true, nHeads: true, nKvHeads: true, dFf: true,
  normEps: true, ropeTheta: true, ropeScaling: true, tieEmbeddings: true, bias: true, attentionBias: true, valueHead: true, scoreHead: true,
  bosTokenId: true, eosTokenId: true, padTokenId: true,
};

function validate(config: TransformerConfig): void {
  for (const field of ['vocabSize', 'contextLength', 'dModel', 'nLayers', 'nHeads', 'nKvHeads', 'dFf'] as const) {
    const value = config[field];
    if (!Number.isInteger(value) || value <= 0) {
      throw new ConfigError(`config.${field} must be a positive integer, got ${String(value)}.`);
    }
  }
  if (!(config.normEps > 0)) {
    throw new ConfigError(`config.normEps must be a positive number, got ${String(config.normEps)}.`);
  }
  if (config.dModel % config.nHeads !== 0) {
    throw new ConfigError(
      `config.dModel (${config.dModel}) must be divisible by config.nHeads (${config.nHeads}); head size = dModel / nHeads.`,
    );
  }
  if (config.nHeads % config.nKvHeads !== 0) {
    throw new ConfigError(
      `config.nHeads (${config.nHeads}) must be a multiple of config.nKvHeads (${config.nKvHeads}) for grouped-query attention.`,
    );
  }
  if (config.family === 'gpt2' && config.nKvHeads !== config.nHeads) {
    throw new ConfigError(`config.nKvHeads must equal config.nHeads for the gpt2 family (got ${config.nKvHeads} and ${config.nHeads}).`);
  }
  if (config.family === 'llama') {
    if (headDim(config) % 2 !== 0) {
      throw new ConfigError(`config.dModel / config.nHeads must be even for RoPE, got head size ${headDim(config)}.`);
    }
    if (!(config.ropeTheta !== undefined && config.ropeTheta > 0)) {
      throw new ConfigError(`config.ropeTheta must be a positive number, got ${String(config.ropeTheta)}.`);
    }
  } else if (config.ropeScaling !== undefined) {
    throw new ConfigError('config.ropeScaling only applies to the llama family (gpt2 uses learned positions).');
  }
  if (config.ropeScaling !== undefined) {
    const { type, factor } = config.ropeScaling;
    if (type !== 'linear' && type !== 'ntk' && type !== 'yarn' && type !== 'llama3') {
      throw new ConfigError(`config.ropeScaling.type must be one of linear, ntk, yarn, llama3; got ${JSON.stringify(type)}.`);
    }
    if (!(factor > 0)) throw new ConfigError(`config.ropeScaling.factor must be positive, got ${String(factor)}.`);
    if (type === 'llama3') validateLlama3Scaling(config.ropeScaling);
  }
  if (config.scoreHead === true && config.valueHead === true) {
    throw new ConfigError('config.scoreHead (a reward model, no LM head) and config.valueHead (a policy\'s critic) exclude each other; set one.');
  }
  for (const field of ['bosTokenId', 'eosTokenId', 'padTokenId'] as const) {
    const id = config[field];
    if (id !== undefined && (!Number.isInteger(id) || id < 0 || id >= config.vocabSize)) {
      throw new ConfigError(`config.${field} must be an integer in [0, vocabSize=${config.vocabSize}), got ${String(id)}.`);
    }
  }
}

/** The fields `llama3` RoPE scaling needs (Hugging Face `_validate_llama3_parameters`, as errors). */
function validateLlama3Scaling(scaling: RopeScaling): void {
  const fields = [
    ['originalMaxPositionEmbeddings', 'the pre-extension context length, e.g. 8192'],
    ['lowFreqFactor', 'e.g. 1'],
    ['highFreqFactor', 'e.g. 4'],
  ] as const;
  for (const [field, hint] of fields) {
    const value = scaling[field];
    if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) {
      throw new ConfigError(
        `config.ropeScaling.${field} must be a positive number for type "llama3" (${hint}), got ${String(value)}.`,
      );
    }
  }
  if (!Number.isInteger(scaling.originalMaxPositionEmbeddings)) {
    throw new ConfigError(
      `config.ropeScaling.originalMaxPositionEmbeddings must be an integer, got ${String(scaling.originalMaxPositionEmbeddings)}.`,
    );
  }
  if (!((scaling.highFreqFactor as number) > (scaling.lowFreqFactor as number))) {
    throw new ConfigError(
      `config.ropeScaling.highFreqFactor (${String(scaling.highFreqFactor)}) must be greater than ` +
        `config.ropeScaling.lowFreqFactor (${String(scaling.lowFreqFactor)}) for type "llama3".`,
    );
  }
}

function required(partial: Partial<TransformerConfig>, field: 'vocabSize' | 'contextLength' | 'dModel' | 'nLayers' | 'nHeads'): number {
  const value = partial[field];
  if (value === undefined) {
    throw new ConfigError(`config.${field} is required (or start from a preset: ${transformerPresetNames.join(', ')}).`);
  }
  return value;
}

/** Llama's MLP width: 8/3 * dModel rounded up to a multiple of 32. */
function defaultLlamaFf(dModel: number): number {
  return Math.ceil((8 * dModel) / 3 / 32) * 32;
}

function dropUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
