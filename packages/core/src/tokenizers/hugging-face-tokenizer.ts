import { Tokenizer as HfTokenizerImpl } from '@huggingface/tokenizers';
import { TokenizerError } from '../errors.js';
import { configChatTemplate, renderChatTemplate } from './chat-template.js';
import { guessRoleToken, SPECIAL_ROLES, tokenContent, type SpecialRole } from './special-tokens.js';
import type {
  ChatMessage, ChatTemplateOptions, DecodeOptions, EncodeOptions, SpecialTokens, Tokenizer,
} from './tokenizer.js';

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function kindOf(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'an array';
  return value === null ? 'null' : typeof value;
}

/** Checks the fields of tokenizer.json the tokenizer relies on; returns the largest id it defines. */
function validateTokenizerJson(json: unknown): number {
  if (!isObject(json)) {
    throw new TokenizerError(`tokenizer.json must be a JSON object; got ${kindOf(json)}.`);
  }
  const model = json['model'];
  if (!isObject(model)) {
    throw new TokenizerError(`tokenizer.json is missing "model" (an object with "type" and "vocab"); got ${kindOf(model)}.`);
  }
  const type = model['type'];
  const vocab = model['vocab'];
  let maxId = -1;
  if (type === 'Unigram') {
    if (!Array.isArray(vocab)) {
      throw new TokenizerError(`tokenizer.json model.vocab must be an array of [piece, score] for a Unigram model; got ${kindOf(vocab)}.`);
    }
    maxId = vocab.length - 1;
  } else {
    if (!isObject(vocab)) {
      throw new TokenizerError(
        `tokenizer.json model.vocab must be an object mapping token to id${type ? ` for a ${String(type)} model` : ''}; `
        + `got ${kindOf(vocab)}.`,
      );
    }
    for (const [token, id] of Object.entries(vocab)) {
      if (!Number.isInteger(id) || (id as number) < 0) {
        throw new TokenizerError(`tokenizer.json model.vocab["${token}"] must be a non-negative integer id; got ${JSON.stringify(id)}.`);
      }
      if ((id as number) > maxId) maxId = id as number;
    }
  }
  if (type === 'BPE') {
    const merges = model['merges'];
    if (!Array.isArray(merges)) {
      throw new TokenizerError(`tokenizer.json model.merges must be an array of merges ("a b" or ["a", "b"]); got ${kindOf(merges)}.`);
    }
    merges.forEach((merge: unknown, i) => {
      const pair = typeof merge === 'string' ? merge.split(' ') : merge;
      if (!Array.isArray(pair) || pair.length !== 2 || !pair.every((p) => typeof p === 'string')) {
        throw new TokenizerError(`tokenizer.json model.merges[${i}] must be "a b" or ["a", "b"]; got ${JSON.stringify(merge)}.`);
      }
      const [left, right] = pair as [string, string];
      for (const part of [left, right]) {
        if (!(part in vocab)) {
          throw new TokenizerError(`tokenizer.json model.merges[${i}] uses "${part}", which is not in model.vocab.`);
        }
      }
      const prefix = typeof model['continuing_subword_prefix'] === 'string' ? model['continuing_subword_prefix'] : '';
      const merged = left + (prefix !== '' && right.startsWith(prefix) ? right.slice(prefix.length) : right);
      if (!(merged in vocab)) {
        throw new TokenizerError(`tokenizer.json model.merges[${i}] makes "${merged}", which is not in model.vocab.`);
      }
    });
  } else if (type !== undefined && type !== 'WordPiece' && type !== 'Unigram') {
    throw new TokenizerError(`tokenizer.json model.type "${String(type)}" is not supported; use BPE, WordPiece or Unigram.`);
  }
  const added = json['added_tokens'] ?? [];
  if (!Array.isArray(added)) {
    throw new TokenizerError(`tokenizer.json added_tokens must be an array; got ${kindOf(added)}.`);
  }
  added.forEach((token: unknown, i) => {
    const t = token as { id?: unknown; content?: unknown };
    if (!isObject(token) || !Number.isInteger(t.id) || (t.id as number) < 0 || typeof t.content !== 'string') {
      throw new TokenizerError(
        `tokenizer.json added_tokens[${i}] must be { id: non-negative integer, content: string, ... }; got ${JSON.stringify(token)}.`,
      );
    }
    if ((t.id as number) > maxId) maxId = t.id as number;
  });
  return maxId;
}

/**
 * A tokenizer backed by `@huggingface/tokenizers` (the same code transformers.js uses): any Hugging Face
 * tokenizer.json — GPT-2 byte-level BPE, Llama 3, SmolLM, Qwen, SentencePiece-style BPE with byte fallback.
 */
export class HuggingFaceTokenizer implements Tokenizer {
  readonly vocabSize: number;
  readonly specialTokens: SpecialTokens;
  protected readonly json: Json;
  protected readonly config: Json;
  protected readonly hf: HfTokenizerImpl;
  /** Text of the special token of each role, for chat templates. */
  protected readonly roleContent: Partial<Record<SpecialRole, string>> = {};
  private readonly addBos: boolean;
  private readonly addEos: boolean;
  private readonly cleanUpSpaces: boolean;

  constructor(tokenizerJson: Json, tokenizerConfig: Json = {}) {
    const maxId = validateTokenizerJson(tokenizerJson);
    if (!isObject(tokenizerConfig)) {
      throw new TokenizerError(`tokenizer_config.json must be a JSON object; got ${kindOf(tokenizerConfig)}.`);
    }
    this.json = tokenizerJson;
    this.config = tokenizerConfig;
    this.vocabSize = maxId + 1;
    this.cleanUpSpaces = tokenizerConfig['clean_up_tokenization_spaces'] === true;

    const libConfig: Json = { ...tokenizerConfig, clean_up_tokenization_spaces: this.cleanUpSpaces };
    for (const role of SPECIAL_ROLES) {
      const field = `${role}_token`;
      const content = tokenContent(tokenizerConfig[field], field);
      if (content === undefined) delete libConfig[field];
      else libConfig[field] = content;
    }
    const additional = tokenizerConfig['additional_special_tokens'];
    if (Array.isArray(additional)) {
      libConfig['additional_special_tokens'] = additional.map((t, i) => tokenContent(t, `additional_special_tokens[${i}]`));
    }
    try {
      this.hf = new HfTokenizerImpl(
        {
          ...tokenizerJson,
          added_tokens: tokenizerJson['added_tokens'] ?? [],
          normalizer: tokenizerJson['normalizer'] ?? null,
          pre_tokenizer: tokenizerJson['pre_tokenizer'] ?? null,
          post_processor: tokenizerJson['post_processor'] ?? null,
          decoder: tokenizerJson['decoder'] ?? null,
        },
        libConfig,
      );
    } catch (error) {
      throw new TokenizerError(`tokenizer.json could not be loaded: ${(error as Error).message}`, { cause: error });
    }

    const specials: SpecialTokens = {};
    const specialAdded = ((tokenizerJson['added_tokens'] ?? []) as Array<{ content: string; special?: boolean }>)
      .filter((t) => t.special !== false)
      .map((t) => t.content);
    const model = tokenizerJson['model'] as Json;
    for (const role of SPECIAL_ROLES) {
      const field = `${role}_token`;
      let content: string | undefined;
      if (field in tokenizerConfig) {
        content = libConfig[field] as string | undefined;
      } else {
        content = guessRoleToken(role, specialAdded);
        if (content === undefined && role === 'unk' && typeof model['unk_token'] === 'string') content = model['unk_token'];
      }
      if (content === undefined) continue;
      const id = this.hf.token_to_id(content);
      if (id === undefined) {
        throw new TokenizerError(
          `tokenizer_config.json ${field} "${content}" is not a token of tokenizer.json (neither model.vocab nor added_tokens); `
          + `fix ${field} or add the token to added_tokens.`,
        );
      }
      specials[role] = id;
      this.roleContent[role] = content;
    }
    // GPT-2 convention: without a config naming a BOS, <|endoftext|> separates documents and serves as BOS too.
    if (!('bos_token' in tokenizerConfig) && specials.bos === undefined && this.roleContent.eos === '<|endoftext|>') {
      specials.bos = specials.eos;
      this.roleContent.bos = this.roleContent.eos;
    }
    this.specialTokens = specials;
    this.addBos = tokenizerConfig['add_bos_token'] === true && specials.bos !== undefined;
    this.addEos = tokenizerConfig['add_eos_token'] === true && specials.eos !== undefined;
  }

  encode(text: string, options: EncodeOptions = {}): number[] {
    if (typeof text !== 'string') throw new TokenizerError(`encode expects a string; got ${kindOf(text)}.`);
    const addSpecialTokens = options.addSpecialTokens ?? true;
    const { ids, tokens } = this.hf.encode(text, { add_special_tokens: addSpecialTokens });
    for (let i = 0; i < ids.length; i++) {
      if (ids[i] === undefined) {
        throw new TokenizerError(
          `tokenizer.json produced the token "${tokens[i]}", which has no id: the post_processor or model.unk_token `
          + 'names a token missing from model.vocab and added_tokens.',
        );
      }
    }
    if (addSpecialTokens) {
      // tokenizer_config.json add_bos_token / add_eos_token (Llama-style) when the post-processor does not already.
      if (this.addBos && ids[0] !== this.specialTokens.bos) ids.unshift(this.specialTokens.bos as number);
      if (this.addEos && ids[ids.length - 1] !== this.specialTokens.eos) ids.push(this.specialTokens.eos as number);
    }
    return ids;
  }

  decode(ids: readonly number[], options: DecodeOptions = {}): string {
    const known = checkIds(ids, this.vocabSize).filter((id) => this.hf.id_to_token(id) !== undefined);
    if (known.length === 0) return '';
    return this.hf.decode(known, {
      skip_special_tokens: options.skipSpecialTokens ?? false,
      clean_up_tokenization_spaces: this.cleanUpSpaces,
    });
  }

  tokenToId(token: string): number | undefined {
    return this.hf.token_to_id(token);
  }

  /** The token string of an id (byte-level alphabet for GPT-2 style vocabularies), or undefined. */
  idToToken(id: number): string | undefined {
    return this.hf.id_to_token(id);
  }

  toJSON(): Json {
    return this.json;
  }

  tokenizerConfig(): Json {
    return structuredClone(this.config);
  }

  applyChatTemplate(messages: ChatMessage[], options: ChatTemplateOptions = {}): string {
    const template = options.template ?? configChatTemplate(this.config);
    if (template === undefined) {
      throw new TokenizerError(
        'This tokenizer has no chat template (tokenizer_config.json has no "chat_template"). Pass one with '
        + 'applyChatTemplate(messages, { template }), e.g. DEFAULT_CHAT_TEMPLATE from @stagecoach/core, or add '
        + '"chat_template" to tokenizer_config.json.',
      );
    }
    const variables: Json = { ...options.variables, add_generation_prompt: options.addGenerationPrompt ?? false };
    for (const role of SPECIAL_ROLES) {
      const content = this.roleContent[role];
      if (content !== undefined) variables[`${role}_token`] = content;
    }
    return renderChatTemplate(template, messages, variables);
  }
}

/** Throws TokenizerError on anything but an array of non-negative integers; returns the ids as an array. */
export function checkIds(ids: readonly number[], vocabSize: number): number[] {
  if (!Array.isArray(ids)) throw new TokenizerError(`decode expects an array of token ids; got ${kindOf(ids)}.`);
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i] as number;
    if (!Number.isInteger(id) || id < 0) {
      throw new TokenizerError(`decode: ids[${i}] = ${String(id)} is not a token id (a non-negative integer below ${vocabSize}).`);
    }
  }
  return ids as number[];
}
