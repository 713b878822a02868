import { DEFAULT_CHAT_TEMPLATE, DataError, StagecoachError } from '@stagecoach/core';
import type { ChatMessage, Tokenizer } from '@stagecoach/core';
import type { PromptRecord, SftRecord } from './sft-records.js';

/** One tokenized example: its ids and, per id, whether the model learns to produce it. */
export interface SftExample {
  ids: number[];
  /** 1 for a completion / assistant token (it carries loss as a target), 0 for a prompt token. */
  learn: number[];
  /** Tokens cut off the end to fit `maxLength`. */
  truncated: number;
  source: string;
}

/**
 * Tokenizes one record, cut to `maxLength` tokens (counted in `truncated`, never silently).
 * - prompt/completion: `encode(prompt)` (with the tokenizer's own special tokens, e.g. BOS), then
 *   `encode(completion)` and EOS, which are learned;
 * - chat: rendered with the chat template one turn at a time, so each assistant turn (what the
 *   template emits for it, including its end-of-turn token) is learned and everything else is not.
 *   The template must render each prefix of the chat as a prefix of the whole (true of common
 *   templates); `DataError` naming the record otherwise, or when it fails to render.
 */
export function tokenizeSftRecord(record: SftRecord, tokenizer: Tokenizer, maxLength: number, template?: string): SftExample {
  const segments: Array<[string, number, boolean]> = []; // [text, learn, addSpecialTokens]
  if ('messages' in record) {
    for (const [text, learn] of chatSegments(record.messages, tokenizer, record.source, template)) segments.push([text, learn, false]);
  } else {
    segments.push([record.prompt, 0, true], [record.completion, 1, false]);
  }
  const ids: number[] = [];
  const learn: number[] = [];
  for (const [text, flag, addSpecialTokens] of segments) {
    if (text.length === 0) continue;
    for (const id of tokenizer.encode(text, { addSpecialTokens })) {
      ids.push(id);
      learn.push(flag);
    }
  }
  const eos = tokenizer.specialTokens.eos;
  if (!('messages' in record) && eos !== undefined) {
    ids.push(eos);
    learn.push(1);
  }
  const truncated = Math.max(0, ids.length - maxLength);
  return { ids: ids.slice(0, maxLength), learn: learn.slice(0, maxLength), truncated, source: record.source };
}

/**
 * The token ids of a prompt to continue (RL rollouts), rendered as {@link tokenizeSftRecord} renders
 * the prompt part of the same record: text with the tokenizer's own special tokens (e.g. BOS); a
 * chat through the chat template (`template`, else the tokenizer's, else Stagecoach's default) with
 * the generation prompt of the next assistant turn. Not truncated. `DataError` naming the record
 * when the template fails to render.
 */
export function tokenizePromptRecord(record: PromptRecord, tokenizer: Tokenizer, template?: string): number[] {
  if (!('messages' in record)) return tokenizer.encode(record.prompt, { addSpecialTokens: true });
  const text = renderChat(record.messages, tokenizer, record.source, template, true);
  return tokenizer.encode(text, { addSpecialTokens: false });
}

/** `messages` through the chat template (`template`, else the tokenizer's, else the default); DataError naming `source`. */
function renderChat(messages: ChatMessage[], tokenizer: Tokenizer, source: string, template: string | undefined, addGenerationPrompt: boolean): string {
  const chosen = template ?? (hasOwnTemplate(tokenizer) ? undefined : DEFAULT_CHAT_TEMPLATE);
  try {
    return tokenizer.applyChatTemplate(messages, { addGenerationPrompt, ...(chosen === undefined ? {} : { template: chosen }) });
  } catch (error) {
    const message = StagecoachError.isInstance(error) ? error.message : String(error);
    throw new DataError(`${source}: ${message}`, { cause: error });
  }
}

/** The rendered chat as `[text, learn]` pieces: the text before each assistant turn, the turn itself, the rest. */
function chatSegments(messages: ChatMessage[], tokenizer: Tokenizer, source: string, template?: string): Array<[string, number]> {
  const render = (upTo: number, addGenerationPrompt: boolean): string =>
    renderChat(messages.slice(0, upTo), tokenizer, source, template, addGenerationPrompt);
  const segments: Array<[string, number]> = [];
  let done = '';
  const extend = (next: string, learn: number, what: string): void => {
    if (!next.startsWith(done)) {
      throw new DataError(
        `${source}: the chat template does not render ${what} as a continuation of the turns before it, so the ` +
          'assistant tokens cannot be told apart; use a template that renders each turn after the previous ones.',
      );
    }
    segments.push([next.slice(done.length), learn]);
    done = next;
  };
  messages.forEach((message, i) => {
    if (message.role !== 'assistant') return;
    extend(render(i, true), 0, `the prompt of turn ${i}`);
    extend(render(i + 1, false), 1, `assistant turn ${i}`);
  });
  extend(render(messages.length, false), 0, 'the end of the chat');
  return segments;
}

function hasOwnTemplate(tokenizer: Tokenizer): boolean {
  const own = tokenizer.tokenizerConfig()['chat_template'];
  return own !== undefined && own !== null;
}
