import { CheckpointError } from '../errors.js';
import { checkConfigFields } from './hf-config-fields.js';
import { ropeFromHf, ropeToHf } from './hf-rope.js';
import { headDim, resolveTransformerConfig } from '../model/index.js';
import type { TransformerConfig } from '../model/index.js';

/** Hugging Face `model_type`s Stagecoach loads, and the family each maps to. */
export const SUPPORTED_MODEL_TYPES = { gpt2: 'gpt2', llama: 'llama', qwen2: 'llama', mistral: 'llama' } as const;
export type HfModelType = keyof typeof SUPPORTED_MODEL_TYPES;

type Json = Record<string, unknown>;

/** Fields {@link configFromHf} reads, by family. */
const GPT2_FIELDS = [
  'vocab_size', 'n_positions', 'n_ctx', 'n_embd', 'n_layer', 'n_head', 'n_inner', 'activation_function', 'layer_norm_epsilon',
  'tie_word_embeddings', 'scale_attn_by_inverse_layer_idx', 'num_labels',
] as const;
const LLAMA_FIELDS = [
  'vocab_size', 'hidden_size', 'intermediate_size', 'num_hidden_layers', 'num_attention_heads', 'num_key_value_heads', 'head_dim',
  'max_position_embeddings', 'rms_norm_eps', 'rope_theta', 'rope_scaling', 'rope_parameters', 'rope_interleaved', 'tie_word_embeddings',
  'hidden_act', 'attention_bias', 'mlp_bias', 'sliding_window', 'use_sliding_window', 'max_window_layers', 'layer_types', 'num_labels',
] as const;

/**
 * A {@link TransformerConfig} from a Hugging Face `config.json` (gpt2, llama, qwen2, mistral), in the
 * transformers 4 or 5 layout. Throws `CheckpointError` naming the field when the checkpoint uses a
 * feature the model lacks, or a field that is not understood and may change the computation.
 * A token id outside the vocabulary (GPT-2's default 50256 in a small model) is dropped with a
 * message to `onWarning`, as transformers only warns about it.
 */
export function configFromHf(hf: Json, where = 'config.json', onWarning?: (message: string) => void): TransformerConfig {
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
  checkConfigFields(hf, modelType === 'gpt2' ? GPT2_FIELDS : LLAMA_FIELDS, where);
  const num = (field: string, fallback?: number): number => {
    const value = hf[field] ?? fallback;
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      throw new CheckpointError(`${where}: "${field}" must be a number, got ${JSON.stringify(hf[field])}.`);
    }
    return value;
  };
  const vocabSize = num('vocab_size');
  const tokenId = (field: string): number | undefined => {
    const value = hf[field];
    const id = Array.isArray(value) ? value[0] : value;
    if (typeof id !== 'number') return undefined;
    if (Number.isInteger(id) && id >= 0 && id < vocabSize) return id;
    onWarning?.(
      `${where}: ${field} ${id} lies outside the vocabulary (vocab_size ${vocabSize}); it is ignored, so nothing uses it ` +
        `(generation does not stop at it). Set ${field} to an id below ${vocabSize}, or null, to silence this.`,
    );
    return undefined;
  };
  const ids = {
    bosTokenId: tokenId('bos_token_id'),
    eosTokenId: tokenId('eos_token_id'),
    padTokenId: tokenId('pad_token_id'),
    ...(isRewardModel(hf, where) ? { scoreHead: true } : {}),
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
      vocabSize,
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
  const usesWindow = modelType === 'mistral' || (modelType === 'qwen2' && hf['use_sliding_window'] === true) || hasSlidingLayers(hf, where);
  if (usesWindow && typeof slidingWindow === 'number' && slidingWindow < contextLength) {
    contextLength = slidingWindow; // within the window, sliding-window attention is full causal attention
  }
  const rope = ropeFromHf(hf, where);
  return resolve({
    family: 'llama',
    vocabSize,
    contextLength,
    dModel,
    nLayers: num('num_hidden_layers'),
    nHeads,
    nKvHeads: num('num_key_value_heads', nHeads),
    dFf: num('intermediate_size'),
    normEps: num('rms_norm_eps', 1e-6),
    ropeTheta: rope.theta,
    ...(rope.scaling === undefined ? {} : { ropeScaling: rope.scaling }),
    tieEmbeddings: hf['tie_word_embeddings'] === true,
    bias,
    ...(attentionBias ? { attentionBias } : {}),
    ...ids,
  }, where);
}

/**
 * Whether `architectures` names a `*ForSequenceClassification` model, which Stagecoach loads as a reward
 * model (`scoreHead`); CheckpointError unless it has exactly one label (`num_labels`, else `id2label`).
 */
function isRewardModel(hf: Json, where: string): boolean {
  const architectures = hf['architectures'];
  const names = Array.isArray(architectures) ? architectures : [];
  if (!names.some((name) => typeof name === 'string' && name.endsWith('ForSequenceClassification'))) return false;
  const id2label = hf['id2label'];
  const labels = typeof hf['num_labels'] === 'number' ? hf['num_labels']
    : typeof id2label === 'object' && id2label !== null ? Object.keys(id2label).length : 2; // transformers' default: 2 labels
  if (labels !== 1) {
    throw new CheckpointError(
      `${where}: a sequence classifier with ${labels} labels; Stagecoach loads sequence-classification checkpoints as reward models, ` +
        'which have one label (num_labels = 1, a scalar score).',
    );
  }
  return true;
}

/** config.json fields of a one-label sequence classifier (a reward model). */
const REWARD_MODEL_FIELDS = { id2label: { 0: 'LABEL_0' }, label2id: { LABEL_0: 0 } };

/** transformers 5 `layer_types`: full or sliding-window attention per layer. */
function hasSlidingLayers(hf: Json, where: string): boolean {
  const types = hf['layer_types'];
  if (types === undefined || types === null) return false;
  if (!Array.isArray(types) || types.some((t) => t !== 'full_attention' && t !== 'sliding_attention')) {
    throw new CheckpointError(`${where}: layer_types must list "full_attention" or "sliding_attention" per layer, got ${JSON.stringify(types)}.`);
  }
  return types.includes('sliding_attention');
}

function resolve(partial: Partial<TransformerConfig>, where: string): TransformerConfig {
  const clean = Object.fromEntries(Object.entries(partial).filter(([, v]) => v !== undefined)) as Partial<TransformerConfig>;
  try {
    return resolveTransformerConfig(clean);
  } catch (error) {
    throw new CheckpointError(`${where}: ${(error as Error).message}`, { cause: error });
  }
}

/** The Hugging Face `model_type` a config is saved as. */
export function hfModelType(config: TransformerConfig): 'gpt2' | 'llama' | 'qwen2' {
  if (config.family === 'gpt2') return 'gpt2';
  return config.attentionBias === true && !config.bias ? 'qwen2' : 'llama';
}

/** A Hugging Face `config.json` for a config (float32 weights; a `*ForSequenceClassification` with one label for `scoreHead`). */
export function configToHf(config: TransformerConfig): Json {
  const ids = {
    bos_token_id: config.bosTokenId ?? null,
    eos_token_id: config.eosTokenId ?? null,
    ...(config.padTokenId === undefined ? {} : { pad_token_id: config.padTokenId }),
  };
  if (config.family === 'gpt2') {
    if (!config.bias) throw new CheckpointError('A gpt2-family model without biases has no Hugging Face GPT-2 equivalent; set bias: true.');
    return {
      architectures: [config.scoreHead === true ? 'GPT2ForSequenceClassification' : 'GPT2LMHeadModel'],
      ...(config.scoreHead === true ? REWARD_MODEL_FIELDS : {}),
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
  const prefix = modelType === 'qwen2' ? 'Qwen2' : 'Llama';
  return {
    architectures: [`${prefix}${config.scoreHead === true ? 'ForSequenceClassification' : 'ForCausalLM'}`],
    ...(config.scoreHead === true ? REWARD_MODEL_FIELDS : {}),
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
    ...ropeToHf(config.ropeTheta ?? 10000, config.ropeScaling),
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
