import { TokenizerError } from '../errors.js';

/** The text of a special token in tokenizer_config.json: a string, an AddedToken object `{ content }` or null. */
export function tokenContent(value: unknown, field: string): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string') return value;
  if (typeof value === 'object' && typeof (value as { content?: unknown }).content === 'string') {
    return (value as { content: string }).content;
  }
  throw new TokenizerError(
    `tokenizer_config.json ${field} must be a string, an AddedToken object with a string "content", or null; `
    + `got ${JSON.stringify(value)}.`,
  );
}

/** Names the special tokens commonly use, to find roles when tokenizer_config.json does not say. */
export const ROLE_NAMES = {
  bos: ['<|bos|>', '<s>', '<|begin_of_text|>', '<|startoftext|>', '<bos>', '[CLS]'],
  eos: ['<|eos|>', '</s>', '<|end_of_text|>', '<|endoftext|>', '<eos>', '[SEP]'],
  pad: ['<|pad|>', '<pad>', '[PAD]'],
  unk: ['<|unk|>', '<unk>', '[UNK]'],
} as const;

export type SpecialRole = keyof typeof ROLE_NAMES;
export const SPECIAL_ROLES: readonly SpecialRole[] = ['bos', 'eos', 'pad', 'unk'];

/** The first token of `candidates` with a role name, in the order of ROLE_NAMES. */
export function guessRoleToken(role: SpecialRole, candidates: readonly string[]): string | undefined {
  return ROLE_NAMES[role].find((name) => candidates.includes(name));
}

/** A global regex matching any of `tokens`, longest first (so a token containing another wins); undefined if none. */
export function specialTokenPattern(tokens: readonly string[]): RegExp | undefined {
  if (tokens.length === 0) return undefined;
  const sorted = [...tokens].sort((a, b) => b.length - a.length);
  return new RegExp(sorted.map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'g');
}
