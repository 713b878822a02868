import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/errors.js';
import { resolveTransformerConfig, transformerPresetNames } from '../../src/model/index.js';
import { configFromHf, configToHf } from '../../src/pretrained/index.js';

/** config.json files as published on the Hugging Face Hub (fields that matter here). */
const hub = {
  gpt2: {
    activation_function: 'gelu_new', architectures: ['GPT2LMHeadModel'], attn_pdrop: 0.1, bos_token_id: 50256,
    embd_pdrop: 0.1, eos_token_id: 50256, initializer_range: 0.02, layer_norm_epsilon: 1e-5, model_type: 'gpt2',
    n_ctx: 1024, n_embd: 768, n_head: 12, n_layer: 12, n_positions: 1024, resid_pdrop: 0.1, vocab_size: 50257,
  },
  'smollm2-135m': {
    architectures: ['LlamaForCausalLM'], attention_bias: false, bos_token_id: 0, eos_token_id: 0, hidden_act: 'silu',
    hidden_size: 576, intermediate_size: 1536, max_position_embeddings: 8192, model_type: 'llama', num_attention_heads: 9,
    num_hidden_layers: 30, num_key_value_heads: 3, rms_norm_eps: 1e-5, rope_interleaved: false, rope_scaling: null,
    rope_theta: 100000, tie_word_embeddings: true, torch_dtype: 'bfloat16', vocab_size: 49152,
  },
  'qwen2.5-0.5b': {
    architectures: ['Qwen2ForCausalLM'], bos_token_id: 151643, eos_token_id: 151643, hidden_act: 'silu', hidden_size: 896,
    intermediate_size: 4864, max_position_embeddings: 32768, max_window_layers: 24, model_type: 'qwen2',
    num_attention_heads: 14, num_hidden_layers: 24, num_key_value_heads: 2, rms_norm_eps: 1e-6, rope_theta: 1000000.0,
    sliding_window: 32768, tie_word_embeddings: true, torch_dtype: 'bfloat16', use_sliding_window: false, vocab_size: 151936,
  },
  'tinyllama-1.1b': {
    architectures: ['LlamaForCausalLM'], bos_token_id: 1, eos_token_id: 2, hidden_act: 'silu', hidden_size: 2048,
    intermediate_size: 5632, max_position_embeddings: 2048, model_type: 'llama', num_attention_heads: 32,
    num_hidden_layers: 22, num_key_value_heads: 4, rms_norm_eps: 1e-5, rope_scaling: null, tie_word_embeddings: false,
    torch_dtype: 'float32', vocab_size: 32000,
  },
  'llama3.2-1b': {
    architectures: ['LlamaForCausalLM'], attention_bias: false, attention_dropout: 0.0, bos_token_id: 128000,
    eos_token_id: 128001, head_dim: 64, hidden_act: 'silu', hidden_size: 2048, initializer_range: 0.02,
    intermediate_size: 8192, max_position_embeddings: 131072, mlp_bias: false, model_type: 'llama',
    num_attention_heads: 32, num_hidden_layers: 16, num_key_value_heads: 8, pretraining_tp: 1, rms_norm_eps: 1e-5,
    rope_scaling: { factor: 32.0, high_freq_factor: 4.0, low_freq_factor: 1.0, original_max_position_embeddings: 8192, rope_type: 'llama3' },
    rope_theta: 500000.0, tie_word_embeddings: true, torch_dtype: 'bfloat16', use_cache: true, vocab_size: 128256,
  },
} as const;

describe('Hugging Face config.json', () => {
  it.each(Object.keys(hub) as Array<keyof typeof hub>)('%s on the Hub maps to the preset', (name) => {
    expect(configFromHf({ ...hub[name] })).toEqual(resolveTransformerConfig(name));
  });

  it('round-trips every preset through configToHf / configFromHf', () => {
    for (const name of transformerPresetNames) {
      const config = resolveTransformerConfig(name);
      expect(configFromHf(configToHf(config))).toEqual(config);
    }
    const scaled = resolveTransformerConfig({ preset: 'llama-tiny', ropeScaling: { type: 'yarn', factor: 4, originalMaxPositionEmbeddings: 16 } });
    expect(configFromHf(configToHf(scaled))).toEqual(scaled);
  });

  it('reads rope_scaling in both spellings; dynamic NTK is exact within the context', () => {
    const base = { ...hub['tinyllama-1.1b'] };
    expect(configFromHf({ ...base, rope_scaling: { type: 'linear', factor: 4 } }).ropeScaling).toEqual({ type: 'linear', factor: 4 });
    expect(configFromHf({ ...base, rope_scaling: { rope_type: 'linear', factor: 2 } }).ropeScaling).toEqual({ type: 'linear', factor: 2 });
    expect(configFromHf({ ...base, rope_scaling: { type: 'dynamic', factor: 2 } }).ropeScaling).toBeUndefined();
    expect(() => configFromHf({ ...base, rope_scaling: { rope_type: 'longrope', factor: 8 } })).toThrow(
      /rope_scaling type "longrope".*linear, dynamic, yarn, llama3/,
    );
  });

  it('reads and writes llama3 rope_scaling (Llama 3.1 8B settings) and round-trips it', () => {
    const llama31 = { factor: 8.0, low_freq_factor: 1.0, high_freq_factor: 4.0, original_max_position_embeddings: 8192, rope_type: 'llama3' };
    const config = configFromHf({ ...hub['tinyllama-1.1b'], max_position_embeddings: 131072, rope_theta: 500000, rope_scaling: llama31 });
    expect(config.ropeScaling).toEqual({ type: 'llama3', factor: 8, lowFreqFactor: 1, highFreqFactor: 4, originalMaxPositionEmbeddings: 8192 });
    const hf = configToHf(config);
    expect(hf['rope_scaling']).toEqual(llama31);
    expect(configFromHf(JSON.parse(JSON.stringify(hf)) as Record<string, unknown>)).toEqual(config);
    const custom = resolveTransformerConfig({
      preset: 'llama-tiny',
      ropeScaling: { type: 'llama3', factor: 2.5, lowFreqFactor: 0.5, highFreqFactor: 3, originalMaxPositionEmbeddings: 32 },
    });
    expect(configFromHf(configToHf(custom))).toEqual(custom);
  });

  it('names the missing or invalid llama3 rope_scaling field', () => {
    const llama3 = (rope_scaling: Record<string, unknown>) => () =>
      configFromHf({ ...hub['llama3.2-1b'], rope_scaling: { ...hub['llama3.2-1b'].rope_scaling, ...rope_scaling } });
    expect(llama3({ low_freq_factor: undefined })).toThrow(/rope_scaling\.low_freq_factor must be a positive number for rope_type "llama3"/);
    expect(llama3({ high_freq_factor: '4' })).toThrow(/rope_scaling\.high_freq_factor/);
    expect(llama3({ original_max_position_embeddings: null })).toThrow(/rope_scaling\.original_max_position_embeddings/);
    expect(llama3({ high_freq_factor: 1 })).toThrow(/high_freq_factor \(1\) must be greater than rope_scaling\.low_freq_factor \(1\)/);
    expect(llama3({ original_max_position_embeddings: 8192.5 })).toThrow(/config\.ropeScaling\.originalMaxPositionEmbeddings must be an integer/);
  });

  it('validates llama3 ropeScaling fields with ConfigError naming the field', () => {
    const scaling = { type: 'llama3', factor: 8, lowFreqFactor: 1, highFreqFactor: 4, originalMaxPositionEmbeddings: 64 } as const;
    const resolve = (overrides: Record<string, unknown>) => () =>
      resolveTransformerConfig({ preset: 'llama-tiny', ropeScaling: { ...scaling, ...overrides } });
    expect(resolve({})).not.toThrow();
    for (const field of ['lowFreqFactor', 'highFreqFactor', 'originalMaxPositionEmbeddings']) {
      expect(resolve({ [field]: undefined })).toThrow(ConfigError);
      expect(resolve({ [field]: undefined })).toThrow(new RegExp(`config\\.ropeScaling\\.${field} must be a positive number for type "llama3"`));
      expect(resolve({ [field]: -1 })).toThrow(new RegExp(`config\\.ropeScaling\\.${field}`));
    }
    expect(resolve({ lowFreqFactor: 4 })).toThrow(/config\.ropeScaling\.highFreqFactor \(4\) must be greater than config\.ropeScaling\.lowFreqFactor \(4\)/);
    expect(resolve({ type: 'longrope' })).toThrow(/config\.ropeScaling\.type must be one of linear, ntk, yarn, llama3/);
  });

  it('names unsupported fields', () => {
    expect(() => configFromHf({ ...hub.gpt2, activation_function: 'relu' })).toThrow(/activation_function "relu"/);
    expect(() => configFromHf({ ...hub['tinyllama-1.1b'], hidden_act: 'gelu' })).toThrow(/hidden_act "gelu"/);
    expect(() => configFromHf({ ...hub['tinyllama-1.1b'], attention_bias: true })).toThrow(/attention_bias = true with mlp_bias = false/);
    expect(() => configFromHf({ ...hub['tinyllama-1.1b'], num_key_value_heads: 5 })).toThrow(/config\.nKvHeads/);
    expect(() => configFromHf({ ...hub['tinyllama-1.1b'], hidden_size: undefined })).toThrow(/"hidden_size" must be a number/);
    expect(() => configFromHf({ model_type: 'bert' })).toThrow(/unsupported model_type "bert". Supported: gpt2, llama, qwen2, mistral/);
  });

  it('reads the transformers 5 layout (rope_parameters) and refuses a file whose two layouts disagree', () => {
    const { rope_theta: _theta, rope_scaling: _scaling, ...v5 } = hub['llama3.2-1b'];
    const parameters = { ...hub['llama3.2-1b'].rope_scaling, rope_theta: 500000 };
    expect(configFromHf({ ...v5, rope_parameters: parameters })).toEqual(resolveTransformerConfig('llama3.2-1b'));
    const smol = configFromHf({ ...hub['smollm2-135m'], rope_theta: undefined, rope_scaling: undefined, rope_parameters: { rope_type: 'default', rope_theta: 100000 } });
    expect(smol.ropeTheta).toBe(100000);
    expect(() => configFromHf({ ...hub['smollm2-135m'], rope_parameters: { rope_type: 'default', rope_theta: 5000 } })).toThrow(
      /rope_parameters .* disagrees with rope_theta \/ rope_scaling/,
    );
    expect(() => configFromHf({ ...v5, rope_parameters: { ...parameters, partial_rotary_factor: 0.5 } })).toThrow(/rope_parameters\.partial_rotary_factor/);
    expect(() => configFromHf({ ...v5, rope_parameters: { ...parameters, alpha: 2 } })).toThrow(/rope_parameters\.alpha is not understood for rope_type "llama3"/);
    expect(() => configFromHf({ ...v5, rope_parameters: { rope_type: 'yarn', factor: 4, rope_theta: 1e4, truncate: false } })).toThrow(/truncate = false/);
  });

  it('writes both layouts with the same values, so transformers 4 and 5 read the same RoPE', () => {
    const config = resolveTransformerConfig('llama3.2-1b');
    const hf = configToHf(config);
    expect(hf['rope_theta']).toBe(500000);
    expect(hf['rope_parameters']).toEqual({ ...(hf['rope_scaling'] as object), rope_theta: 500000 });
    expect(configToHf(resolveTransformerConfig('llama-tiny'))['rope_parameters']).toEqual({ rope_type: 'default', rope_theta: 10000 });
  });

  it('refuses a field it does not understand instead of ignoring it; metadata fields pass', () => {
    expect(() => configFromHf({ ...hub['tinyllama-1.1b'], quantization_config: { quant_method: 'gptq' } })).toThrow(
      /field "quantization_config" .* is not understood by Stagecoach for model_type "llama" and may change what the model computes/,
    );
    expect(() => configFromHf({ ...hub.gpt2, add_cross_attention: true })).toThrow(/add_cross_attention = true changes the architecture/);
    expect(() => configFromHf({ ...hub.gpt2, scale_attn_weights: false })).toThrow(/scale_attn_weights = false/);
    expect(() => configFromHf({ ...hub['qwen2.5-0.5b'], layer_types: ['chunked_attention'] })).toThrow(/layer_types must list/);
    const metadata = { _name_or_path: 'x', transformers_version: '5.17.0', dtype: 'float32', id2label: { 0: 'A' }, use_cache: true, attention_dropout: 0.1 };
    expect(configFromHf({ ...hub['tinyllama-1.1b'], ...metadata })).toEqual(resolveTransformerConfig('tinyllama-1.1b'));
  });

  it('drops a token id outside the vocabulary with a warning, as transformers only warns', () => {
    const warnings: string[] = [];
    const config = configFromHf({ ...hub.gpt2, vocab_size: 259 }, 'tiny/config.json', (m) => warnings.push(m));
    expect(config.bosTokenId).toBeUndefined();
    expect(config.eosTokenId).toBeUndefined();
    expect(warnings).toEqual([
      expect.stringMatching(/^tiny\/config\.json: bos_token_id 50256 lies outside the vocabulary \(vocab_size 259\)/),
      expect.stringMatching(/^tiny\/config\.json: eos_token_id 50256 lies outside/),
    ]);
  });

  it('limits mistral to its sliding window', () => {
    const mistral = { ...hub['tinyllama-1.1b'], model_type: 'mistral', max_position_embeddings: 32768, sliding_window: 4096 };
    expect(configFromHf(mistral).contextLength).toBe(4096);
  });
});
