export type {
  ChatMessage, ChatTemplateOptions, DecodeOptions, EncodeOptions, SpecialTokens, Tokenizer,
} from './tokenizer.js';
export { loadTokenizer } from './load-tokenizer.js';
export { byteTokenizer, type ByteTokenizerOptions } from './byte-tokenizer.js';
export { DEFAULT_SPECIAL_TOKENS, type OwnSpecialTokenOptions } from './byte-level-bpe-files.js';
export { DEFAULT_CHAT_TEMPLATE, renderChatTemplate } from './chat-template.js';
export { trainBpe, type TrainBpeOptions, type TrainBpeProgress } from './train-bpe.js';
export { saveTokenizerFiles, tokenizerFromFiles, TOKENIZER_FILE_NAMES, type TokenizerFiles } from './tokenizer-files.js';
export { StreamDecoder } from './stream-decoder.js';
export { extendBpe, type ExtendBpeOptions } from './extend-bpe.js';
