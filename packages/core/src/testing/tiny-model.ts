import { Transformer, resolveTransformerConfig } from '../model/index.js';
import type { TransformerConfig } from '../model/index.js';
import { byteTokenizer } from '../tokenizers/index.js';
import type { Tokenizer } from '../tokenizers/index.js';

/** Options of {@link tinyModel}. */
export interface TinyModelOptions {
  /** `gpt2` (preset `gpt2-tiny`, default) or `llama` (preset `llama-tiny`: RoPE, GQA, tied embeddings). */
  family?: 'gpt2' | 'llama';
  /** Weight initialisation seed. Default 0. */
  seed?: number;
  /** Add a scalar value head (`forward(...).values`). */
  valueHead?: boolean;
  /** Further config overrides (e.g. `{ nLayers: 1 }`). */
  config?: Partial<TransformerConfig>;
}

/**
 * A seeded tiny transformer (vocab 259, context 64, d 32, 2 layers) with the matching byte-level
 * tokenizer (256 bytes + `<|bos|>` 256, `<|eos|>` 257, `<|pad|>` 258), for other packages' tests.
 * The caller disposes `model`.
 */
export function tinyModel(options: TinyModelOptions = {}): { model: Transformer; tokenizer: Tokenizer; config: TransformerConfig } {
  const preset = options.family === 'llama' ? 'llama-tiny' : 'gpt2-tiny';
  const config = resolveTransformerConfig({
    preset,
    ...options.config,
    ...(options.valueHead === undefined ? {} : { valueHead: options.valueHead }),
  });
  const model = new Transformer(config, { seed: options.seed ?? 0 });
  return { model, tokenizer: byteTokenizer(), config: model.config };
}
