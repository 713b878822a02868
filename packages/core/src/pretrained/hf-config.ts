import { CheckpointError } from '../errors.js';
import type { RopeScaling } from '../ops/index.js';
import { headDim, resolveTransformerConfig } from '../model/index.js';
import type { TransformerConfig } from '../model/index.js';

/** Hugging Face `model_type`s Stagecoach loads, and the family each maps to. */
export const SUPPORTED_MODEL_TYPES = { gpt2: 'gpt2', llama: 'llama', qwen2: 'llama', mistral: 'llama' } as const;
export type HfModelType = keyof typeof SUPPORTED_MODEL_TYPES;

type Json = Record<string, unknown>;

/**
 * A {@link TransformerConfig} from a Hugging Face `config.json` (gpt2, llama, qwen2, mistral).
 * Throws `CheckpointError` naming the field when the checkpoint uses a feature the model lacks.
 */
export function configFromHf(hf: Json, where = 'config.json'): TransformerConfig {
  const modelType = hf['model_type'];
  if (modelType === undefined) {
    throw new CheckpointError(
      `${where}: no "model_type" field, so the architecture is unknown. Add "model_type" (one of ${Object.keys(SUPPORTED_MODEL_TYPES).join(', ')}) to config.json.`,
    );
  }
  if (typeof modelType !== 'string' || !Object.hasOwn(SUPPORTED_MODEL_TYPES, modelType)) {
    throw new CheckpointError(
      `${where}: unsupported model_type ${JSON.stringify(modelType)}. Supported: ${Object.keys(SUPPORTED_MODEL_TYPES).join(', ')}.`,
    );
  }
  const num = (field: string, fallback?: number): number => {
    const value = hf[field] ?? fallback;
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      throw new CheckpointError(`${where}: "${field}" must be a number, got ${JSON.stringify(hf[field])}.`);
    }
    return value;
  };
  const tokenId = (field: string): number | undefined => {
    const value = hf[field];
    const id = Array.isArray(value) ? value[0] : value;
    return typeof id === 'number' ? id : undefined;
  };
  const ids = {
    bosTokenId: tokenId('bos_token_id'),
    eosTokenId: tokenId('eos_token_id'),
    padTokenId: tokenId('pad_token_id'),
  };
  if (modelType === 'gpt2') {
    const activation = hf['activation_function'] ?? 'gelu_new';
    if (activation !== 'gelu_new' && activation !== 'gelu_pytorch_tanh') {
      throw new CheckpointError(`${where}: activation_function "${String(activation)}" is not supported; gpt2 models use gelu_new.`);
    }
    if (hf['scale_attn_by_inverse_layer_idx'] === true) {
      throw new CheckpointError(`${where}: scale_attn_by_inverse_layer_idx = true is not supported.`);
    }
    const dModel = num('n_embd');
    return resolve({
      family: 'gpt2',
      vocabSize: num('vocab_size'),
      contextLength: num('n_positions', hf['n_ctx'] as number | undefined),
      dModel,
      nLayers: num('n_layer'),
      nHeads: num('n_head'),
      nKvHeads: num('n_head'),
      dFf: typeof hf['n_inner'] === 'number' ? hf['n_inner'] : 4 * dModel,
      normEps: num('layer_norm_epsilon', 1e-5),
      tieEmbeddings: hf['tie_word_embeddings'] !== false,
      bias: true,
      ...ids,
    }, where);
  }

  const act = hf['hidden_act'] ?? 'silu';
  if (act !== 'silu') throw new CheckpointError(`${where}: hidden_act "${String(act)}" is not supported; Llama-family models use silu.`);
  const dModel = num('hidden_size');
  const nHeads = num('num_attention_heads');
  if (typeof hf['head_dim'] === 'number' && hf['head_dim'] !== dModel / nHeads) {
    throw new CheckpointError(`${where}: head_dim ${hf['head_dim']} differs from hidden_size / num_attention_heads (${dModel / nHeads}); not supported.`);
  }
  if (hf['rope_interleaved'] === true) {
    throw new CheckpointError(`${where}: rope_interleaved = true (GPT-J-style rotary) is not supported; Stagecoach uses rotate-half RoPE.`);
  }
  let attentionBias = modelType === 'qwen2';
  let bias = false;
  if (modelType === 'llama' || modelType === 'mistral') {
    const attn = hf['attention_bias'] === true;
    const mlp = hf['mlp_bias'] === true;
    if (attn !== mlp) {
      throw new CheckpointError(
        `${where}: attention_bias = ${attn} with mlp_bias = ${mlp} is not supported (biases on every linear layer, or none).`,
      );
    }
    bias = attn;
    attentionBias = false;
  }
  let contextLength = num('max_position_embeddings');
  const slidingWindow = hf['sliding_window'];
  const usesWindow = modelType === 'mistral' || (modelType === 'qwen2' && hf['use_sliding_window'] === true);
  if (usesWindow && typeof slidingWindow === 'number' && slidingWindow < contextLength) {
    contextLength = slidingWindow; // within the window, sliding-window attention is full causal attention
  }
  const ropeScaling = ropeScalingFromHf(hf['rope_scaling'], where);
  return resolve({
    family: 'llama',
    vocabSize: num('vocab_size'),
    contextLength,
    dModel,
    nLayers: num('num_hidden_layers'),
    nHeads,
    nKvHeads: num('num_key_value_heads', nHeads),
    dFf: num('intermediate_size'),
    normEps: num('rms_norm_eps', 1e-6),
    ropeTheta: num('rope_theta', 10000),
    ...(ropeScaling === undefined ? {} : { ropeScaling }),
    tieEmbeddings: hf['tie_word_embeddings'] === true,
    bias,
    ...(attentionBias ? { attentionBias } : {}),
    ...ids,
  }, where);
}

function resolve(partial: Partial<TransformerConfig>, where: string): TransformerConfig {
  const clean = Object.fromEntries(Object.entries(partial).filter(([, v]) => v !== undefined)) as Partial<TransformerConfig>;
  try {
    return resolveTransformerConfig(clean);
  } catch (error) {
    throw new CheckpointError(`${where}: ${(error as Error).message}`, { cause: error });
  }
}

function ropeScalingFromHf(value: unknown, where: string): RopeScaling | undefined {
  if (value === null || value === undefined) return undefined;
  if (typeof value !== 'object') throw new CheckpointError(`${where}: rope_scaling must be an object or null.`);
  const s = value as Json;
  const type = s['rope_type'] ?? s['type'];
  const factor = s['factor'];
  if (type === 'default') return undefined;
  // Dynamic NTK only changes the frequencies beyond max_position_embeddings, which is the context length here.
  if (type === 'dynamic') return undefined;
  if (typeof factor !== 'number') throw new CheckpointError(`${where}: rope_scaling.factor must be a number.`);
  if (type === 'linear') return { type: 'linear', factor };
  if (type === 'yarn') {
    for (const field of ['attention_factor', 'mscale', 'mscale_all_dim']) {
      if (s[field] !== undefined && s[field] !== null) {
        throw new CheckpointError(`${where}: rope_scaling.${field} (YaRN variant) is not supported.`);
      }
    }
    const original = s['original_max_position_embeddings'];
    return {
      type: 'yarn',
      factor,
      ...(typeof original === 'number' ? { originalMaxPositionEmbeddings: original } : {}),
      ...(typeof s['beta_fast'] === 'number' ? { betaFast: s['beta_fast'] } : {}),
      ...(typeof s['beta_slow'] === 'number' ? { betaSlow: s['beta_slow'] } : {}),
    };
  }
  if (type === 'llama3') {
    // Hugging Face `_validate_llama3_parameters` requires all four; a missing one is a KeyError there.
    const field = (name: string): number => {
      const v = s[name];
      if (typeof v !== 'number' || !Number.isFinite(v) || v <= 0) {
        throw new CheckpointError(
          `${where}: rope_scaling.${name} must be a positive number for rope_type "llama3", got ${JSON.stringify(v)}.`,
        );
      }
      return v;
    };
    const originalMaxPositionEmbeddings = field('original_max_position_embeddings');
    const lowFreqFactor = field('low_freq_factor');
    const highFreqFactor = field('high_freq_factor');
    if (!(highFreqFactor > lowFreqFactor)) {
      throw new CheckpointError(
        `${where}: rope_scaling.high_freq_factor (${highFreqFactor}) must be greater than rope_scaling.low_freq_factor (${lowFreqFactor}).`,
      );
    }
    return { type: 'llama3', factor, lowFreqFactor, highFreqFactor, originalMaxPositionEmbeddings };
  }
  throw new CheckpointError(
    `${where}: rope_scaling type ${JSON.stringify(type)} is not supported. Supported: linear, dynamic, yarn, llama3 (or null).`,
  );
}

/** The Hugging Face `model_type` a config is saved as. */
export function hfModelType(config: TransformerConfig): 'gpt2' | 'llama' | 'qwen2' {
  if (config.family === 'gpt2') return 'gpt2';
  return config.attentionBias === true && !config.bias ? 'qwen2' : 'llama';
}

/** A Hugging Face `config.json` for a config (float32 weights). */
export function configToHf(config: TransformerConfig): Json {
  const ids = {
    bos_token_id: config.bosTokenId ?? null,
    eos_token_id: config.eosTokenId ?? null,
    ...(config.padTokenId === undefined ? {} : { pad_token_id: config.padTokenId }),
  };
  if (config.family === 'gpt2') {
    if (!config.bias) throw new CheckpointError('A gpt2-family model without biases has no Hugging Face GPT-2 equivalent; set bias: true.');
    return {
      architectures: ['GPT2LMHeadModel'],
      model_type: 'gpt2',
      vocab_size: config.vocabSize,
      n_positions: config.contextLength,
      n_ctx: config.contextLength,
      n_embd: config.dModel,
      n_layer: config.nLayers,
      n_head: config.nHeads,
      n_inner: config.dFf,
      activation_function: 'gelu_new',
      layer_norm_epsilon: config.normEps,
      tie_word_embeddings: config.tieEmbeddings,
      initializer_range: 0.02,
      resid_pdrop: 0.0,
      embd_pdrop: 0.0,
      attn_pdrop: 0.0,
      scale_attn_weights: true,
      use_cache: true,
      ...ids,
      torch_dtype: 'float32',
    };
  }
  const modelType = hfModelType(config);
  return {
    architectures: [modelType === 'qwen2' ? 'Qwen2ForCausalLM' : 'LlamaForCausalLM'],
    model_type: modelType,
    vocab_size: config.vocabSize,
    hidden_size: config.dModel,
    intermediate_size: config.dFf,
    num_hidden_layers: config.nLayers,
    num_attention_heads: config.nHeads,
    num_key_value_heads: config.nKvHeads,
    head_dim: headDim(config),
    max_position_embeddings: config.contextLength,
    rms_norm_eps: config.normEps,
    rope_theta: config.ropeTheta ?? 10000,
    rope_scaling: ropeScalingToHf(config.ropeScaling),
    tie_word_embeddings: config.tieEmbeddings,
    hidden_act: 'silu',
    initializer_range: 0.02,
    use_cache: true,
    ...(modelType === 'qwen2'
      ? { use_sliding_window: false, sliding_window: null, max_window_layers: config.nLayers }
      : { attention_bias: config.bias, mlp_bias: config.bias }),
    ...ids,
    torch_dtype: 'float32',
  };
}

function ropeScalingToHf(scaling: RopeScaling | undefined): Json | null {
  if (scaling === undefined) return null;
  if (scaling.type === 'linear') return { rope_type: 'linear', type: 'linear', factor: scaling.factor };
  if (scaling.type === 'yarn') {
    return {
      rope_type: 'yarn',
      type: 'yarn',
      factor: scaling.factor,
      ...(scaling.originalMaxPositionEmbeddings === undefined ? {} : { original_max_position_embeddings: scaling.originalMaxPositionEmbeddings }),
      ...(scaling.betaFast === undefined ? {} : { beta_fast: scaling.betaFast }),
      ...(scaling.betaSlow === undefined ? {} : { beta_slow: scaling.betaSlow }),
    };
  }
  if (scaling.type === 'llama3') {
    return {
      rope_type: 'llama3',
      factor: scaling.factor,
      low_freq_factor: scaling.lowFreqFactor ?? null,
      high_freq_factor: scaling.highFreqFactor ?? null,
      original_max_position_embeddings: scaling.originalMaxPositionEmbeddings ?? null,
    };
  }
  throw new CheckpointError(
    `ropeScaling type "${scaling.type}" (static NTK) has no Hugging Face rope_scaling equivalent; use linear, yarn or llama3 to save in HF format.`,
  );
}
