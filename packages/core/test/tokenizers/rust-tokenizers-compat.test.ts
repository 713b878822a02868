/**
 * Checks our tokenizer.json files against the Rust `tokenizers` core that Python `tokenizers`/`transformers` use,
 * through its npm build (`tokenizers`, native binaries inside the package). It is not a dependency of the repo
 * (64 MB): the suite runs where `tokenizers` resolves (e.g. `pnpm add -D tokenizers@0.23.2 -w`) and is skipped
 * elsewhere.
 */
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { byteTokenizer, loadTokenizer, trainBpe, type Tokenizer } from '@stagecoach/core';
import { syntheticCorpus } from './fixtures/corpus.js';
import { gpt2ExcerptJson } from './fixtures/gpt2-excerpt.js';
import { llama2StyleJson } from './fixtures/llama2-style.js';

interface RustEncoding { getIds(): number[] }
interface RustTokenizer {
  encode(text: string, pair: null, options: { addSpecialTokens: boolean }): Promise<RustEncoding>;
  decode(ids: number[], skipSpecialTokens: boolean): Promise<string>;
}
interface RustModule { Tokenizer: { fromString(json: string): RustTokenizer } }

function loadRust(): RustModule | undefined {
  try {
    return createRequire(import.meta.url)('tokenizers') as RustModule;
  } catch {
    return undefined;
  }
}
const rust = loadRust();

const texts = ['', 'hello world', 'héllo wörld — ünïcödé', '日本語のテキスト', 'emoji 👩‍👩‍👧 🚀!', '\n\t  spaces  \r\n',
  "don't stop 12345 the model", 'x<|eos|>y<|pad|>', 'The national university, 1999 — café!', '<|bos|>a', 'hello\n🚀 world'];

async function expectSameAsRust(ours: Tokenizer): Promise<void> {
  const theirs = (rust as RustModule).Tokenizer.fromString(JSON.stringify(ours.toJSON()));
  for (const addSpecialTokens of [true, false]) {
    for (const text of texts) {
      const ids = ours.encode(text, { addSpecialTokens });
      expect((await theirs.encode(text, null, { addSpecialTokens })).getIds()).toEqual(ids);
      if (ids.length > 0) {
        expect(await theirs.decode(ids, false)).toBe(ours.decode(ids));
        expect(await theirs.decode(ids, true)).toBe(ours.decode(ids, { skipSpecialTokens: true }));
      }
    }
  }
}

describe.skipIf(rust === undefined)('Rust tokenizers (the Python core) reads our tokenizer.json', () => {
  it('byte tokenizer, with and without BOS', async () => {
    await expectSameAsRust(byteTokenizer());
    await expectSameAsRust(byteTokenizer({ addBosToken: true }));
  });

  it('trained BPE, with and without BOS', async () => {
    await expectSameAsRust(await trainBpe(syntheticCorpus(2000, 3), { vocabSize: 800 }));
    await expectSameAsRust(await trainBpe(syntheticCorpus(2000, 3), { vocabSize: 500, addBosToken: true }));
  });

  it('the GPT-2 and Llama 2 style fixtures give the ids the tests expect', async () => {
    await expectSameAsRust(loadTokenizer(gpt2ExcerptJson()));
    await expectSameAsRust(loadTokenizer(llama2StyleJson(), { bos_token: '<s>', eos_token: '</s>', unk_token: '<unk>' }));
  });
});
