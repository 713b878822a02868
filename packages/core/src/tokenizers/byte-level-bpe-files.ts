import { TokenizerError } from '../errors.js';
import { guessRoleToken, SPECIAL_ROLES, type SpecialRole } from './special-tokens.js';

/** Special tokens of Stagecoach's own tokenizers unless told otherwise. */
export const DEFAULT_SPECIAL_TOKENS: readonly string[] = ['<|bos|>', '<|eos|>', '<|pad|>'];

/** Options shared by `byteTokenizer` and `trainBpe` for special tokens. */
export interface OwnSpecialTokenOptions {
  /** Special tokens, given ids after the byte/merged tokens in this order. Default `<|bos|>`, `<|eos|>`, `<|pad|>`. */
  specialTokens?: string[];
  /** Which special token is BOS. Default: the first of `<|bos|>`, `<s>`, `<|begin_of_text|>`, ... in `specialTokens`. */
  bosToken?: string | null;
  /** Which special token is EOS. Default: the first of `<|eos|>`, `</s>`, `<|endoftext|>`, ... in `specialTokens`. */
  eosToken?: string | null;
  /** Which special token is PAD. Default: `<|pad|>`, `<pad>` or `[PAD]` when in `specialTokens`. */
  padToken?: string | null;
  /** Which special token is UNK (byte-level tokenizers never need one). Default: `<|unk|>`/`<unk>` when present. */
  unkToken?: string | null;
  /** `encode` starts every text with BOS (a TemplateProcessing post-processor). Default false. */
  addBosToken?: boolean;
  /** Jinja chat template. Default `DEFAULT_CHAT_TEMPLATE`. */
  chatTemplate?: string;
}

export type RoleTokens = Partial<Record<SpecialRole, string>>;

const ROLE_OPTION = { bos: 'bosToken', eos: 'eosToken', pad: 'padToken', unk: 'unkToken' } as const;

/** Validates `specialTokens` and picks the token of each role. */
export function resolveOwnSpecialTokens(options: OwnSpecialTokenOptions): { specialTokens: string[]; roles: RoleTokens } {
  const specialTokens = options.specialTokens ?? [...DEFAULT_SPECIAL_TOKENS];
  if (!Array.isArray(specialTokens)) {
    throw new TokenizerError('specialTokens must be an array of strings, e.g. ["<|bos|>", "<|eos|>", "<|pad|>"].');
  }
  const seen = new Set<string>();
  specialTokens.forEach((token, i) => {
    if (typeof token !== 'string' || token.length === 0) {
      throw new TokenizerError(`specialTokens[${i}] must be a non-empty string; got ${JSON.stringify(token)}.`);
    }
    if (seen.has(token)) throw new TokenizerError(`specialTokens[${i}] "${token}" appears twice; list each token once.`);
    seen.add(token);
  });
  const roles: RoleTokens = {};
  for (const role of SPECIAL_ROLES) {
    const option = ROLE_OPTION[role];
    const chosen = options[option];
    if (chosen === null) continue;
    if (chosen === undefined) {
      const guess = guessRoleToken(role, specialTokens);
      if (guess !== undefined) roles[role] = guess;
      continue;
    }
    if (!seen.has(chosen)) {
      throw new TokenizerError(
        `${option} "${chosen}" is not one of specialTokens [${specialTokens.map((t) => JSON.stringify(t)).join(', ')}]; `
        + `add it to specialTokens or pick one of those.`,
      );
    }
    roles[role] = chosen;
  }
  if (options.addBosToken && roles.bos === undefined) {
    throw new TokenizerError('addBosToken is true but there is no BOS token: set bosToken to one of specialTokens.');
  }
  return { specialTokens, roles };
}

export interface ByteLevelBpeSpec {
  /** Token strings (byte-level alphabet) of ids 0..vocab.length-1; ids 0..255 are the bytes. */
  vocab: readonly string[];
  /** Merges in rank order, as byte-level string pairs. */
  merges: ReadonlyArray<readonly [string, string]>;
  /** Special tokens, given ids vocab.length, vocab.length + 1, ... */
  specialTokens: readonly string[];
  roles: RoleTokens;
  addBosToken: boolean;
  chatTemplate: string;
}

const BYTE_LEVEL = { type: 'ByteLevel', add_prefix_space: false, trim_offsets: true, use_regex: true };

/**
 * Writes a byte-level BPE tokenizer as Hugging Face files, in the layout the Python `tokenizers` library
 * serializes (GPT-2 style: ByteLevel pre-tokenizer and decoder, BPE model, special added tokens).
 */
export function byteLevelBpeFiles(spec: ByteLevelBpeSpec): { json: Record<string, unknown>; config: Record<string, unknown> } {
  const vocab: Record<string, number> = {};
  spec.vocab.forEach((token, id) => {
    vocab[token] = id;
  });
  const addedTokens = spec.specialTokens.map((content, i) => ({
    id: spec.vocab.length + i,
    content,
    single_word: false,
    lstrip: false,
    rstrip: false,
    normalized: false,
    special: true,
  }));
  const bos = spec.roles.bos;
  const bosId = addedTokens.find((t) => t.content === bos)?.id;
  const postProcessor = spec.addBosToken && bos !== undefined && bosId !== undefined
    ? {
        type: 'TemplateProcessing',
        single: [{ SpecialToken: { id: bos, type_id: 0 } }, { Sequence: { id: 'A', type_id: 0 } }],
        pair: [
          { SpecialToken: { id: bos, type_id: 0 } },
          { Sequence: { id: 'A', type_id: 0 } },
          { SpecialToken: { id: bos, type_id: 1 } },
          { Sequence: { id: 'B', type_id: 1 } },
        ],
        special_tokens: { [bos]: { id: bos, ids: [bosId], tokens: [bos] } },
      }
    : { ...BYTE_LEVEL, trim_offsets: false };
  const json: Record<string, unknown> = {
    version: '1.0',
    truncation: null,
    padding: null,
    added_tokens: addedTokens,
    normalizer: null,
    pre_tokenizer: { ...BYTE_LEVEL },
    post_processor: postProcessor,
    decoder: { ...BYTE_LEVEL },
    model: {
      type: 'BPE',
      dropout: null,
      unk_token: null,
      continuing_subword_prefix: null,
      end_of_word_suffix: null,
      fuse_unk: false,
      byte_fallback: false,
      ignore_merges: false,
      vocab,
      merges: spec.merges.map(([a, b]) => `${a} ${b}`),
    },
  };
  const addedTokensDecoder: Record<string, unknown> = {};
  for (const t of addedTokens) {
    addedTokensDecoder[String(t.id)] = {
      content: t.content, lstrip: false, normalized: false, rstrip: false, single_word: false, special: true,
    };
  }
  const config: Record<string, unknown> = {
    add_bos_token: spec.addBosToken,
    add_eos_token: false,
    added_tokens_decoder: addedTokensDecoder,
  };
  for (const role of SPECIAL_ROLES) {
    const token = spec.roles[role];
    if (token !== undefined) config[`${role}_token`] = token;
  }
  Object.assign(config, {
    chat_template: spec.chatTemplate,
    clean_up_tokenization_spaces: false,
    model_max_length: 1_000_000_000,
    tokenizer_class: 'PreTrainedTokenizerFast',
  });
  return { json, config };
}
