import { ConfigError } from '@stagecoach/core';
import type { Tokenizer } from '@stagecoach/core';
import { parsePromptArray, parsePromptJsonl, readDatasetText, tokenizePromptRecord } from '@stagecoach/lora';

/** A tokenized prompt with its record. */
export interface RLPrompt {
  ids: number[];
  /** The prompt text the model sees (chat records rendered with the template), given to the reward. */
  text: string;
  /** The whole dataset record (e.g. its `answer`), given to the reward. */
  record: Record<string, unknown>;
  source: string;
}

/**
 * Reads and tokenizes the prompts (a JSONL file or records, the SFT formats: `{ prompt }` or
 * `{ messages }`; see `parsePromptRecord`). `ConfigError` naming the record when a prompt leaves no
 * room for `maxNewTokens` new tokens within `contextLength`.
 */
export async function loadPrompts(
  data: string | readonly unknown[],
  tokenizer: Tokenizer,
  limits: { contextLength: number; maxNewTokens: number },
  template?: string,
): Promise<RLPrompt[]> {
  const records = typeof data === 'string' ? parsePromptJsonl(await readDatasetText(data), data) : parsePromptArray(data, 'prompts');
  const room = limits.contextLength - limits.maxNewTokens;
  return records.map((record) => {
    const ids = tokenizePromptRecord(record, tokenizer, template);
    if (ids.length === 0) throw new ConfigError(`${record.source}: the prompt encodes to no tokens; give it some text.`);
    if (ids.length > room) {
      throw new ConfigError(
        `${record.source}: the prompt has ${ids.length} tokens, but the model's context is ${limits.contextLength} and maxNewTokens is `
        + `${limits.maxNewTokens}, which leaves ${room} for the prompt. Shorten or drop the prompt, or lower maxNewTokens.`,
      );
    }
    const text = 'messages' in record ? tokenizer.decode(ids) : record.prompt;
    return { ids, text, record: record.fields, source: record.source };
  });
}
