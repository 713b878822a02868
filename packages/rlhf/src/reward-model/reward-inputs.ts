import { DataError } from '@stagecoach/core';
import type { ChatMessage, Tokenizer } from '@stagecoach/core';
import { parseSftRecord, tokenizeSftRecord } from '@stagecoach/lora';

/** What a reward model reads a response after: a text prompt, or a conversation (rendered with the chat template). */
export type RewardPrompt = string | readonly ChatMessage[];

/** A response: text, or (after a chat prompt) the assistant turn(s) as messages. */
export type RewardResponse = string | readonly ChatMessage[];

/** A tokenized prompt + response, with how many tokens were cut off the end to fit. */
export interface RewardSequence {
  ids: number[];
  truncated: number;
}

/**
 * The token ids a reward model scores for `prompt` + `response`, rendered as `SFTTrainer` renders the
 * same record: text as `encode(prompt)` (with the tokenizer's own special tokens) + `encode(response)` + EOS;
 * a chat through the chat template (`template`, else the tokenizer's, else Stagecoach's default), a text
 * response becoming the assistant turn. Cut to `maxLength` tokens (counted in `truncated`).
 * `DataError` naming `source` for a bad chat.
 */
export function rewardSequence(
  prompt: RewardPrompt,
  response: RewardResponse,
  tokenizer: Tokenizer,
  options: { source: string; maxLength: number; chatTemplate?: string },
): RewardSequence {
  const { source, maxLength, chatTemplate } = options;
  if (typeof prompt === 'string') {
    if (typeof response !== 'string') throw new DataError(`${source}: after a text prompt the response must be text; got a list of messages.`);
    return tokenizeSftRecord({ prompt, completion: response, source }, tokenizer, maxLength);
  }
  const reply: ChatMessage[] = typeof response === 'string' ? [{ role: 'assistant', content: response }] : [...response];
  const record = parseSftRecord({ messages: [...prompt, ...reply] }, source);
  return tokenizeSftRecord(record, tokenizer, maxLength, chatTemplate);
}
