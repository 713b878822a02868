import type { Transformer } from '../model/transformer.js';
import type { Tokenizer } from '../tokenizers/index.js';
import type { MediaEncoder } from './media-encoder.js';
import { captionEndId } from './caption-batch.js';
import { generateWithMedia } from './media-prefix.js';
import type { MediaCaption } from './synthetic-media.js';

/**
 * The share of `pairs` whose greedy description (up to the EOS, special tokens skipped, trimmed) is
 * exactly the caption, e.g. "the digit 7" for an image of a 7; with the answers, for reports.
 */
export async function captionAccuracy(
  model: Transformer, encoder: MediaEncoder, tokenizer: Tokenizer, pairs: readonly MediaCaption[], options: { batchSize?: number } = {},
): Promise<{ accuracy: number; answers: string[] }> {
  const batchSize = options.batchSize ?? 32;
  const maxNewTokens = Math.max(...pairs.map((p) => tokenizer.encode(p.caption, { addSpecialTokens: false }).length)) + 1;
  const stop = captionEndId(model, tokenizer);
  const answers: string[] = [];
  for (let i = 0; i < pairs.length; i += batchSize) {
    const batch = pairs.slice(i, i + batchSize);
    const results = await generateWithMedia(model, encoder, tokenizer, batch.map((p) => p.media), { maxNewTokens, stopTokens: [stop] });
    answers.push(...results.map((r) => r.text.trim()));
  }
  const correct = answers.filter((answer, i) => answer === pairs[i]!.caption.trim()).length;
  return { accuracy: pairs.length === 0 ? Number.NaN : correct / pairs.length, answers };
}
