import { describe, expect, it } from 'vitest';
import { byteTokenizer, DEFAULT_CHAT_TEMPLATE, loadTokenizer, TokenizerError, type ChatMessage } from '@stagecoach/core';
import { gpt2ExcerptJson } from './fixtures/gpt2-excerpt.js';

/** Meta-Llama-3-8B-Instruct's chat_template. */
const LLAMA3 = "{% set loop_messages = messages %}{% for message in loop_messages %}{% set content = '<|start_header_id|>' + message['role'] + '<|end_header_id|>\n\n'+ message['content'] | trim + '<|eot_id|>' %}{% if loop.index0 == 0 %}{% set content = bos_token + content %}{% endif %}{{ content }}{% endfor %}{% if add_generation_prompt %}{{ '<|start_header_id|>assistant<|end_header_id|>\n\n' }}{% endif %}";

/** SmolLM2-Instruct's chat_template (ChatML with a default system prompt). */
const SMOLLM2 = "{% for message in messages %}{% if loop.first and messages[0]['role'] != 'system' %}{{ '<|im_start|>system\nYou are a helpful AI assistant named SmolLM, trained by Hugging Face<|im_end|>\n' }}{% endif %}{{'<|im_start|>' + message['role'] + '\n' + message['content'] + '<|im_end|>' + '\n'}}{% endfor %}{% if add_generation_prompt %}{{ '<|im_start|>assistant\n' }}{% endif %}";

/** Mistral-style template that insists on alternating roles (raise_exception). */
const ALTERNATING = "{{ bos_token }}{% for message in messages %}{% if (message['role'] == 'user') != (loop.index0 % 2 == 0) %}{{ raise_exception('Conversation roles must alternate user/assistant/user/assistant/...') }}{% endif %}{% if message['role'] == 'user' %}{{ '[INST] ' + message['content'] + ' [/INST]' }}{% elif message['role'] == 'assistant' %}{{ message['content'] + eos_token }}{% endif %}{% endfor %}";

const chat: ChatMessage[] = [
  { role: 'system', content: 'You are helpful.' },
  { role: 'user', content: 'What is 2+2? ' },
  { role: 'assistant', content: '4' },
  { role: 'user', content: 'And 3+3?' },
];

describe('applyChatTemplate', () => {
  it('renders the Llama 3 template with bos_token and add_generation_prompt', () => {
    const tok = byteTokenizer({
      specialTokens: ['<|begin_of_text|>', '<|end_of_text|>', '<|start_header_id|>', '<|end_header_id|>', '<|eot_id|>'],
      chatTemplate: LLAMA3,
    });
    const text = tok.applyChatTemplate(chat, { addGenerationPrompt: true });
    expect(text).toBe(
      '<|begin_of_text|><|start_header_id|>system<|end_header_id|>\n\nYou are helpful.<|eot_id|>'
      + '<|start_header_id|>user<|end_header_id|>\n\nWhat is 2+2?<|eot_id|>'
      + '<|start_header_id|>assistant<|end_header_id|>\n\n4<|eot_id|>'
      + '<|start_header_id|>user<|end_header_id|>\n\nAnd 3+3?<|eot_id|>'
      + '<|start_header_id|>assistant<|end_header_id|>\n\n',
    );
    expect(tok.applyChatTemplate(chat.slice(0, 2))).not.toContain('assistant');
    const ids = tok.encode(text, { addSpecialTokens: false });
    expect(ids[0]).toBe(256);
    expect(ids.filter((id) => id === 260)).toHaveLength(4); // <|eot_id|> stays one token
    expect(tok.decode(ids)).toBe(text);
  });

  it('renders SmolLM2 ChatML from tokenizer_config.json, adding the default system prompt', () => {
    const json = gpt2ExcerptJson();
    (json['added_tokens'] as unknown[]).push(
      { id: 50257, content: '<|im_start|>', special: true },
      { id: 50258, content: '<|im_end|>', special: true },
    );
    const tok = loadTokenizer(json, { chat_template: SMOLLM2, bos_token: '<|im_start|>', eos_token: '<|im_end|>' });
    expect(tok.applyChatTemplate([{ role: 'user', content: 'Hi' }], { addGenerationPrompt: true })).toBe(
      '<|im_start|>system\nYou are a helpful AI assistant named SmolLM, trained by Hugging Face<|im_end|>\n'
      + '<|im_start|>user\nHi<|im_end|>\n<|im_start|>assistant\n',
    );
    expect(tok.applyChatTemplate(chat.slice(0, 1))).toBe('<|im_start|>system\nYou are helpful.<|im_end|>\n');
    const ids = tok.encode('<|im_start|>user\n the<|im_end|>');
    expect(ids).toEqual([50257, 84, 82, 263, 198, 262, 50258]); // u s er Ċ Ġthe
  });

  it('uses options.template over the tokenizer one and supports the old list format', () => {
    const tok = byteTokenizer();
    expect(tok.applyChatTemplate(chat.slice(1, 2), { template: '{{ messages[0].content | upper }}' })).toBe('WHAT IS 2+2? ');
    const listed = loadTokenizer(tok.toJSON(), {
      ...tok.tokenizerConfig(),
      chat_template: [{ name: 'tool_use', template: 'tools' }, { name: 'default', template: 'default {{ eos_token }}' }],
    });
    expect(listed.applyChatTemplate([])).toBe('default <|eos|>');
  });

  it('turns raise_exception into a TokenizerError with the template message', () => {
    const tok = byteTokenizer({ chatTemplate: ALTERNATING });
    expect(tok.applyChatTemplate(chat.slice(1))).toBe('<|bos|>[INST] What is 2+2?  [/INST]4<|eos|>[INST] And 3+3? [/INST]');
    expect(() => tok.applyChatTemplate(chat)).toThrow(TokenizerError);
    expect(() => tok.applyChatTemplate(chat)).toThrow(/Conversation roles must alternate/);
  });

  it('says how to pass a template when the tokenizer has none', () => {
    const tok = loadTokenizer(gpt2ExcerptJson());
    expect(() => tok.applyChatTemplate(chat)).toThrow(/no chat template.*\{ template \}/);
    expect(tok.applyChatTemplate(chat.slice(1, 3), { template: DEFAULT_CHAT_TEMPLATE }))
      .toBe('<|endoftext|><|user|>\nWhat is 2+2? <|endoftext|><|assistant|>\n4<|endoftext|>');
  });

  it('default template works without BOS/EOS (turns end with a newline)', () => {
    const tok = byteTokenizer({ specialTokens: [] });
    expect(tok.applyChatTemplate([{ role: 'user', content: 'hi' }], { addGenerationPrompt: true })).toBe('<|user|>\nhi\n<|assistant|>\n');
  });

  it('rejects malformed messages and templates', () => {
    const tok = byteTokenizer();
    expect(() => tok.applyChatTemplate([{ role: 'user' } as ChatMessage])).toThrow(/messages\[0\] must have a string role and a string content/);
    expect(() => tok.applyChatTemplate(chat, { template: '{% for %}' })).toThrow(/does not parse as Jinja/);
  });
});
