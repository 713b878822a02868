import { tf } from '../tf.js';
import { ConfigError } from '../errors.js';
import { crossEntropyLoss } from '../ops/index.js';
import type { Transformer } from '../model/transformer.js';
import type { Tokenizer } from '../tokenizers/index.js';
import type { MediaEncoder } from './media-encoder.js';
import { mediaPrefix } from './media-prefix.js';

/** One example ready to train on: the encoder's input features and the text after the prefix (`</image> caption <eos>`). */
export interface CaptionExample {
  features: Float32Array;
  text: number[];
}

/**
 * Mean cross-entropy of the caption tokens (and the closing EOS) given the media: the text rows are
 * right-padded, the model runs on `prefix + text[:-1]`, and only the positions that predict a caption
 * token count (not the prefix, nor the closing marker, which is given, nor the padding).
 * Returns the loss and the number of loss-bearing tokens.
 */
export function captionLoss(
  model: Transformer, encoder: MediaEncoder, tokenizer: Tokenizer, examples: readonly CaptionExample[], padId: number,
): { loss: tf.Scalar; tokens: number } {
  const width = Math.max(...examples.map((e) => e.text.length)) - 1;
  const ids: number[] = [];
  const targets: number[] = [];
  const mask: number[] = [];
  for (const { text } of examples) {
    for (let t = 0; t < width; t++) {
      const real = t + 1 < text.length;
      ids.push(t < text.length ? text[t]! : padId);
      targets.push(real ? text[t + 1]! : padId);
      mask.push(real ? 1 : 0);
    }
  }
  const tokens = mask.reduce((a, b) => a + b, 0);
  const loss = tf.tidy(() => {
    const shape: [number, number] = [examples.length, width];
    const prefixEmbeds = mediaPrefix(model, encoder, tokenizer, encoder.featureTensor(examples.map((e) => e.features))); // [B, P, d]
    const { logits } = model.forward(tf.tensor2d(ids, shape, 'int32'), { prefixEmbeds }); // [B, P + T, V]
    const prefix = prefixEmbeds.shape[1];
    const textLogits = tf.slice(logits, [0, prefix, 0], [examples.length, width, logits.shape[2]]); // [B, T, V]
    return crossEntropyLoss(textLogits, tf.tensor2d(targets, shape, 'int32'), tf.tensor2d(mask, shape, 'float32'));
  });
  return { loss, tokens };
}

/** The token that ends a caption: the tokenizer's EOS, else the model's; ConfigError when neither has one. */
export function captionEndId(model: Transformer, tokenizer: Tokenizer): number {
  const eos = tokenizer.specialTokens.eos ?? model.config.eosTokenId;
  if (eos === undefined) throw new ConfigError('the tokenizer has no EOS token (tokenizer_config.json eos_token) to end captions with; add one.');
  return eos;
}
