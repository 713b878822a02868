import { tf } from '../tf.js';
import { ConfigError } from '../errors.js';
import type { GenerateOptions, GenerationResult } from '../model/generate.js';
import type { Transformer } from '../model/transformer.js';
import type { Tokenizer } from '../tokenizers/index.js';
import { markerIds } from './media-markers.js';
import type { MediaEncoder } from './media-encoder.js';
import type { MediaInput } from './media-input.js';

/**
 * The sequence layout of media input: the prefix embeddings `[<image>] + encoder(media)` (the
 * opening marker's token embedding, then one row per patch or frame), and after them the text, which
 * starts with the closing marker: `</image> a circle <eos>`. Audio uses `<audio>` … `</audio>`.
 */

/**
 * Prefix embeddings `[B, 1 + N, dModel]`: the opening marker's embedding, then the encoded media, from
 * the encoder's input features `[B, N, F]` (`encoder.features(media)`).
 */
export function mediaPrefix(model: Transformer, encoder: MediaEncoder, tokenizer: Tokenizer, features: tf.Tensor3D): tf.Tensor3D {
  if (encoder.config.dModel !== model.config.dModel) {
    throw new ConfigError(`the encoder projects to width ${encoder.config.dModel} (encoder.dModel) but the model's is ${model.config.dModel}; pair the encoder with the model it was trained for.`);
  }
  const { open } = markerIds(tokenizer, encoder.config.modality);
  return tf.tidy(() => {
    const marker = model.embedTokens(tf.fill([features.shape[0], 1], open, 'int32') as tf.Tensor2D); // [B, 1, d]
    return tf.concat([marker, encoder.encode(features)], 1) as tf.Tensor3D; // [B, 1 + N, d]
  });
}

/** The text ids that follow the prefix: the closing marker, then `text` (no special tokens added). */
export function textAfterMedia(tokenizer: Tokenizer, modality: 'image' | 'audio', text: string): number[] {
  return [markerIds(tokenizer, modality).close, ...tokenizer.encode(text, { addSpecialTokens: false })];
}

/** One continuation of {@link generateWithMedia}: the tokens and their decoded text (special tokens skipped). */
export interface MediaGeneration extends GenerationResult {
  text: string;
}

/**
 * Describes each image or clip: greedy (or sampled, see {@link GenerateOptions}) continuation of
 * `[<image>] media </image> prompt`. `prompt` (default empty) is text after the closing marker.
 */
export async function generateWithMedia(
  model: Transformer,
  encoder: MediaEncoder,
  tokenizer: Tokenizer,
  media: readonly MediaInput[],
  options: Omit<GenerateOptions, 'prefixEmbeds'> & { prompt?: string } = {},
): Promise<MediaGeneration[]> {
  const { prompt = '', ...generateOptions } = options;
  const ids = textAfterMedia(tokenizer, encoder.config.modality, prompt);
  const prefixEmbeds = tf.tidy(() => mediaPrefix(model, encoder, tokenizer, encoder.features(media)));
  try {
    const results = await model.generate(media.map(() => ids), { ...generateOptions, prefixEmbeds });
    return results.map((r) => ({ ...r, text: tokenizer.decode(r.tokens, { skipSpecialTokens: true }) }));
  } finally {
    prefixEmbeds.dispose();
  }
}
