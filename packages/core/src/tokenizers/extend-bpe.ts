import { ConfigError, TokenizerError } from '../errors.js';
import { loadTokenizer } from './load-tokenizer.js';
import type { Tokenizer } from './tokenizer.js';
import { trainBpe } from './train-bpe.js';

/** Options of {@link extendBpe}. */
export interface ExtendBpeOptions {
  /** New tokens to add (an upper bound: fewer when the texts hold fewer frequent pairs). */
  addTokens: number;
  /** A pair seen fewer times than this is never merged. Default 2. */
  minFrequency?: number;
  /** Id of the first new token (e.g. a model's vocabSize when it has more rows than the tokenizer has ids). Default `tokenizer.vocabSize`. */
  firstId?: number;
}

type Json = Record<string, unknown>;

/**
 * A byte-level BPE tokenizer (a byte tokenizer, a `trainBpe` one or GPT-2's) extended with tokens learned
 * on `texts`: a BPE is trained on them, and its merges whose token the tokenizer lacks are appended, in
 * order, after the existing merges, with ids from `tokenizer.vocabSize` (or `firstId`) on. Every old id keeps its token,
 * so the model's old embedding rows stay valid; text of the old language may encode differently when a
 * new merge applies to it. TokenizerError when the tokenizer is not a byte-level BPE.
 */
export async function extendBpe(
  tokenizer: Tokenizer, texts: Iterable<string> | AsyncIterable<string>, options: ExtendBpeOptions,
): Promise<{ tokenizer: Tokenizer; added: number }> {
  if (!Number.isInteger(options.addTokens) || options.addTokens < 1) {
    throw new ConfigError(`extendBpe: addTokens must be an integer >= 1, got ${JSON.stringify(options.addTokens)}.`);
  }
  const json = structuredClone(tokenizer.toJSON()) as Json;
  const model = json['model'] as Json | undefined;
  const pre = json['pre_tokenizer'] as Json | null | undefined;
  if (model?.['type'] !== 'BPE' || typeof model['vocab'] !== 'object' || !Array.isArray(model['merges']) || pre?.['type'] !== 'ByteLevel') {
    throw new TokenizerError(
      'extendBpe: the tokenizer is not a byte-level BPE (tokenizer.json model.type "BPE" with a ByteLevel pre_tokenizer); '
      + 'only those can take new merges learned on new text.',
    );
  }
  const vocab = model['vocab'] as Record<string, number>;
  const merges = model['merges'] as Array<string | [string, string]>;
  const asStrings = merges.length === 0 || typeof merges[0] === 'string';
  // Train with room to spare: some learned tokens are already in the vocabulary.
  const learned = await trainBpe(texts, { vocabSize: 259 + 2 * options.addTokens, ...(options.minFrequency === undefined ? {} : { minFrequency: options.minFrequency }) });
  const learnedMerges = (learned.toJSON()['model'] as { merges: string[] }).merges;
  let nextId = Math.max(tokenizer.vocabSize, options.firstId ?? 0);
  let added = 0;
  for (const merge of learnedMerges) {
    if (added >= options.addTokens) break;
    const [left, right] = merge.split(' ') as [string, string];
    const token = left + right;
    if (vocab[token] !== undefined || tokenizer.tokenToId(token) !== undefined) continue;
    // Both halves are bytes or tokens the learned BPE made before, so they are in the vocabulary by now.
    vocab[token] = nextId;
    merges.push(asStrings ? `${left} ${right}` : [left, right]);
    nextId += 1;
    added += 1;
  }
  return { tokenizer: loadTokenizer(json, tokenizer.tokenizerConfig()), added };
}
