import { ConfigError, TokenizerError } from '../errors.js';
import { BYTE_TO_UNICODE, splitGpt2 } from './byte-level.js';
import { byteLevelBpeFiles, resolveOwnSpecialTokens, type OwnSpecialTokenOptions } from './byte-level-bpe-files.js';
import { DEFAULT_CHAT_TEMPLATE } from './chat-template.js';
import { HuggingFaceTokenizer } from './hugging-face-tokenizer.js';
import type { Tokenizer } from './tokenizer.js';

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

/** Pair key: a * PAIR_BASE + b (ids stay far below 2^21, keys below 2^53). Key order = (a, b) order. */
const PAIR_BASE = 2 ** 21;

/** A max-heap of (count, key) by count, then smallest key: deterministic choice among equally frequent pairs. */
class PairHeap {
  private readonly counts: number[] = [];
  private readonly keys: number[] = [];

  get size(): number {
    return this.counts.length;
  }

  private above(i: number, j: number): boolean {
    const ci = this.counts[i] as number;
    const cj = this.counts[j] as number;
    return ci > cj || (ci === cj && (this.keys[i] as number) < (this.keys[j] as number));
  }

  private swap(i: number, j: number): void {
    const c = this.counts[i] as number;
    this.counts[i] = this.counts[j] as number;
    this.counts[j] = c;
    const k = this.keys[i] as number;
    this.keys[i] = this.keys[j] as number;
    this.keys[j] = k;
  }

  push(count: number, key: number): void {
    this.counts.push(count);
    this.keys.push(key);
    let i = this.counts.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.above(i, parent)) break;
      this.swap(i, parent);
      i = parent;
    }
  }

  pop(): { count: number; key: number } {
    const top = { count: this.counts[0] as number, key: this.keys[0] as number };
    const lastCount = this.counts.pop() as number;
    const lastKey = this.keys.pop() as number;
    if (this.counts.length > 0) {
      this.counts[0] = lastCount;
      this.keys[0] = lastKey;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let best = i;
        if (l < this.counts.length && this.above(l, best)) best = l;
        if (r < this.counts.length && this.above(r, best)) best = r;
        if (best === i) break;
        this.swap(i, best);
        i = best;
      }
    }
    return top;
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
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
  const sorted = [...specialTokens].sort((a, b) => b.length - a.length);
  const specialPattern = sorted.length > 0 ? new RegExp(sorted.map(escapeRegExp).join('|'), 'g') : undefined;
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
 * also reads.
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

  const counted = await countWords(texts, specialTokens, (n) =>
    onProgress?.({ phase: 'count', texts: n, merges: 0, targetMerges }));

  // Words as symbol-id arrays with their frequencies; a word of one byte has no pair and is left out.
  const encoder = new TextEncoder();
  const words: Int32Array[] = [];
  const freqs: number[] = [];
  for (const [word, freq] of counted.counts) {
    const bytes = encoder.encode(word);
    if (bytes.length < 2) continue;
    words.push(Int32Array.from(bytes));
    freqs.push(freq);
  }

  // Pair counts, and for each pair the words that (may) contain it. Lists can hold stale entries and repeats.
  const pairCounts = new Map<number, number>();
  const pairWords = new Map<number, number[]>();
  const addWordPairs = (w: number, symbols: Int32Array, sign: 1 | -1, changed: Set<number> | undefined): void => {
    const f = (freqs[w] as number) * sign;
    for (let i = 0; i + 1 < symbols.length; i++) {
      const key = (symbols[i] as number) * PAIR_BASE + (symbols[i + 1] as number);
      pairCounts.set(key, (pairCounts.get(key) ?? 0) + f);
      changed?.add(key);
    }
  };
  for (let w = 0; w < words.length; w++) {
    const symbols = words[w] as Int32Array;
    addWordPairs(w, symbols, 1, undefined);
    for (let i = 0; i + 1 < symbols.length; i++) {
      const key = (symbols[i] as number) * PAIR_BASE + (symbols[i + 1] as number);
      let list = pairWords.get(key);
      if (list === undefined) pairWords.set(key, (list = []));
      if (list[list.length - 1] !== w) list.push(w);
    }
  }
  const heap = new PairHeap();
  for (const [key, count] of pairCounts) heap.push(count, key);

  const vocab: string[] = [...BYTE_TO_UNICODE];
  const idOf = new Map<string, number>(vocab.map((token, id) => [token, id]));
  const merges: Array<[string, string]> = [];
  const visited = new Int32Array(words.length).fill(-1);
  const breathe = makeYielder();

  while (merges.length < targetMerges && heap.size > 0) {
    const { count, key } = heap.pop();
    if (pairCounts.get(key) !== count) continue; // stale entry: the pair's count changed since it was pushed
    if (count < minFrequency) break;
    const a = Math.floor(key / PAIR_BASE);
    const b = key - a * PAIR_BASE;
    const left = vocab[a] as string;
    const right = vocab[b] as string;
    const merged = left + right;
    // Two merge paths can spell the same token ("ab"+"c", "a"+"bc"): it keeps one id, as in Hugging Face.
    let c = idOf.get(merged);
    if (c === undefined) {
      c = vocab.length;
      vocab.push(merged);
      idOf.set(merged, c);
    }
    merges.push([left, right]);

    const changed = new Set<number>();
    const mergeIndex = merges.length;
    for (const w of pairWords.get(key) ?? []) {
      if (visited[w] === mergeIndex) continue;
      visited[w] = mergeIndex;
      const symbols = words[w] as Int32Array;
      const next: number[] = [];
      let found = false;
      for (let i = 0; i < symbols.length; i++) {
        if (i + 1 < symbols.length && symbols[i] === a && symbols[i + 1] === b) {
          next.push(c);
          i++;
          found = true;
        } else {
          next.push(symbols[i] as number);
        }
      }
      if (!found) continue;
      const updated = Int32Array.from(next);
      addWordPairs(w, symbols, -1, changed);
      addWordPairs(w, updated, 1, changed);
      words[w] = updated;
      for (let i = 0; i + 1 < updated.length; i++) {
        if (updated[i] !== c && updated[i + 1] !== c) continue;
        const pair = (updated[i] as number) * PAIR_BASE + (updated[i + 1] as number);
        let list = pairWords.get(pair);
        if (list === undefined) pairWords.set(pair, (list = []));
        if (list[list.length - 1] !== w) list.push(w);
      }
    }
    pairWords.delete(key);
    for (const changedKey of changed) {
      const updatedCount = pairCounts.get(changedKey) ?? 0;
      if (updatedCount <= 0) {
        pairCounts.delete(changedKey);
        pairWords.delete(changedKey);
      } else {
        heap.push(updatedCount, changedKey);
      }
    }
    onProgress?.({ phase: 'merge', texts: counted.texts, merges: merges.length, targetMerges, pair: [left, right], frequency: count });
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
