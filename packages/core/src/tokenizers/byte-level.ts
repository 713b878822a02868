/**
 * GPT-2's byte-level alphabet: every byte maps to one printable unicode character, so byte sequences can be
 * stored as JSON strings in tokenizer.json (a space is `Ġ`, a newline `Ċ`).
 */
function buildByteToUnicode(): string[] {
  const printable: number[] = [];
  for (let b = 0x21; b <= 0x7e; b++) printable.push(b);
  for (let b = 0xa1; b <= 0xac; b++) printable.push(b);
  for (let b = 0xae; b <= 0xff; b++) printable.push(b);
  const table: string[] = new Array<string>(256);
  for (const b of printable) table[b] = String.fromCharCode(b);
  let next = 0;
  for (let b = 0; b < 256; b++) {
    if (table[b] === undefined) table[b] = String.fromCharCode(256 + next++);
  }
  return table;
}

/** `BYTE_TO_UNICODE[byte]` is the character that stands for `byte` in a byte-level vocabulary. */
export const BYTE_TO_UNICODE: readonly string[] = buildByteToUnicode();

/** Inverse of `BYTE_TO_UNICODE`. */
export const UNICODE_TO_BYTE: ReadonlyMap<string, number> = new Map(BYTE_TO_UNICODE.map((c, b) => [c, b]));

/**
 * GPT-2's pre-tokenizer pattern (the one the Hugging Face `ByteLevel` pre-tokenizer uses with `use_regex`):
 * contractions, words with an optional leading space, numbers, punctuation runs, whitespace.
 */
const GPT2_SPLIT_PATTERN = /'s|'t|'re|'ve|'m|'ll|'d| ?\p{L}+| ?\p{N}+| ?[^\s\p{L}\p{N}]+|\s+(?!\S)|\s+/gu;

/** Splits text into GPT-2 pre-tokens (words). Concatenating them gives the text back. */
export function splitGpt2(text: string): string[] {
  return text.match(GPT2_SPLIT_PATTERN) ?? [];
}
