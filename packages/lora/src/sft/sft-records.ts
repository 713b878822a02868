import { DataError } from '@stagecoach/core';
import type { ChatMessage } from '@stagecoach/core';

/** A prompt and the response to learn: loss on `completion` only. */
export interface PromptCompletion {
  prompt: string;
  completion: string;
}

/** A chat: loss on the assistant turns only. */
export interface Conversation {
  messages: ChatMessage[];
}

/** One supervised example, with where it came from (for error messages). */
export type SftRecord = (PromptCompletion | Conversation) & { source: string };

/** The roles a chat record may use. */
export const CHAT_ROLES: readonly string[] = ['system', 'user', 'assistant', 'tool'];

/**
 * Checks one parsed record (`{ prompt, completion }` or `{ messages: [{ role, content }] }`) and
 * returns it typed. `DataError` naming `where` (file and line, or array index) for anything else:
 * an unknown role, missing or non-string content, a chat with no assistant turn.
 */
export function parseSftRecord(value: unknown, where: string): SftRecord {
  const record = checkObject(value, where, 'an SFT record must be an object with "prompt" and "completion", or "messages"');
  if ('messages' in record) {
    const messages = checkMessages(record['messages'], where);
    if (!messages.some((m) => m.role === 'assistant')) {
      throw new DataError(`${where}: the chat has no assistant turn, so nothing to learn from; add one or drop the record.`);
    }
    return { messages, source: where };
  }
  const { prompt, completion } = record;
  if (typeof prompt !== 'string' || typeof completion !== 'string') {
    throw new DataError(
      `${where}: an SFT record needs string "prompt" and "completion" (or "messages"); got keys ${Object.keys(record).join(', ') || '(none)'}.`,
    );
  }
  if (completion.length === 0) throw new DataError(`${where}: "completion" is empty, so nothing to learn from.`);
  return { prompt, completion, source: where };
}

/**
 * A prompt to continue (RL): the same formats as an SFT record, without the response. `prompt` is
 * text; `messages` is a chat whose next assistant turn the model writes. `fields` is the whole record
 * as parsed (e.g. an `answer` for a reward to check against).
 */
export type PromptRecord = ({ prompt: string } | Conversation) & { source: string; fields: Record<string, unknown> };

/**
 * Checks one parsed prompt record: `{ prompt }` or `{ messages: [{ role, content }] }`, other fields
 * kept. A response in the record (`completion`, or a final assistant turn) is not part of the prompt:
 * it is dropped from it (and stays in `fields`), so SFT data can serve as RL prompts. `DataError`
 * naming `where` for anything else.
 */
export function parsePromptRecord(value: unknown, where: string): PromptRecord {
  const record = checkObject(value, where, 'a prompt record must be an object with "prompt", or "messages"');
  if ('messages' in record) {
    const messages = checkMessages(record['messages'], where);
    while (messages.at(-1)?.role === 'assistant') messages.pop();
    if (messages.length === 0) throw new DataError(`${where}: the chat holds only assistant turns; a prompt needs a turn for the model to answer.`);
    return { messages, source: where, fields: record };
  }
  const { prompt } = record;
  if (typeof prompt !== 'string' || prompt.length === 0) {
    throw new DataError(`${where}: a prompt record needs a non-empty string "prompt" (or "messages"); got keys ${Object.keys(record).join(', ') || '(none)'}.`);
  }
  return { prompt, source: where, fields: record };
}

function checkObject(value: unknown, where: string, what: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new DataError(`${where}: ${what}; got ${preview(value)}.`);
  return value as Record<string, unknown>;
}

/** A copy of a record's `messages`, each checked: a non-empty list of `{ role, content }` with known roles. */
function checkMessages(messages: unknown, where: string): ChatMessage[] {
  if (!Array.isArray(messages) || messages.length === 0) {
    throw new DataError(`${where}: "messages" must be a non-empty list of { role, content }; got ${preview(messages)}.`);
  }
  messages.forEach((m: unknown, i) => {
    const message = m as Record<string, unknown> | null;
    if (typeof message !== 'object' || message === null) throw new DataError(`${where}: messages[${i}] must be an object { role, content }.`);
    if (typeof message['role'] !== 'string' || !CHAT_ROLES.includes(message['role'])) {
      throw new DataError(`${where}: messages[${i}].role is ${preview(message['role'])}; valid roles: ${CHAT_ROLES.join(', ')}.`);
    }
    if (typeof message['content'] !== 'string') {
      throw new DataError(`${where}: messages[${i}].content must be a string; got ${preview(message['content'])}.`);
    }
  });
  return (messages as ChatMessage[]).map((m) => ({ role: m.role, content: m.content }));
}

/** Records from JSONL text (one object a line; blank lines skipped), each checked; `DataError` naming `file:line`. */
export function parseSftJsonl(text: string, file: string): SftRecord[] {
  return parseJsonlRecords(text, file, parseSftRecord);
}

/** Records from an in-memory list, each checked; `DataError` naming the index. */
export function parseSftArray(values: readonly unknown[], name = 'dataset'): SftRecord[] {
  return parseArray(values, name, parseSftRecord);
}

/** Prompt records from JSONL text (see {@link parsePromptRecord}); `DataError` naming `file:line`. */
export function parsePromptJsonl(text: string, file: string): PromptRecord[] {
  return parseJsonlRecords(text, file, parsePromptRecord);
}

/** Prompt records from an in-memory list (see {@link parsePromptRecord}); `DataError` naming the index. */
export function parsePromptArray(values: readonly unknown[], name = 'prompts'): PromptRecord[] {
  return parseArray(values, name, parsePromptRecord);
}

/**
 * JSONL text (one object a line; blank lines skipped), each value checked by `parse` with its `file:line`;
 * `DataError` naming `file:line` for a line that is not JSON, `file` for no lines at all.
 */
export function parseJsonlRecords<T>(text: string, file: string, parse: (value: unknown, where: string) => T): T[] {
  const records: T[] = [];
  text.split('\n').forEach((line, i) => {
    if (line.trim().length === 0) return;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (error) {
      throw new DataError(`${file}:${i + 1}: not valid JSON (${(error as Error).message}).`, { cause: error });
    }
    records.push(parse(value, `${file}:${i + 1}`));
  });
  if (records.length === 0) throw new DataError(`${file}: the dataset is empty (no JSON lines).`);
  return records;
}

function parseArray<R>(values: readonly unknown[], name: string, parse: (value: unknown, where: string) => R): R[] {
  if (values.length === 0) throw new DataError(`${name}: the dataset is empty.`);
  return values.map((value, i) => parse(value, `${name}[${i}]`));
}

/** The text of a dataset file; `DataError` naming the file when it cannot be read. */
export async function readDatasetText(path: string): Promise<string> {
  const { readFile } = await import('node:fs/promises');
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    throw new DataError(`${path}: cannot read the dataset (${(error as Error).message}).`, { cause: error });
  }
}

/** A value as short JSON for error messages (cut at 60 characters). */
export function preview(value: unknown): string {
  const text = JSON.stringify(value);
  return text === undefined ? String(value) : text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
