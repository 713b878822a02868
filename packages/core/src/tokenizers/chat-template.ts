import { Template } from '@huggingface/jinja';
import { TokenizerError } from '../errors.js';
import type { ChatMessage } from './tokenizer.js';

/**
 * The chat template of Stagecoach's own tokenizers (byte-level and trained BPE): ChatML-like, with plain-text
 * role markers and the tokenizer's EOS closing every turn (a newline without EOS), so a model learns to stop
 * after its answer:
 * `<|bos|><|user|>\nHi<|eos|><|assistant|>\nHello!<|eos|>`.
 */
export const DEFAULT_CHAT_TEMPLATE =
  '{% if bos_token is defined and bos_token %}{{ bos_token }}{% endif %}'
  + "{% for message in messages %}{{ '<|' + message['role'] + '|>\\n' + message['content'] }}"
  + "{% if eos_token is defined and eos_token %}{{ eos_token }}{% else %}{{ '\\n' }}{% endif %}{% endfor %}"
  + "{% if add_generation_prompt %}{{ '<|assistant|>\\n' }}{% endif %}";

const parsed = new Map<string, Template>();

function parseTemplate(template: string): Template {
  let result = parsed.get(template);
  if (result === undefined) {
    try {
      result = new Template(template);
    } catch (error) {
      throw new TokenizerError(`The chat template does not parse as Jinja: ${(error as Error).message}`, { cause: error });
    }
    if (parsed.size > 16) parsed.clear();
    parsed.set(template, result);
  }
  return result;
}

/**
 * Picks the chat template of a tokenizer_config.json: a string, or (older files) a list of
 * `{ name, template }` of which the one named `default` is used.
 */
export function configChatTemplate(config: Record<string, unknown>): string | undefined {
  const value = config['chat_template'];
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) {
    const entries = value as Array<{ name?: unknown; template?: unknown }>;
    const chosen = entries.find((e) => e.name === 'default') ?? entries[0];
    if (chosen && typeof chosen.template === 'string') return chosen.template;
  }
  throw new TokenizerError(
    'tokenizer_config.json chat_template must be a string or a list of { name, template }; '
    + `got ${JSON.stringify(value).slice(0, 80)}.`,
  );
}

/**
 * Renders a Hugging Face chat template the way `transformers` does (Jinja with trim_blocks and lstrip_blocks,
 * `raise_exception`, `messages`, `add_generation_prompt` and the special-token strings as variables).
 */
export function renderChatTemplate(
  template: string,
  messages: ChatMessage[],
  variables: Record<string, unknown>,
): string {
  if (!Array.isArray(messages)) {
    throw new TokenizerError('applyChatTemplate: messages must be an array of { role, content }.');
  }
  messages.forEach((m, i) => {
    if (typeof m?.role !== 'string' || typeof m.content !== 'string') {
      throw new TokenizerError(`applyChatTemplate: messages[${i}] must have a string role and a string content.`);
    }
  });
  const compiled = parseTemplate(template);
  try {
    return compiled.render({ ...variables, messages });
  } catch (error) {
    throw new TokenizerError(`The chat template failed to render: ${(error as Error).message}`, { cause: error });
  }
}
