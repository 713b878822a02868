/**
 * The pair statistics of byte-level BPE training: every distinct word as a sequence of symbol ids with its
 * frequency, the count of every adjacent pair, and which words hold each pair, so a merge only touches the words
 * that contain the merged pair.
 */

/** Pair key: a * PAIR_BASE + b (ids stay far below 2^21, keys below 2^53). Key order = (a, b) order. */
export const PAIR_BASE = 2 ** 21;

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

/** Words and pair counts, updated merge by merge. */
export class WordPairs {
  private readonly words: Int32Array[] = [];
  private readonly freqs: number[] = [];
  private readonly pairCounts = new Map<number, number>();
  /** For each pair the words that (may) contain it: lists can hold stale entries, never miss a word. */
  private readonly pairWords = new Map<number, number[]>();
  private readonly heap = new PairHeap();
  /** visited[w] = the number of the merge that last looked at word w. */
  private readonly visited: Int32Array;
  private mergeCount = 0;

  /** `wordCounts`: pre-tokens (words) and how often each occurs. */
  constructor(wordCounts: ReadonlyMap<string, number>) {
    const encoder = new TextEncoder();
    for (const [word, freq] of wordCounts) {
      const bytes = encoder.encode(word);
      if (bytes.length < 2) continue; // a single byte has no pair
      this.words.push(Int32Array.from(bytes));
      this.freqs.push(freq);
    }
    this.visited = new Int32Array(this.words.length).fill(-1);
    for (let w = 0; w < this.words.length; w++) {
      const symbols = this.words[w] as Int32Array;
      this.countPairs(w, symbols, 1, undefined);
      this.indexPairs(w, symbols, undefined);
    }
    for (const [key, count] of this.pairCounts) this.heap.push(count, key);
  }

  /** The most frequent pair (ties: smallest ids), or undefined when no pair is left. */
  best(): { a: number; b: number; count: number } | undefined {
    while (this.heap.size > 0) {
      const { count, key } = this.heap.pop();
      if (this.pairCounts.get(key) !== count) continue; // stale: the count changed since this entry was pushed
      this.heap.push(count, key); // stays the best until merged
      const a = Math.floor(key / PAIR_BASE);
      return { a, b: key - a * PAIR_BASE, count };
    }
    return undefined;
  }

  /** Replaces every (a, b) in every word, left to right, by c and updates the pair counts. */
  merge(a: number, b: number, c: number): void {
    const key = a * PAIR_BASE + b;
    const changed = new Set<number>();
    const mergeIndex = this.mergeCount++;
    for (const w of this.pairWords.get(key) ?? []) {
      if (this.visited[w] === mergeIndex) continue;
      this.visited[w] = mergeIndex;
      const symbols = this.words[w] as Int32Array;
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
      this.countPairs(w, symbols, -1, changed);
      this.countPairs(w, updated, 1, changed);
      this.words[w] = updated;
      this.indexPairs(w, updated, c);
    }
    this.pairWords.delete(key);
    for (const changedKey of changed) {
      const count = this.pairCounts.get(changedKey) ?? 0;
      if (count <= 0) {
        this.pairCounts.delete(changedKey);
        this.pairWords.delete(changedKey);
      } else {
        this.heap.push(count, changedKey);
      }
    }
  }

  private countPairs(w: number, symbols: Int32Array, sign: 1 | -1, changed: Set<number> | undefined): void {
    const f = (this.freqs[w] as number) * sign;
    for (let i = 0; i + 1 < symbols.length; i++) {
      const key = (symbols[i] as number) * PAIR_BASE + (symbols[i + 1] as number);
      this.pairCounts.set(key, (this.pairCounts.get(key) ?? 0) + f);
      changed?.add(key);
    }
  }

  /** Records that word w holds its pairs (only those with symbol `only`, when given: the others are known). */
  private indexPairs(w: number, symbols: Int32Array, only: number | undefined): void {
    for (let i = 0; i + 1 < symbols.length; i++) {
      if (only !== undefined && symbols[i] !== only && symbols[i + 1] !== only) continue;
      const key = (symbols[i] as number) * PAIR_BASE + (symbols[i + 1] as number);
      let list = this.pairWords.get(key);
      if (list === undefined) this.pairWords.set(key, (list = []));
      if (list[list.length - 1] !== w) list.push(w);
    }
  }
}
