import { describe, expect, it } from 'vitest';
import { ConfigError, loadTokenizer, trainBpe, tokenizerFromFiles, saveTokenizerFiles, type Tokenizer } from '@stagecoach/core';
import { splitGpt2 } from '../../src/tokenizers/byte-level.js';
import { syntheticCorpus } from './fixtures/corpus.js';

function idToToken(tokenizer: Tokenizer, id: number): string | undefined {
  const vocab = (tokenizer.toJSON()['model'] as { vocab: Record<string, number> }).vocab;
  return Object.keys(vocab).find((token) => vocab[token] === id);
}

function merges(tokenizer: Tokenizer): string[] {
  return (tokenizer.toJSON()['model'] as { merges: string[] }).merges;
}

/** Textbook BPE: recount every pair after every merge. The incremental trainer must agree with it exactly. */
function naiveBpeMerges(texts: string[], numMerges: number, minFrequency: number): string[] {
  const counts = new Map<string, number>();
  for (const text of texts) for (const w of splitGpt2(text)) counts.set(w, (counts.get(w) ?? 0) + 1);
  const names: string[] = [];
  const byteName = (b: number): string => {
    // Same byte-level alphabet as tokenizer.json.
    const printable = (b >= 0x21 && b <= 0x7e) || (b >= 0xa1 && b <= 0xac) || (b >= 0xae && b <= 0xff);
    if (printable) return String.fromCharCode(b);
    let n = 0;
    for (let x = 0; x < b; x++) if (!((x >= 0x21 && x <= 0x7e) || (x >= 0xa1 && x <= 0xac) || (x >= 0xae && x <= 0xff))) n++;
    return String.fromCharCode(256 + n);
  };
  for (let b = 0; b < 256; b++) names.push(byteName(b));
  const ids = new Map(names.map((n, i) => [n, i]));
  let words = [...counts].map(([w, f]) => ({ symbols: Array.from(new TextEncoder().encode(w)), f }));
  const result: string[] = [];
  while (result.length < numMerges) {
    const pairs = new Map<string, number>();
    for (const { symbols, f } of words) {
      for (let i = 0; i + 1 < symbols.length; i++) {
        const k = `${symbols[i]},${symbols[i + 1]}`;
        pairs.set(k, (pairs.get(k) ?? 0) + f);
      }
    }
    let best: [number, number] | undefined;
    let bestCount = 0;
    for (const [k, c] of pairs) {
      const [a, b] = k.split(',').map(Number) as [number, number];
      if (c > bestCount || (c === bestCount && best && (a < best[0] || (a === best[0] && b < best[1])))) {
        best = [a, b];
        bestCount = c;
      }
    }
    if (!best || bestCount < minFrequency) break;
    const [a, b] = best;
    const name = (names[a] as string) + (names[b] as string);
    let c = ids.get(name);
    if (c === undefined) {
      c = names.length;
      names.push(name);
      ids.set(name, c);
    }
    result.push(`${names[a]} ${names[b]}`);
    words = words.map(({ symbols, f }) => {
      const next: number[] = [];
      for (let i = 0; i < symbols.length; i++) {
        if (symbols[i] === a && symbols[i + 1] === b) {
          next.push(c as number);
          i++;
        } else next.push(symbols[i] as number);
      }
      return { symbols: next, f };
    });
  }
  return result;
}

describe('trainBpe', () => {
  it('learns the textbook merges of "aaabdaaabac"', async () => {
    const tok = await trainBpe(['aaabdaaabac'], { vocabSize: 300 });
    // aa (4 overlapping pairs) first; then ab and (aa, a) tie at 2 and the smaller ids (a, b) win; then aa+ab.
    expect(merges(tok)).toEqual(['a a', 'a b', 'aa ab']);
    expect(tok.tokenToId('aa')).toBe(256);
    expect(tok.tokenToId('ab')).toBe(257);
    expect(tok.tokenToId('aaab')).toBe(258);
    expect(tok.specialTokens).toEqual({ bos: 259, eos: 260, pad: 261 });
    expect(tok.vocabSize).toBe(262);
    expect(tok.encode('aaabdaaabac')).toEqual([258, 100, 258, 97, 99]);
    expect(tok.decode([258, 100, 258, 97, 99])).toBe('aaabdaaabac');
  });

  it('agrees merge for merge with a from-scratch recount', async () => {
    const texts = syntheticCorpus(300, 7);
    const tok = await trainBpe(texts, { vocabSize: 256 + 150 + 3 });
    expect(merges(tok)).toEqual(naiveBpeMerges(texts, 150, 2));
  });

  it('respects vocabSize, round-trips any text and compresses better with more merges', async () => {
    const texts = syntheticCorpus(3000, 3);
    const progress: number[] = [];
    const small = await trainBpe(texts, { vocabSize: 300 });
    const large = await trainBpe(texts, { vocabSize: 1000, onProgress: (p) => p.phase === 'merge' && progress.push(p.merges) });
    expect(small.vocabSize).toBe(300);
    expect(large.vocabSize).toBe(1000);
    expect(progress.at(-1)).toBe(1000 - 256 - 3);
    expect(large.specialTokens).toEqual({ bos: 997, eos: 998, pad: 999 });
    const heldOut = syntheticCorpus(200, 99).join(' ');
    const bytes = new TextEncoder().encode(heldOut).length;
    const ratioSmall = bytes / small.encode(heldOut).length;
    const ratioLarge = bytes / large.encode(heldOut).length;
    expect(ratioSmall).toBeGreaterThan(1.2);
    expect(ratioLarge).toBeGreaterThan(ratioSmall * 1.5);
    for (const text of ['', 'The model', '  two  spaces\n\nand lines\t', '日本語 🚀👩‍👩‍👧 ünïcödé', 'x<|eos|>y', "don't 12345"]) {
      const ids = large.encode(text);
      expect(Math.max(-1, ...ids)).toBeLessThan(large.vocabSize);
      expect(large.decode(ids)).toBe(text);
    }
    expect(large.encode('a<|eos|>')).toEqual([...large.encode('a'), 998]);
  });

  it('stops early when no pair is frequent enough', async () => {
    const tok = await trainBpe(['abc abd'], { vocabSize: 1000, minFrequency: 2 });
    expect(merges(tok)).toEqual(['a b']);
    expect(merges(await trainBpe('abc abd', { vocabSize: 1000 }))).toEqual(['a b']); // a string is one text
    expect(tok.vocabSize).toBe(256 + 1 + 3);
  });

  it('takes async iterables and custom special tokens, and keeps specials out of merges', async () => {
    async function* texts(): AsyncGenerator<string> {
      for (let i = 0; i < 50; i++) yield 'hello<|endoftext|>hello<|endoftext|>';
    }
    const tok = await trainBpe(texts(), { vocabSize: 270, specialTokens: ['<|endoftext|>'] });
    // 'hello' needs 4 merges; then nothing repeats, so <|endoftext|> gets id 260 (and is BOS too, as in GPT-2).
    expect(tok.specialTokens).toEqual({ bos: 260, eos: 260 });
    expect(merges(tok).some((m) => m.includes('|'))).toBe(false);
    expect(tok.encode('hello<|endoftext|>')).toEqual([tok.tokenToId('hello'), 260]);
    expect(idToToken(tok, tok.tokenToId('hello') as number)).toBe('hello');
  });

  it('writes a tokenizer.json that loads back with the same ids', async () => {
    const tok = await trainBpe(syntheticCorpus(500, 5), { vocabSize: 400, addBosToken: true });
    const json = tok.toJSON();
    const model = json['model'] as Record<string, unknown>;
    expect(model['type']).toBe('BPE');
    expect(json['pre_tokenizer']).toEqual({ type: 'ByteLevel', add_prefix_space: false, trim_offsets: true, use_regex: true });
    expect((json['decoder'] as { type: string }).type).toBe('ByteLevel');
    expect(Object.keys(model['vocab'] as object)).toHaveLength(400 - 3);
    const text = 'The national university, 1999 — café!';
    const reloaded = tokenizerFromFiles(saveTokenizerFiles(tok));
    expect(reloaded.encode(text)).toEqual(tok.encode(text));
    expect(reloaded.encode(text)[0]).toBe(tok.specialTokens.bos);
    expect(loadTokenizer(JSON.parse(JSON.stringify(json)), tok.tokenizerConfig()).encode(text)).toEqual(tok.encode(text));
    expect(reloaded.tokenizerConfig()).toEqual(tok.tokenizerConfig());
  });

  it('rejects a vocabSize too small to hold the bytes and special tokens', async () => {
    await expect(trainBpe(['abc'], { vocabSize: 258 })).rejects.toThrow(ConfigError);
    await expect(trainBpe(['abc'], { vocabSize: 258 })).rejects.toThrow(/vocabSize must be an integer from 259/);
  });
});
