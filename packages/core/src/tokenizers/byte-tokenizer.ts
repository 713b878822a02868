import { BYTE_TO_UNICODE } from './byte-level.js';
import { byteLevelBpeFiles, resolveOwnSpecialTokens, type OwnSpecialTokenOptions } from './byte-level-bpe-files.js';
import { DEFAULT_CHAT_TEMPLATE } from './chat-template.js';
import { checkIds, HuggingFaceTokenizer } from './hugging-face-tokenizer.js';
import { specialTokenPattern } from './special-tokens.js';
import type { DecodeOptions, EncodeOptions, Tokenizer } from './tokenizer.js';

export type ByteTokenizerOptions = OwnSpecialTokenOptions;

/**
 * Ids 0..255 are the UTF-8 bytes, then the special tokens. Its tokenizer.json is a byte-level BPE without
 * merges, so `loadTokenizer(t.toJSON(), t.tokenizerConfig())` (or Python `tokenizers`) gives the same ids;
 * encode/decode here skip the general BPE machinery.
 */
class ByteTokenizer extends HuggingFaceTokenizer {
  private readonly specialIds = new Map<string, number>();
  private readonly specialById = new Map<number, string>();
  private readonly specialPattern: RegExp | undefined;
  private readonly encoder = new TextEncoder();
  private readonly decoder = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true });
  private readonly prependBos: boolean;

  constructor(json: Record<string, unknown>, config: Record<string, unknown>, specialTokens: readonly string[], addBos: boolean) {
    super(json, config);
    specialTokens.forEach((token, i) => {
      this.specialIds.set(token, 256 + i);
      this.specialById.set(256 + i, token);
    });
    this.specialPattern = specialTokenPattern(specialTokens);
    this.prependBos = (addBos || config['add_bos_token'] === true) && this.specialTokens.bos !== undefined;
  }

  override encode(text: string, options: EncodeOptions = {}): number[] {
    if (typeof text !== 'string') return super.encode(text, options);
    const ids: number[] = [];
    if (this.prependBos && (options.addSpecialTokens ?? true)) ids.push(this.specialTokens.bos as number);
    const pushBytes = (part: string): void => {
      for (const b of this.encoder.encode(part)) ids.push(b);
    };
    if (this.specialPattern === undefined) {
      pushBytes(text);
      return ids;
    }
    let start = 0;
    for (const match of text.matchAll(this.specialPattern)) {
      pushBytes(text.slice(start, match.index));
      ids.push(this.specialIds.get(match[0]) as number);
      start = match.index + match[0].length;
    }
    pushBytes(text.slice(start));
    return ids;
  }

  override decode(ids: readonly number[], options: DecodeOptions = {}): string {
    checkIds(ids, this.vocabSize);
    let text = '';
    let bytes: number[] = [];
    const flush = (): void => {
      if (bytes.length > 0) text += this.decoder.decode(new Uint8Array(bytes));
      bytes = [];
    };
    for (const id of ids) {
      if (id < 256) {
        bytes.push(id);
        continue;
      }
      const special = this.specialById.get(id);
      // Unknown ids are skipped, as in Hugging Face; so are special tokens when asked, without splitting the bytes around them.
      if (special === undefined || options.skipSpecialTokens) continue;
      flush();
      text += special;
    }
    flush();
    return text;
  }
}

/**
 * A byte-level tokenizer: 256 byte tokens plus special tokens (default `<|bos|>`, `<|eos|>`, `<|pad|>` at ids
 * 256, 257, 258). `encode` gives the UTF-8 bytes of the text (special-token strings in the text become their
 * ids); nothing is added around a text unless `addBosToken` is set. Comes with `DEFAULT_CHAT_TEMPLATE`.
 */
export function byteTokenizer(options: ByteTokenizerOptions = {}): Tokenizer {
  const { specialTokens, roles } = resolveOwnSpecialTokens(options);
  const addBosToken = options.addBosToken ?? false;
  const { json, config } = byteLevelBpeFiles({
    vocab: BYTE_TO_UNICODE,
    merges: [],
    specialTokens,
    roles,
    addBosToken,
    chatTemplate: options.chatTemplate ?? DEFAULT_CHAT_TEMPLATE,
  });
  return new ByteTokenizer(json, config, specialTokens, addBosToken);
}

type Json = Record<string, unknown>;

function isType(value: unknown, type: string): boolean {
  return typeof value === 'object' && value !== null && (value as { type?: unknown }).type === type;
}

/**
 * The fast byte tokenizer for a tokenizer.json that is exactly a byte tokenizer's (ids 0..255 the bytes, no
 * merges, ByteLevel without prefix space, special tokens 256.. in order, nothing or BOS added), else undefined.
 */
export function byteTokenizerFromJson(json: Json, config: Json): Tokenizer | undefined {
  const model = json['model'] as Json | undefined;
  if (!isType(model, 'BPE') || !Array.isArray(model?.['merges']) || (model['merges'] as unknown[]).length !== 0) return undefined;
  const vocab = model['vocab'] as Record<string, unknown> | undefined;
  if (typeof vocab !== 'object' || vocab === null || Object.keys(vocab).length !== 256) return undefined;
  if (!BYTE_TO_UNICODE.every((c, b) => vocab[c] === b)) return undefined;
  if (model['dropout'] || model['byte_fallback'] || model['end_of_word_suffix'] || model['continuing_subword_prefix']) return undefined;
  if (json['normalizer'] !== null && json['normalizer'] !== undefined) return undefined;
  const pre = json['pre_tokenizer'] as Json | undefined;
  if (!isType(pre, 'ByteLevel') || pre?.['add_prefix_space'] === true || !isType(json['decoder'], 'ByteLevel')) return undefined;
  const added = (json['added_tokens'] ?? []) as Array<Record<string, unknown>>;
  if (!Array.isArray(added)) return undefined;
  const specialTokens: string[] = [];
  for (const [i, t] of added.entries()) {
    if (t['id'] !== 256 + i || typeof t['content'] !== 'string' || t['special'] !== true) return undefined;
    if (t['lstrip'] === true || t['rstrip'] === true || t['single_word'] === true) return undefined;
    specialTokens.push(t['content']);
  }
  // Post-processor: nothing added (null or ByteLevel), or BOS alone before the text.
  const post = json['post_processor'] as Json | null | undefined;
  if (post !== null && post !== undefined && !isType(post, 'ByteLevel')) {
    const single = post['single'] as Array<Record<string, { id?: unknown }>> | undefined;
    const bos = single?.[0]?.['SpecialToken']?.id;
    if (!isType(post, 'TemplateProcessing') || single?.length !== 2 || typeof bos !== 'string'
      || single[1]?.['Sequence']?.id !== 'A') return undefined;
    const tokenizer = new ByteTokenizer(json, config, specialTokens, true);
    if (tokenizer.specialTokens.bos !== 256 + specialTokens.indexOf(bos)) return undefined;
    return tokenizer;
  }
  return new ByteTokenizer(json, config, specialTokens, false);
}
