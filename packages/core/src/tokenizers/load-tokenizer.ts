import { byteTokenizerFromJson } from './byte-tokenizer.js';
import { HuggingFaceTokenizer } from './hugging-face-tokenizer.js';
import type { Tokenizer } from './tokenizer.js';

/**
 * Loads a Hugging Face tokenizer from the parsed tokenizer.json and (optionally) tokenizer_config.json, which
 * names the special tokens (bos_token, eos_token, pad_token, unk_token; strings or AddedToken objects), says
 * whether to add BOS/EOS and holds the chat template. Without a config, roles are guessed from the special
 * added tokens (`<|endoftext|>` is EOS, `<s>` BOS, ...). Throws TokenizerError naming the field on bad input.
 */
export function loadTokenizer(tokenizerJson: Record<string, unknown>, tokenizerConfig?: Record<string, unknown>): Tokenizer {
  // A byte tokenizer's own files (Stagecoach's byteTokenizer) keep its fast path; the ids are the same.
  return byteTokenizerFromJson(tokenizerJson, tokenizerConfig ?? {})
    ?? new HuggingFaceTokenizer(tokenizerJson, tokenizerConfig ?? {});
}
