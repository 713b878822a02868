import { describe, expect, it } from 'vitest';
import { DataError, byteTokenizer } from '@stagecoach/core';
import { parseSftArray, parseSftJsonl, sftBatch, tokenizeSftRecord } from '../../src/index.js';
import type { Conversation } from '../../src/index.js';

const tokenizer = byteTokenizer();
const EOS = tokenizer.specialTokens.eos!;

describe('SFT records', () => {
  it.each([
    ['{"messages": [{"role": "robot", "content": "hi"}]}', /data\.jsonl:2: messages\[0\]\.role is "robot"; valid roles: system, user, assistant, tool/],
    ['{"messages": [{"role": "user", "content": 3}]}', /data\.jsonl:2: messages\[0\]\.content must be a string; got 3/],
    ['{"messages": [{"role": "user"}]}', /data\.jsonl:2: messages\[0\]\.content must be a string/],
    ['{"messages": [{"role": "user", "content": "hi"}]}', /data\.jsonl:2: the chat has no assistant turn/],
    ['{"prompt": "a"}', /data\.jsonl:2: an SFT record needs string "prompt" and "completion"/],
    ['{"prompt": "a", "completion": ""}', /data\.jsonl:2: "completion" is empty/],
    ['{not json', /data\.jsonl:2: not valid JSON/],
  ])('refuses %s naming the file and line', (line, message) => {
    const text = `{"prompt": "1+1=", "completion": "2"}\n${line}\n`;
    const error = (() => { try { parseSftJsonl(text, 'data.jsonl'); } catch (e) { return e; } })();
    expect(DataError.isInstance(error)).toBe(true);
    expect((error as Error).message).toMatch(message);
  });

  it('refuses an empty dataset and reads in-memory records', () => {
    expect(() => parseSftJsonl('\n\n', 'empty.jsonl')).toThrow(/empty\.jsonl: the dataset is empty/);
    expect(() => parseSftArray([])).toThrow(/dataset: the dataset is empty/);
    expect(parseSftArray([{ prompt: 'a', completion: 'b' }])[0]).toEqual({ prompt: 'a', completion: 'b', source: 'dataset[0]' });
  });
});

describe('tokenizeSftRecord', () => {
  it('prompt/completion: loss on the completion and EOS only', () => {
    const [record] = parseSftArray([{ prompt: 'Q: 2+2?\nA: ', completion: '4' }]);
    const example = tokenizeSftRecord(record!, tokenizer, 64);
    expect(tokenizer.decode(example.ids.filter((_, i) => example.learn[i] === 1))).toBe('4<|eos|>');
    expect(tokenizer.decode(example.ids.filter((_, i) => example.learn[i] === 0))).toBe('Q: 2+2?\nA: ');
    expect(example.ids.at(-1)).toBe(EOS);
    expect(example.truncated).toBe(0);
  });

  it("chat: loss on each assistant turn (with its end-of-turn token), not on the user's or the markers", () => {
    const [record] = parseSftArray([{ messages: [
      { role: 'system', content: 'Be brief.' }, { role: 'user', content: 'Hi' }, { role: 'assistant', content: 'Hello!' },
      { role: 'user', content: '2+2?' }, { role: 'assistant', content: '4' },
    ] }]);
    const example = tokenizeSftRecord(record!, tokenizer, 256);
    const learned = example.ids.map((id, i) => (example.learn[i] === 1 ? id : -1));
    const pieces = tokenizer.decode(learned.map((id) => (id < 0 ? 10 : id))).split('\n').filter((s) => s.length > 0);
    expect(pieces).toEqual(['Hello!<|eos|>', '4<|eos|>']);
    expect(tokenizer.decode(example.ids)).toBe(tokenizer.applyChatTemplate((record as Conversation).messages));
  });

  it('a ChatML template of the tokenizer (as Qwen2) marks the assistant content and <|im_end|>', () => {
    const chatml = "{% for m in messages %}{{ '<|im_start|>' + m['role'] + '\\n' + m['content'] + '<|im_end|>\\n' }}{% endfor %}"
      + "{% if add_generation_prompt %}{{ '<|im_start|>assistant\\n' }}{% endif %}";
    const [record] = parseSftArray([{ messages: [{ role: 'user', content: 'Hi' }, { role: 'assistant', content: 'Yo' }] }]);
    const example = tokenizeSftRecord(record!, tokenizer, 256, chatml);
    expect(tokenizer.decode(example.ids.filter((_, i) => example.learn[i] === 1))).toBe('Yo<|im_end|>\n');
  });

  it('refuses a template that fails to render, naming the record', () => {
    const [record] = parseSftArray([{ messages: [{ role: 'user', content: 'Hi' }, { role: 'assistant', content: 'Yo' }] }], 'chats');
    expect(() => tokenizeSftRecord(record!, tokenizer, 256, "{{ raise_exception('no system prompt') }}")).toThrow(/chats\[0\]: .*no system prompt/);
  });

  it('truncates to maxLength and counts what it cut', () => {
    const [record] = parseSftArray([{ prompt: 'abc', completion: 'defgh' }]);
    const example = tokenizeSftRecord(record!, tokenizer, 6);
    expect(example.ids.length).toBe(6);
    expect(example.truncated).toBe(3); // 3 + 5 + EOS = 9 tokens
  });
});

describe('sftBatch', () => {
  it('shifts targets, masks prompt targets and padding: the prompt carries no loss', () => {
    const examples = parseSftArray([{ prompt: 'ab', completion: 'c' }, { prompt: 'x', completion: 'yz' }])
      .map((r) => tokenizeSftRecord(r, tokenizer, 16));
    const batch = sftBatch(examples, 5, tokenizer.specialTokens.pad!);
    const row = (b: number, a: Int32Array | Float32Array) => Array.from(a.slice(b * 5, b * 5 + 5));
    const c = (s: string) => s.charCodeAt(0);
    expect(row(0, batch.ids)).toEqual([c('a'), c('b'), c('c'), 258, 258]);
    expect(row(0, batch.targets)).toEqual([c('b'), c('c'), EOS, 258, 258]);
    expect(row(0, batch.mask)).toEqual([0, 1, 1, 0, 0]);
    expect(row(1, batch.mask)).toEqual([1, 1, 1, 0, 0]);
    expect(batch.tokens).toBe(5);
  });
});
