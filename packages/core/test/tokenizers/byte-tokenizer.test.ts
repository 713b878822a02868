import { describe, expect, it } from 'vitest';
import { Tokenizer as HfTokenizer } from '@huggingface/tokenizers';
import { byteTokenizer, loadTokenizer, TokenizerError } from '@stagecoach/core';
import { HuggingFaceTokenizer } from '../../src/tokenizers/hugging-face-tokenizer.js';

const texts = ['', 'hello world', 'héllo wörld — ünïcödé', '日本語のテキスト', 'emoji 👩‍👩‍👧 🚀!', '\n\t  spaces  \r\n', 'a\u0000b'];

describe('byteTokenizer', () => {
  it('encodes UTF-8 bytes and decodes them back', () => {
    const tok = byteTokenizer();
    for (const text of texts) {
      const ids = tok.encode(text);
      expect(ids).toEqual(Array.from(new TextEncoder().encode(text)));
      expect(tok.decode(ids)).toBe(text);
    }
    expect(tok.encode('')).toEqual([]);
    expect(tok.decode([])).toBe('');
  });

  it('has special tokens at 256.. and finds them in text', () => {
    const tok = byteTokenizer();
    expect(tok.vocabSize).toBe(259);
    expect(tok.specialTokens).toEqual({ bos: 256, eos: 257, pad: 258 });
    expect(tok.tokenToId('<|eos|>')).toBe(257);
    expect(tok.encode('hi<|eos|>')).toEqual([104, 105, 257]);
    expect(tok.decode([256, 104, 105, 257])).toBe('<|bos|>hi<|eos|>');
    expect(tok.decode([256, 104, 105, 257], { skipSpecialTokens: true })).toBe('hi');
  });

  it('replaces a split multi-byte sequence with U+FFFD', () => {
    const tok = byteTokenizer();
    const ids = tok.encode('🚀');
    expect(ids).toHaveLength(4);
    expect(tok.decode(ids.slice(0, 2))).toBe('\uFFFD');
    expect(tok.decode([...ids.slice(0, 2), 257, ...ids])).toBe('\uFFFD<|eos|>🚀');
  });

  it('adds BOS only when asked', () => {
    const tok = byteTokenizer({ addBosToken: true });
    expect(tok.encode('a')).toEqual([256, 97]);
    expect(tok.encode('a', { addSpecialTokens: false })).toEqual([97]);
  });

  it('custom special tokens and roles', () => {
    const tok = byteTokenizer({ specialTokens: ['<s>', '</s>', '<|user|>'] });
    expect(tok.specialTokens).toEqual({ bos: 256, eos: 257 });
    expect(tok.encode('<|user|>x')).toEqual([258, 120]);
    expect(() => byteTokenizer({ specialTokens: ['<a>'], eosToken: '<b>' })).toThrow(/eosToken "<b>" is not one of specialTokens/);
    expect(() => byteTokenizer({ specialTokens: ['<a>', '<a>'] })).toThrow(TokenizerError);
  });

  it('its tokenizer.json gives the same ids through @huggingface/tokenizers', () => {
    for (const addBosToken of [false, true]) {
      const tok = byteTokenizer({ addBosToken });
      const loaded = new HuggingFaceTokenizer(tok.toJSON(), tok.tokenizerConfig());
      const raw = new HfTokenizer(tok.toJSON(), tok.tokenizerConfig());
      expect(raw.encode('héllo<|eos|>').ids).toEqual(tok.encode('héllo<|eos|>'));
      expect(loaded.vocabSize).toBe(tok.vocabSize);
      expect(loaded.specialTokens).toEqual(tok.specialTokens);
      for (const text of [...texts, 'x<|eos|>y<|pad|>']) {
        expect(loaded.encode(text)).toEqual(tok.encode(text));
        expect(loaded.decode(tok.encode(text))).toBe(tok.decode(tok.encode(text)));
        expect(loaded.decode(tok.encode(text, { addSpecialTokens: false }))).toBe(text);
      }
      const rocket = tok.encode('🚀', { addSpecialTokens: false });
      const half = rocket.slice(0, 3);
      expect(loaded.decode(half)).toBe(tok.decode(half));
      const split = [...rocket.slice(0, 2), 257, ...rocket.slice(2)];
      expect(tok.decode(split)).toBe('\uFFFD<|eos|>\uFFFD\uFFFD'); // F0 9F | 9A | 80
      expect(loaded.decode(split)).toBe(tok.decode(split));
      expect(tok.decode(split, { skipSpecialTokens: true })).toBe('🚀');
      expect(loaded.decode(split, { skipSpecialTokens: true })).toBe('🚀');
    }
  });

  it('loadTokenizer keeps the fast path for byte tokenizer files only', () => {
    const tok = byteTokenizer({ addBosToken: true, specialTokens: ['<|bos|>', '<|eos|>', '<|pad|>', '<|user|>'] });
    const loaded = loadTokenizer(JSON.parse(JSON.stringify(tok.toJSON())), tok.tokenizerConfig());
    expect(loaded.constructor).toBe(tok.constructor);
    expect(loaded.encode('a<|user|>b')).toEqual([256, 97, 259, 98]);
    const withMerge = structuredClone(tok.toJSON());
    const model = withMerge['model'] as { vocab: Record<string, number>; merges: string[] };
    model.vocab['ab'] = 260;
    model.merges = ['a b'];
    withMerge['added_tokens'] = [];
    expect(() => loadTokenizer(withMerge).encode('cab')).toThrow(/produced the token "<\|bos\|>", which has no id/);
    withMerge['post_processor'] = null;
    const bpe = loadTokenizer(withMerge);
    expect(bpe.constructor).not.toBe(tok.constructor);
    expect(bpe.encode('cab')).toEqual([99, 260]);
  });

  it('renders its default chat template', () => {
    const tok = byteTokenizer();
    const text = tok.applyChatTemplate(
      [{ role: 'user', content: 'Hi' }, { role: 'assistant', content: 'Hello!' }, { role: 'user', content: '2+2?' }],
      { addGenerationPrompt: true },
    );
    expect(text).toBe('<|bos|><|user|>\nHi<|eos|><|assistant|>\nHello!<|eos|><|user|>\n2+2?<|eos|><|assistant|>\n');
  });
});
