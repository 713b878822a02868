import type { DecodeOptions, Tokenizer } from './tokenizer.js';

/**
 * Turns generated ids into text as they arrive, for printing while a model generates. A token can end in the
 * middle of a UTF-8 character (byte-level vocabularies) or need its left neighbour to decode right
 * (SentencePiece's leading space), so each piece of text is released only once it is complete: the text of
 * `push` calls joined, plus `flush()`, equals `tokenizer.decode(allIds)`.
 */
export class StreamDecoder {
  private readonly ids: number[] = [];
  /** Ids before prefixOffset are done; ids in [prefixOffset, readOffset) give context; the rest are pending. */
  private prefixOffset = 0;
  private readOffset = 0;

  constructor(private readonly tokenizer: Pick<Tokenizer, 'decode'>, private readonly options: DecodeOptions = {}) {}

  /** Adds one id and returns the text it completes ('' while a character is still partial). */
  push(id: number): string {
    this.ids.push(id);
    const prefix = this.tokenizer.decode(this.ids.slice(this.prefixOffset, this.readOffset), this.options);
    const text = this.tokenizer.decode(this.ids.slice(this.prefixOffset), this.options);
    if (text.length <= prefix.length || text.endsWith('\uFFFD') || !text.startsWith(prefix)) return '';
    this.prefixOffset = this.readOffset;
    this.readOffset = this.ids.length;
    return text.slice(prefix.length);
  }

  /** Returns the text still held back (a trailing partial character decodes as U+FFFD) and resets. */
  flush(): string {
    const prefix = this.tokenizer.decode(this.ids.slice(this.prefixOffset, this.readOffset), this.options);
    const text = this.tokenizer.decode(this.ids.slice(this.prefixOffset), this.options);
    this.ids.length = 0;
    this.prefixOffset = 0;
    this.readOffset = 0;
    return text.startsWith(prefix) ? text.slice(prefix.length) : '';
  }
}
