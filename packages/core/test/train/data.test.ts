import { createServer, type Server } from 'node:http';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { byteTokenizer, CheckpointError, DataError } from '@stagecoach/core';
import {
  arraySource, checkDataCursor, isValidationWindow, jsonlSource, makeBatch, Packer, PackedStream, resolveSource, textSource, validationWindows,
  type TextSource,
} from '../../src/train/index.js';

const tokenizer = byteTokenizer(); // bytes 0..255, <|bos|> 256, <|eos|> 257, <|pad|> 258
const BOS = 256;
const EOS = 257;
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'stagecoach-data-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function drain(packer: Packer): Promise<number[][]> {
  const out: number[][] = [];
  for (let w = await packer.next(); w !== null; w = await packer.next()) out.push(w);
  return out;
}

describe('sources', () => {
  it('reads a text file as one document, streamed line by line, with multi-byte characters intact', async () => {
    const path = join(dir, 'a.txt');
    await writeFile(path, 'héllo\nwörld\nend');
    const units = [];
    for await (const u of textSource(path).units({ offset: 0, line: 0 })) units.push(u);
    expect(units.map((u) => u.text)).toEqual(['héllo\n', 'wörld\n', 'end']);
    expect(units.map((u) => [u.docStart, u.docEnd])).toEqual([[true, false], [false, false], [false, true]]);
    // Resuming at the second unit's start gives the rest.
    const rest = [];
    for await (const u of textSource(path).units(units[0]!.next)) rest.push(u.text);
    expect(rest).toEqual(['wörld\n', 'end']);
  });

  it('reads JSONL, a chosen field, and names file and line of a bad line', async () => {
    const path = join(dir, 'docs.jsonl');
    await writeFile(path, '{"text":"one"}\n\n{"body":"two","text":"zwei"}\n{"text": oops}\n');
    const seen: string[] = [];
    await expect((async () => {
      for await (const u of jsonlSource(path).units({ offset: 0, line: 0 })) seen.push(u.text);
    })()).rejects.toThrow(new RegExp(`${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:4: line is not valid JSON`));
    expect(seen).toEqual(['one', 'zwei']);
    const bodyPath = join(dir, 'body.jsonl');
    await writeFile(bodyPath, '{"body":"x"}\n{"text":"y"}\n');
    const err = await (async () => {
      for await (const _ of jsonlSource(bodyPath, { field: 'body' }).units({ offset: 0, line: 0 })) { /* read */ }
    })().catch((e: unknown) => e);
    expect(DataError.isInstance(err)).toBe(true);
    expect((err as Error).message).toMatch(/body\.jsonl:2: no string field "body" \(fields: text\)/);
  });

  it('streams a URL with fetch and resumes with an HTTP Range request', async () => {
    const path = join(dir, 'served.jsonl');
    await writeFile(path, '{"text":"first"}\n{"text":"second"}\n{"text":"third"}\n');
    const ranges: string[] = [];
    const server: Server = createServer(async (req, res) => {
      if (req.url !== '/served.jsonl') {
        res.writeHead(404).end();
        return;
      }
      const bytes = await readFile(path);
      const range = /bytes=(\d+)-/.exec(req.headers.range ?? '');
      ranges.push(req.headers.range ?? '');
      if (range === null) res.writeHead(200).end(bytes);
      else res.writeHead(206).end(bytes.subarray(Number(range[1])));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as { port: number };
    try {
      const source = resolveSource(`http://127.0.0.1:${port}/served.jsonl`);
      const all = [];
      for await (const u of source.units({ offset: 0, line: 0 })) all.push(u);
      expect(all.map((u) => u.text)).toEqual(['first', 'second', 'third']);
      const rest = [];
      for await (const u of source.units(all[0]!.next)) rest.push(u.text);
      expect(rest).toEqual(['second', 'third']);
      expect(ranges).toEqual(['', `bytes=${all[0]!.next.offset}-`]);
      const missing = resolveSource(`http://127.0.0.1:${port}/missing.txt`);
      await expect((async () => { for await (const _ of missing.units({ offset: 0, line: 0 })) { /* read */ } })())
        .rejects.toThrow(/could not fetch corpus .*missing\.txt: HTTP 404/);
    } finally {
      server.close();
    }
  });

  it('reports a missing file clearly', async () => {
    const missing = join(dir, 'nope.txt');
    await expect(resolveSource(missing).check()).rejects.toThrow(/corpus file not found: .*nope\.txt/);
    expect(resolveSource(join(dir, 'x.jsonl')).name).toMatch(/x\.jsonl$/);
  });
});

describe('packing', () => {
  it('wraps documents in BOS/EOS and packs windows of seqLen + 1 that share one token', async () => {
    const packer = new Packer([arraySource(['abc', 'de'])], tokenizer, 4);
    const windows = await drain(packer);
    // stream: BOS a b c EOS BOS d e EOS  (9 tokens) → windows [0..3], [3..6], [6..9) dropped (only 3 left)
    const a = 97;
    expect(windows).toEqual([[BOS, a, a + 1, a + 2], [a + 2, EOS, BOS, a + 3]]);
  });

  it('masks targets that are BOS (start of the next document) and PAD', () => {
    const batch = makeBatch([[BOS, 1, EOS, BOS, 2], [3, 4, 258, 258, 5]], tokenizer.specialTokens);
    expect(batch.seqLen).toBe(4);
    expect(Array.from(batch.ids)).toEqual([BOS, 1, EOS, BOS, 3, 4, 258, 258]);
    expect(Array.from(batch.targets)).toEqual([1, EOS, BOS, 2, 4, 258, 258, 5]);
    expect(Array.from(batch.mask)).toEqual([1, 1, 0, 1, 1, 0, 0, 1]);
    expect(batch.tokens).toBe(5);
  });

  it('keeps separator tokens as targets when BOS and EOS are the same token (GPT-2)', async () => {
    const gpt2Like = { encode: (t: string) => [...t].map((c) => c.charCodeAt(0)), specialTokens: { bos: 0, eos: 0 } };
    const windows = await drain(new Packer([arraySource(['ab', 'c'])], gpt2Like, 5));
    expect(windows).toEqual([[97, 98, 0, 99, 0]]);
    expect(makeBatch(windows, gpt2Like.specialTokens).tokens).toBe(4);
  });

  it('empty and too-small corpora end with a clear DataError', async () => {
    const empty = join(dir, 'empty.txt');
    await writeFile(empty, '');
    const stream = new PackedStream({ sources: [textSource(empty)], tokenizer, seqLen: 8, seed: 1 });
    await expect(stream.next()).rejects.toThrow(/the corpus is empty: .*empty\.txt contain no text/);
    const small = new PackedStream({ sources: [arraySource(['hi'])], tokenizer, seqLen: 8, seed: 1 });
    await expect(small.next()).rejects.toThrow(/too small: in-memory texts give 4 tokens, fewer than .* 9 tokens/);
  });

  it('an empty corpus says so when the validation split is read first (not "no window fell into the split")', async () => {
    const empty = join(dir, 'empty-val.txt');
    await writeFile(empty, '');
    const read = (sources: TextSource[]) => validationWindows({ sources, tokenizer, seqLen: 8, seed: 1, validationFraction: 0.05, maxWindows: 4 });
    await expect(read([textSource(empty)])).rejects.toThrow(/the corpus is empty: .*empty-val\.txt/);
    const blank = join(dir, 'blank.jsonl');
    await writeFile(blank, '\n\n');
    await expect(read([jsonlSource(blank)])).rejects.toThrow(/the corpus is empty: .*blank\.jsonl/);
    await expect(read([arraySource(['hi'])])).rejects.toThrow(/too small: in-memory texts give 4 tokens/);
  });

  it('does not read the corpus for validation when nothing is held out', async () => {
    let reads = 0;
    const counted: TextSource = { name: 'counted', check: async () => {}, units: (from) => { reads += 1; return arraySource(['abc '.repeat(50)]).units(from); } };
    expect(await validationWindows({ sources: [counted], tokenizer, seqLen: 8, seed: 1, validationFraction: 0, maxWindows: 4 })).toEqual([]);
    expect(reads).toBe(0);
  });
});

describe('PackedStream', () => {
  const docs = Array.from({ length: 40 }, (_, i) => `document number ${i}: ${'xyz'.repeat(i % 7)}`);
  const options = (sources: TextSource[]) => ({ sources, tokenizer, seqLen: 16, seed: 42, validationFraction: 0.1, shuffleBuffer: 8 });

  it('is seeded: same seed, same order; other seed, other order', async () => {
    const take = async (seed: number) => {
      const s = new PackedStream({ ...options([arraySource(docs)]), seed });
      return Promise.all(Array.from({ length: 5 }, () => s.next()));
    };
    const a = await take(42);
    expect(await take(42)).toEqual(a);
    expect(await take(43)).not.toEqual(a);
  });

  it('restores a saved cursor exactly, across epochs, from a file', async () => {
    const path = join(dir, 'docs.txt');
    await writeFile(path, docs.join('\n'));
    const straight = new PackedStream(options([textSource(path)]));
    const expected: number[][] = [];
    for (let i = 0; i < 120; i += 1) expected.push(await straight.next());
    expect(straight.epochs).toBeGreaterThan(0); // the corpus (~1 KB) wrapped around

    const first = new PackedStream(options([textSource(path)]));
    const got: number[][] = [];
    for (let i = 0; i < 53; i += 1) got.push(await first.next());
    const cursor = JSON.parse(JSON.stringify(first.cursor)); // survives a JSON round trip
    const resumed = new PackedStream(options([textSource(path)]), cursor);
    for (let i = 53; i < 120; i += 1) got.push(await resumed.next());
    expect(got).toEqual(expected);
  });

  it('checks a cursor read from a checkpoint, naming the bad field', async () => {
    const s = new PackedStream(options([arraySource(docs)]));
    await s.next();
    const cursor = JSON.parse(JSON.stringify(s.cursor)) as Record<string, unknown>;
    expect(cursor.rng).toHaveLength(4); // the shuffle generator's whole state
    expect(() => checkDataCursor(cursor, 'ckpt/trainer_state.json')).not.toThrow();
    const oneWordRng = { ...cursor, rng: 123456 }; // a single-number state cannot continue the stream
    expect(() => checkDataCursor(oneWordRng, 'ckpt/trainer_state.json')).toThrow(CheckpointError);
    expect(() => checkDataCursor(oneWordRng, 'ckpt/trainer_state.json')).toThrow(/ckpt\/trainer_state.json: dataCursor.rng should be/);
    expect(() => checkDataCursor({ ...cursor, window: -1 }, 'x')).toThrow(/dataCursor.window/);
    expect(() => checkDataCursor({ ...cursor, packer: { source: 0 } }, 'x')).toThrow(/dataCursor.packer/);
    expect(() => checkDataCursor(undefined, 'x')).toThrow(/dataCursor should be an object/);
  });

  it('holds validation windows out of training', async () => {
    const opts = { ...options([arraySource(docs)]), shuffleBuffer: 1 };
    const val = await validationWindows({ ...opts, maxWindows: 1000 });
    expect(val.length).toBeGreaterThan(0);
    const all = await drain(new Packer([arraySource(docs)], tokenizer, 17));
    const s = new PackedStream(opts);
    const train: number[][] = [];
    for (let i = 0; i < all.length - val.length; i += 1) train.push(await s.next());
    const key = (w: number[]) => w.join(',');
    // Train + validation is the corpus exactly once (as a multiset: some windows repeat in the corpus),
    // and the validation windows are the ones the split hash picks.
    expect([...train, ...val].map(key).sort()).toEqual(all.map(key).sort());
    expect(val.map(key)).toEqual(all.filter((_, i) => isValidationWindow(42, i, 0.1)).map(key));
  });
});
