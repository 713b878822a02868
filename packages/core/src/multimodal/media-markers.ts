import { ConfigError } from '../errors.js';
import { resizeVocabulary } from '../model/surgery.js';
import type { Transformer } from '../model/transformer.js';
import { loadTokenizer, type Tokenizer } from '../tokenizers/index.js';

/** The special tokens that open and close each modality's embeddings in a sequence. */
export const MEDIA_MARKERS = { image: ['<image>', '</image>'], audio: ['<audio>', '</audio>'] } as const;

export type Modality = keyof typeof MEDIA_MARKERS;

/**
 * A copy of `tokenizer` with `tokens` added as special tokens (never split, skipped by
 * `decode(..., { skipSpecialTokens: true })`) at ids from `tokenizer.vocabSize` on, in order; tokens it
 * already has keep their ids. Old ids do not change.
 */
export function addSpecialTokens(tokenizer: Tokenizer, tokens: readonly string[]): Tokenizer {
  const json = structuredClone(tokenizer.toJSON());
  const config = tokenizer.tokenizerConfig();
  const added = [...((json['added_tokens'] ?? []) as Array<Record<string, unknown>>)];
  const decoder = { ...((config['added_tokens_decoder'] ?? {}) as Record<string, unknown>) };
  const additional = [...((config['additional_special_tokens'] ?? []) as unknown[])];
  let id = tokenizer.vocabSize;
  for (const content of tokens) {
    if (tokenizer.tokenToId(content) !== undefined) continue;
    const token = { content, single_word: false, lstrip: false, rstrip: false, normalized: false, special: true };
    added.push({ id, ...token });
    decoder[String(id)] = token;
    additional.push(content);
    id += 1;
  }
  if (id === tokenizer.vocabSize) return tokenizer;
  return loadTokenizer({ ...json, added_tokens: added }, { ...config, added_tokens_decoder: decoder, additional_special_tokens: additional });
}

/**
 * Prepares a text-only model for media input: the tokenizer gains every modality's markers
 * ({@link MEDIA_MARKERS}) and the model's vocabulary grows to cover them (`resizeVocabulary`, new rows
 * the mean of the old ones; old rows bit-identical). Returns new objects; the caller still owns `model`.
 * A model that has the markers already is returned as it is.
 */
export function addMediaMarkers(model: Transformer, tokenizer: Tokenizer): { model: Transformer; tokenizer: Tokenizer } {
  const marked = addSpecialTokens(tokenizer, Object.values(MEDIA_MARKERS).flat());
  if (marked.vocabSize <= model.config.vocabSize) return { model, tokenizer: marked };
  return { model: resizeVocabulary(model, marked.vocabSize, { init: 'mean' }), tokenizer: marked };
}

/** Ids of the opening and closing markers of `modality`; ConfigError when the tokenizer lacks them. */
export function markerIds(tokenizer: Tokenizer, modality: Modality): { open: number; close: number } {
  const [openToken, closeToken] = MEDIA_MARKERS[modality];
  const open = tokenizer.tokenToId(openToken);
  const close = tokenizer.tokenToId(closeToken);
  if (open === undefined || close === undefined) {
    throw new ConfigError(
      `the tokenizer has no "${open === undefined ? openToken : closeToken}" token, so it cannot mark ${modality} input: `
      + 'the model was not prepared for media. Add the markers with addMediaMarkers(model, tokenizer), or start from a ModalityTrainer checkpoint.',
    );
  }
  return { open, close };
}
