import { DataError } from '../../errors.js';
import { START, type SourcePosition, type TextSource } from './sources.js';

/** The part of a tokenizer the data pipeline needs (any Stagecoach `Tokenizer` fits). */
export interface TokenEncoder {
  encode(text: string, options?: { addSpecialTokens?: boolean }): number[];
  readonly specialTokens: { bos?: number; eos?: number; pad?: number };
}

/** Where a packer stands: which source, where in it, and the tokens read but not yet emitted. */
export interface PackerState {
  source: number;
  position: SourcePosition;
  pending: number[];
}

export const PACKER_START: PackerState = { source: 0, position: START, pending: [] };

/**
 * Packs a stream of documents into windows of `windowLength` = seqLen + 1 tokens (inputs are the
 * first seqLen tokens, targets the last seqLen). Each document becomes BOS + tokens + EOS (when the
 * tokenizer has them; only EOS when BOS and EOS are the same token) and documents are concatenated, so a window can span a boundary. Consecutive
 * windows share one token (the last target of one window is the first input of the next), so no
 * token is skipped as a target. One pass over the sources; `next()` returns null at the end and the
 * last partial window is dropped.
 */
export class Packer {
  private source: number;
  private position: SourcePosition;
  private pending: number[];
  private iterator: AsyncIterator<{ text: string; docStart: boolean; docEnd: boolean; next: SourcePosition }> | undefined;
  /** Tokens produced so far in this pass (for the "corpus too small" message). */
  tokensRead = 0;

  constructor(
    private readonly sources: readonly TextSource[],
    private readonly tokenizer: TokenEncoder,
    readonly windowLength: number,
    state: PackerState = PACKER_START,
  ) {
    this.source = state.source;
    this.position = { ...state.position };
    this.pending = [...state.pending];
  }

  get state(): PackerState {
    return { source: this.source, position: { ...this.position }, pending: [...this.pending] };
  }

  /** Stops reading (closes the open file or HTTP stream). The packer can still be resumed from `state`. */
  async close(): Promise<void> {
    const iterator = this.iterator;
    this.iterator = undefined;
    await iterator?.return?.();
  }

  async next(): Promise<number[] | null> {
    while (this.pending.length < this.windowLength) {
      const tokens = await this.pull();
      if (tokens === null) return null;
      this.tokensRead += tokens.length;
      for (const t of tokens) this.pending.push(t);
    }
    const window = this.pending.slice(0, this.windowLength);
    this.pending = this.pending.slice(this.windowLength - 1);
    return window;
  }

  private async pull(): Promise<number[] | null> {
    const { bos, eos } = this.tokenizer.specialTokens;
    while (this.source < this.sources.length) {
      const source = this.sources[this.source]!;
      this.iterator ??= source.units(this.position)[Symbol.asyncIterator]();
      const result = await this.iterator.next();
      if (result.done === true) {
        this.source += 1;
        this.position = START;
        this.iterator = undefined;
        continue;
      }
      const unit = result.value;
      this.position = unit.next;
      const tokens = this.tokenizer.encode(unit.text, { addSpecialTokens: false });
      // GPT-2 style tokenizers use one token for both (<|endoftext|>): then only a separator after each document.
      if (unit.docStart && bos !== undefined && bos !== eos) tokens.unshift(bos);
      if (unit.docEnd && eos !== undefined) tokens.push(eos);
      return tokens;
    }
    return null;
  }
}

/** The DataError for a corpus that holds fewer than `windowLength` tokens (`tokens` = 0: empty). */
export function corpusTooSmall(sources: readonly TextSource[], tokens: number, windowLength: number): DataError {
  const names = sources.map((s) => s.name).join(', ');
  return tokens === 0
    ? new DataError(`the corpus is empty: ${names} contain no text. Pass a non-empty text or JSONL file.`)
    : new DataError(
      `the corpus is too small: ${names} give ${tokens} tokens, fewer than one training window of seqLen + 1 = ${windowLength} `
      + 'tokens (after the validation split). Add text or lower seqLen.',
    );
}
