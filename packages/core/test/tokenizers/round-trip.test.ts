import { describe, expect, it } from 'vitest';
import { byteTokenizer, loadTokenizer, trainBpe } from '@stagecoach/core';
import { HuggingFaceTokenizer } from '../../src/tokenizers/hugging-face-tokenizer.js';
import { syntheticCorpus } from './fixtures/corpus.js';

/** Random strings over ASCII, Latin-1, CJK, emoji (with ZWJ sequences), whitespace and special-token pieces. */
function randomTexts(count: number, seed: number): string[] {
  let state = seed;
  const random = (): number => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return state / 2 ** 32;
  };
  const pieces = ['a', 'Z', ' ', '  ', '\n', '\t', '\r\n', 'é', 'ß', '\u00a0', '日', '本', '🚀', '👩\u200d👩\u200d👧', '\u0000',
    "'s", '123', '.', '<|', '|>', '<|eos|>', 'the', ' model', 'ü', '\u0301', 'ǅ', '٣', 'Ω'];
  return Array.from({ length: count }, () => {
    let text = '';
    const n = Math.floor(random() * 30);
    for (let i = 0; i < n; i++) text += pieces[Math.floor(random() * pieces.length)];
    return text;
  });
}

describe('round trips', () => {
  it('byte tokenizer: fast path = @huggingface/tokenizers path, decode(encode(x)) = x', () => {
    const tok = byteTokenizer();
    const viaLibrary = new HuggingFaceTokenizer(tok.toJSON(), tok.tokenizerConfig());
    for (const text of randomTexts(300, 11)) {
      const ids = tok.encode(text);
      expect(viaLibrary.encode(text)).toEqual(ids);
      expect(tok.decode(ids)).toBe(text);
      expect(viaLibrary.decode(ids)).toBe(text);
    }
  });

  it('trained BPE: decode(encode(x)) = x on random text, same ids after reloading its JSON', async () => {
    const tok = await trainBpe([...syntheticCorpus(1000, 2), ...randomTexts(200, 5)], { vocabSize: 700 });
    const reloaded = loadTokenizer(JSON.parse(JSON.stringify(tok.toJSON())), tok.tokenizerConfig());
    for (const text of randomTexts(300, 23)) {
      const ids = tok.encode(text);
      expect(tok.decode(ids)).toBe(text);
      expect(reloaded.encode(text)).toEqual(ids);
    }
  });
});
