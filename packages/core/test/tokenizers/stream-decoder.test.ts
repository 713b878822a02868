import { describe, expect, it } from 'vitest';
import { byteTokenizer, loadTokenizer, StreamDecoder, trainBpe, type Tokenizer } from '@stagecoach/core';
import { llama2StyleJson } from './fixtures/llama2-style.js';

function stream(tokenizer: Tokenizer, ids: number[], skipSpecialTokens = false): string[] {
  const decoder = new StreamDecoder(tokenizer, { skipSpecialTokens });
  const pieces = ids.map((id) => decoder.push(id));
  pieces.push(decoder.flush());
  return pieces;
}

describe('StreamDecoder', () => {
  it('holds back partial UTF-8 characters of a byte tokenizer', () => {
    const tok = byteTokenizer();
    const text = 'a🚀é日<|eos|>';
    const pieces = stream(tok, tok.encode(text));
    expect(pieces.join('')).toBe(text);
    expect(pieces.some((p) => p.includes('\uFFFD'))).toBe(false);
    expect(pieces.slice(0, 5)).toEqual(['a', '', '', '', '🚀']);
  });

  it('keeps SentencePiece spaces and skips special tokens when asked', () => {
    const tok = loadTokenizer(llama2StyleJson(), { bos_token: '<s>', eos_token: '</s>' });
    const ids = [...tok.encode('hello world 🚀 hello'), 2];
    expect(stream(tok, ids, true).join('')).toBe(tok.decode(ids, { skipSpecialTokens: true }));
    expect(stream(tok, ids, true).join('')).toBe('hello world 🚀 hello');
  });

  it('matches decode for a trained BPE and gives the unfinished tail on flush', async () => {
    const tok = await trainBpe(['the café near the river, the café by the sea'], { vocabSize: 300 });
    const ids = tok.encode('the café 🚀 the river');
    expect(stream(tok, ids).join('')).toBe('the café 🚀 the river');
    const decoder = new StreamDecoder(tok);
    const half = tok.encode('🚀').slice(0, 2);
    expect(half.map((id) => decoder.push(id)).join('')).toBe('');
    expect(decoder.flush()).toBe('\uFFFD');
  });
});
