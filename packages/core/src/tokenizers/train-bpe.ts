import { ConfigError, TokenizerError } from '../errors.js';
import { BYTE_TO_UNICODE, splitGpt2 } from './byte-level.js';
import { byteLevelBpeFiles, resolveOwnSpecialTokens, type OwnSpecialTokenOptions } from './byte-level-bpe-files.js';
import { DEFAULT_CHAT_TEMPLATE } from './chat-template.js';
import { HuggingFaceTokenizer } from './hugging-face-tokenizer.js';
import { specialTokenPattern } from './special-tokens.js';
import type { Tokenizer } from './tokenizer.js';
import { PAIR_BASE, WordPairs } from './word-pairs.js';

export interface TrainBpeProgress {
  /** 'count': reading texts and counting words; 'merge': learning merges. */
  phase: 'count' | 'merge';
  /** Texts read so far. */
  texts: number;
  /** Merges learned so far, of at most `targetMerges`. */
  merges: number;
  targetMerges: number;
  /** The merge just learned (byte-level strings) and how often the pair occurred. */
  pair?: [string, string];
  frequency?: number;
}

export interface TrainBpeOptions extends OwnSpecialTokenOptions {
  /** Total vocabulary: 256 bytes + merges + special tokens. An upper bound: training stops early when no pair is frequent enough. */
  vocabSize: number;
  /** A pair seen fewer times than this is never merged. Default 2. */
  minFrequency?: number;
  onProgress?: (progress: TrainBpeProgress) => void;
}

/** Lets a browser UI breathe during long synchronous loops. */
function makeYielder(): () => Promise<void> {
  let last = Date.now();
  return async () => {
    if (Date.now() - last < 50) return;
    await new Promise((resolve) => setTimeout(resolve, 0));
    last = Date.now();
  };
}

/** Counts GPT-2 pre-tokens (words) of all texts; special-token strings in the texts are left out. */
async function countWords(
  texts: Iterable<string> | AsyncIterable<string>,
  specialTokens: readonly string[],
  report: (texts: number) => void,
): Promise<{ counts: Map<string, number>; texts: number }> {
  const specialPattern = specialTokenPattern(specialTokens);
  const counts = new Map<string, number>();
  const breathe = makeYielder();
  let n = 0;
  for await (const text of texts) {
    if (typeof text !== 'string') {
      throw new TokenizerError(`trainBpe: text #${n} is ${text === null ? 'null' : typeof text}, not a string.`);
    }
    const parts = specialPattern ? text.split(specialPattern) : [text];
    for (const part of parts) {
      for (const word of splitGpt2(part)) counts.set(word, (counts.get(word) ?? 0) + 1);
    }
    n++;
    if (n % 1000 === 0) {
      report(n);
      await breathe();
    }
  }
  report(n);
  return { counts, texts: n };
}

/**
 * Trains a GPT-2 style byte-level BPE tokenizer: texts are split with the GPT-2 pre-tokenizer pattern, words
 * start as UTF-8 bytes (ids 0..255) and the most frequent adjacent pair is merged until `vocabSize` is reached
 * (ties: the pair with the smaller ids). Pair counts are updated incrementally, touching only the words that
 * contain the merged pair, so a few MB of text train to a 4k vocabulary in seconds. Special tokens take the last
 * ids. The result encodes through its own Hugging Face tokenizer.json (`toJSON()`), which Python `tokenizers`
 * also reads. `texts` is any (async) iterable of documents or lines; a single string is taken as one text.
 */
export async function trainBpe(
  texts: Iterable<string> | AsyncIterable<string>,
  options: TrainBpeOptions,
): Promise<Tokenizer> {
  const { specialTokens, roles } = resolveOwnSpecialTokens(options);
  const minVocab = 256 + specialTokens.length;
  if (!Number.isInteger(options?.vocabSize) || options.vocabSize < minVocab || options.vocabSize >= PAIR_BASE) {
    throw new ConfigError(
      `trainBpe: vocabSize must be an integer from ${minVocab} (256 bytes + ${specialTokens.length} special tokens) `
      + `to ${PAIR_BASE - 1}; got ${String(options?.vocabSize)}.`,
    );
  }
  const minFrequency = options.minFrequency ?? 2;
  if (!Number.isFinite(minFrequency) || minFrequency < 1) {
    throw new ConfigError(`trainBpe: minFrequency must be a number >= 1; got ${String(options.minFrequency)}.`);
  }
  const targetMerges = options.vocabSize - minVocab;
  const onProgress = options.onProgress;

  // A string is an Iterable<string> of its characters; it is meant as one text.
  const corpus = typeof texts === 'string' ? [texts] : texts;
  const counted = await countWords(corpus, specialTokens, (n) =>
    onProgress?.({ phase: 'count', texts: n, merges: 0, targetMerges }));

  const pairs = new WordPairs(counted.counts);
  const vocab: string[] = [...BYTE_TO_UNICODE];
  const idOf = new Map<string, number>(vocab.map((token, id) => [token, id]));
  const merges: Array<[string, string]> = [];
  const breathe = makeYielder();
  while (merges.length < targetMerges) {
    const best = pairs.best();
    if (best === undefined || best.count < minFrequency) break;
    const left = vocab[best.a] as string;
    const right = vocab[best.b] as string;
    // Two merge paths can spell the same token ("ab"+"c", "a"+"bc"): it keeps one id, as in Hugging Face.
    let c = idOf.get(left + right);
    if (c === undefined) {
      c = vocab.length;
      vocab.push(left + right);
      idOf.set(left + right, c);
    }
    merges.push([left, right]);
    pairs.merge(best.a, best.b, c);
    onProgress?.({ phase: 'merge', texts: counted.texts, merges: merges.length, targetMerges, pair: [left, right], frequency: best.count });
    await breathe();
  }

  const addBosToken = options.addBosToken ?? false;
  const { json, config } = byteLevelBpeFiles({
    vocab,
    merges,
    specialTokens,
    roles,
    addBosToken,
    chatTemplate: options.chatTemplate ?? DEFAULT_CHAT_TEMPLATE,
  });
  return new HuggingFaceTokenizer(json, config);
}
