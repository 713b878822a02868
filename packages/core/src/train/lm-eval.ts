import { tf } from '../tf.js';
import type { Transformer } from '../model/index.js';
import type { Tokenizer } from '../tokenizers/index.js';
import { makeBatch } from './data/batch.js';

/** Validation metrics of a language model on packed windows. */
export interface LanguageModelMetrics {
  /** Mean next-token cross-entropy in nats over the loss-bearing targets. */
  loss: number;
  /** exp(loss). */
  perplexity: number;
  /**
   * Bits per UTF-8 byte of the target text: Σ nll / ln 2 over the non-special targets, divided by the
   * byte length of their decoded text. Independent of the tokenizer, so runs with different
   * vocabularies compare.
   */
  bitsPerByte: number;
  /** Loss-bearing targets evaluated. */
  tokens: number;
}

/** Evaluates `model` on `windows` (seqLen + 1 tokens each), `batchSize` windows at a time. */
export async function evaluateLanguageModel(
  model: Transformer,
  tokenizer: Pick<Tokenizer, 'decode' | 'specialTokens'>,
  windows: readonly number[][],
  batchSize: number,
): Promise<LanguageModelMetrics> {
  const special = new Set(Object.values(tokenizer.specialTokens).filter((id): id is number => id !== undefined));
  const utf8 = new TextEncoder();
  let nllSum = 0;
  let tokens = 0;
  let textNll = 0;
  let bytes = 0;
  for (let i = 0; i < windows.length; i += batchSize) {
    const batch = makeBatch(windows.slice(i, i + batchSize), tokenizer.specialTokens);
    const nll = tf.tidy(() => {
      const ids = tf.tensor2d(batch.ids, [batch.batchSize, batch.seqLen], 'int32');
      const targets = tf.tensor2d(batch.targets, [batch.batchSize, batch.seqLen], 'int32');
      return tf.neg(model.tokenLogProbs(ids, targets)); // [B, T]
    });
    const values = (await nll.data()) as Float32Array;
    nll.dispose();
    for (let b = 0; b < batch.batchSize; b += 1) {
      const text: number[] = [];
      for (let t = 0; t < batch.seqLen; t += 1) {
        const j = b * batch.seqLen + t;
        if (batch.mask[j] === 0) continue;
        nllSum += values[j]!;
        tokens += 1;
        const target = batch.targets[j]!;
        if (!special.has(target)) {
          textNll += values[j]!;
          text.push(target);
        }
      }
      bytes += utf8.encode(tokenizer.decode(text)).length;
    }
  }
  const loss = nllSum / Math.max(1, tokens);
  return { loss, perplexity: Math.exp(loss), bitsPerByte: textNll / Math.LN2 / Math.max(1, bytes), tokens };
}
