import { DataError } from '@stagecoach/core';
import type { ChatMessage } from '@stagecoach/core';
import { parseJsonlRecords, preview } from '@stagecoach/lora';
import type { RewardPrompt, RewardResponse } from '../reward-model/reward-inputs.js';

/** One preference: the response people preferred and the one they did not, to the same prompt. */
export interface PreferencePair {
  /** Text, or the chat before the responses (empty when the conversations hold their own prompt). */
  prompt: RewardPrompt;
  chosen: RewardResponse;
  rejected: RewardResponse;
  /** How far the chosen reward should lead (the Bradley–Terry margin). Default 0. */
  margin?: number;
  /** Where the record came from (file and line, or array index), for messages. */
  source: string;
}

const FORMATS =
  'a preference record is {"prompt", "chosen", "rejected"} with text values, or {"chosen": [messages], "rejected": [messages]} ' +
  '(optionally with "prompt": [messages] before both)';

/**
 * Checks one parsed preference record and returns it typed; `DataError` naming `where` for anything else
 * (a missing side, text mixed with messages, a non-numeric margin; chat messages are checked when rendered).
 */
export function parsePreferenceRecord(value: unknown, where: string): PreferencePair {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new DataError(`${where}: ${FORMATS}; got ${preview(value)}.`);
  }
  const { prompt, chosen, rejected, margin } = value as Record<string, unknown>;
  if (chosen === undefined || rejected === undefined) {
    throw new DataError(`${where}: ${FORMATS}; "${chosen === undefined ? 'chosen' : 'rejected'}" is missing (keys: ${Object.keys(value).join(', ') || 'none'}).`);
  }
  if (margin !== undefined && (typeof margin !== 'number' || !Number.isFinite(margin))) {
    throw new DataError(`${where}: "margin" must be a finite number; got ${preview(margin)}.`);
  }
  const extra = margin === undefined ? { source: where } : { margin, source: where };
  if (typeof chosen === 'string' && typeof rejected === 'string' && (prompt === undefined || typeof prompt === 'string')) {
    return { prompt: prompt ?? '', chosen, rejected, ...extra };
  }
  if (isMessageList(chosen) && isMessageList(rejected) && (prompt === undefined || isMessageList(prompt))) {
    return { prompt: prompt ?? [], chosen, rejected, ...extra };
  }
  const kind = (v: unknown): string => (v === undefined ? 'absent' : typeof v === 'string' ? 'text' : Array.isArray(v) ? 'messages' : preview(v));
  throw new DataError(
    `${where}: ${FORMATS}; got prompt ${kind(prompt)}, chosen ${kind(chosen)}, rejected ${kind(rejected)} (text and messages cannot mix).`,
  );
}

/** Pairs from JSONL text (one record a line, blank lines skipped); `DataError` naming `file:line`. */
export function parsePreferenceJsonl(text: string, file: string): PreferencePair[] {
  return parseJsonlRecords(text, file, parsePreferenceRecord);
}

/** Pairs from an in-memory list; `DataError` naming the index. */
export function parsePreferenceArray(values: readonly unknown[], name = 'dataset'): PreferencePair[] {
  if (values.length === 0) throw new DataError(`${name}: the dataset is empty.`);
  return values.map((value, i) => parsePreferenceRecord(value, `${name}[${i}]`));
}

function isMessageList(value: unknown): value is ChatMessage[] {
  return Array.isArray(value);
}
