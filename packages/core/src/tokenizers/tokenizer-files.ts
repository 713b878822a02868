import { TokenizerError } from '../errors.js';
import { loadTokenizer } from './load-tokenizer.js';
import { tokenContent } from './special-tokens.js';
import type { Tokenizer } from './tokenizer.js';

/** Files of a tokenizer in a Hugging Face model folder, by file name. */
export type TokenizerFiles = Record<string, string | Uint8Array>;

/** The tokenizer as Hugging Face files: `tokenizer.json` and `tokenizer_config.json` (pretty-printed, as HF writes them). */
export function saveTokenizerFiles(tokenizer: Tokenizer): Record<string, string> {
  return {
    'tokenizer.json': JSON.stringify(tokenizer.toJSON(), null, 2),
    'tokenizer_config.json': JSON.stringify(tokenizer.tokenizerConfig(), null, 2),
  };
}

/** Names of the optional files `tokenizerFromFiles` reads besides tokenizer.json. */
export const TOKENIZER_FILE_NAMES = ['tokenizer.json', 'tokenizer_config.json', 'special_tokens_map.json', 'chat_template.jinja'] as const;

function text(files: TokenizerFiles, name: string): string | undefined {
  const value = files[name];
  if (value === undefined) return undefined;
  return typeof value === 'string' ? value : new TextDecoder().decode(value);
}

function parseJson(files: TokenizerFiles, name: string): Record<string, unknown> | undefined {
  const source = text(files, name);
  if (source === undefined) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(source);
  } catch (error) {
    throw new TokenizerError(`${name} is not valid JSON: ${(error as Error).message}`, { cause: error });
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new TokenizerError(`${name} must hold a JSON object; got ${Array.isArray(value) ? 'an array' : String(value)}.`);
  }
  return value as Record<string, unknown>;
}

/**
 * Loads a tokenizer from Hugging Face files: `tokenizer.json` (required), `tokenizer_config.json`, and when
 * present `special_tokens_map.json` (fills special tokens the config lacks) and `chat_template.jinja` (the chat
 * template newer `transformers` versions write apart from the config).
 */
export function tokenizerFromFiles(files: TokenizerFiles): Tokenizer {
  const json = parseJson(files, 'tokenizer.json');
  if (json === undefined) {
    throw new TokenizerError(
      `tokenizer.json is missing (got ${Object.keys(files).join(', ') || 'no files'}); `
      + 'Stagecoach loads tokenizers from a Hugging Face tokenizer.json.',
    );
  }
  const config = parseJson(files, 'tokenizer_config.json') ?? {};
  const specialMap = parseJson(files, 'special_tokens_map.json');
  if (specialMap !== undefined) {
    for (const field of ['bos_token', 'eos_token', 'pad_token', 'unk_token']) {
      if (config[field] === undefined && specialMap[field] !== undefined) {
        config[field] = tokenContent(specialMap[field], `special_tokens_map.json ${field}`);
      }
    }
  }
  const chatTemplate = text(files, 'chat_template.jinja');
  if (chatTemplate !== undefined && config['chat_template'] === undefined) config['chat_template'] = chatTemplate;
  return loadTokenizer(json, config);
}
