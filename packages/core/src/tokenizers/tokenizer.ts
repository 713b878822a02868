/** Ids of the tokens with a role. Any of them may be missing (GPT-2 has no pad token). */
export interface SpecialTokens {
  bos?: number;
  eos?: number;
  pad?: number;
  unk?: number;
}

export interface ChatMessage {
  role: 'system' | 'user' | 'assistant' | string;
  content: string;
}

export interface EncodeOptions {
  /**
   * Add the tokens the tokenizer adds around a text (its tokenizer.json `post_processor`, e.g. Llama's BOS).
   * Default true, as in Hugging Face. Byte and trained BPE tokenizers add nothing unless built with
   * `addBosToken: true`. Encode a rendered chat template with `false`: templates already hold their BOS.
   */
  addSpecialTokens?: boolean;
}

export interface DecodeOptions {
  /** Drop special tokens (BOS, EOS, PAD, chat markers registered as special) from the text. Default false. */
  skipSpecialTokens?: boolean;
}

export interface ChatTemplateOptions {
  /** End with the header that asks the model for an assistant turn. Default false. */
  addGenerationPrompt?: boolean;
  /** A Jinja template to use instead of the tokenizer's `chat_template`. */
  template?: string;
  /** Extra variables for the template (e.g. `tools`, `date_string`). */
  variables?: Record<string, unknown>;
}

/**
 * A text ⇄ token-id codec. Every tokenizer can be written as a Hugging Face `tokenizer.json` plus
 * `tokenizer_config.json` (see `saveTokenizerFiles`) and read back with `loadTokenizer`.
 */
export interface Tokenizer {
  /** Number of ids: the largest id (vocabulary or added token) + 1. */
  readonly vocabSize: number;
  readonly specialTokens: SpecialTokens;
  encode(text: string, options?: EncodeOptions): number[];
  /** Invalid UTF-8 (e.g. half of an emoji) decodes to U+FFFD, as in Hugging Face; unknown ids are skipped. */
  decode(ids: readonly number[], options?: DecodeOptions): string;
  tokenToId(token: string): number | undefined;
  /** Hugging Face tokenizer.json content. Treat it as read-only. */
  toJSON(): Record<string, unknown>;
  /** Hugging Face tokenizer_config.json content (special tokens, chat_template). A copy. */
  tokenizerConfig(): Record<string, unknown>;
  /** Renders the chat with the tokenizer's Jinja `chat_template` (or `options.template`). */
  applyChatTemplate(messages: ChatMessage[], options?: ChatTemplateOptions): string;
}
