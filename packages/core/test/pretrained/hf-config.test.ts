import { describe, expect, it } from 'vitest';
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
    expect(() => configFromHf({ ...base, rope_scaling: { rope_type: 'llama3', factor: 8 } })).toThrow(/rope_scaling type "llama3".*linear, dynamic, yarn/);
  });

  it('names unsupported fields', () => {
    expect(() => configFromHf({ ...hub.gpt2, activation_function: 'relu' })).toThrow(/activation_function "relu"/);
    expect(() => configFromHf({ ...hub['tinyllama-1.1b'], hidden_act: 'gelu' })).toThrow(/hidden_act "gelu"/);
    expect(() => configFromHf({ ...hub['tinyllama-1.1b'], attention_bias: true })).toThrow(/attention_bias = true with mlp_bias = false/);
    expect(() => configFromHf({ ...hub['tinyllama-1.1b'], num_key_value_heads: 5 })).toThrow(/config\.nKvHeads/);
    expect(() => configFromHf({ ...hub['tinyllama-1.1b'], hidden_size: undefined })).toThrow(/"hidden_size" must be a number/);
    expect(() => configFromHf({ model_type: 'bert' })).toThrow(/unsupported model_type "bert". Supported: gpt2, llama, qwen2, mistral/);
  });

  it('limits mistral to its sliding window', () => {
    const mistral = { ...hub['tinyllama-1.1b'], model_type: 'mistral', max_position_embeddings: 32768, sliding_window: 4096 };
    expect(configFromHf(mistral).contextLength).toBe(4096);
  });
});
