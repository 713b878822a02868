import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CheckpointError, ConfigError, byteTokenizer, cpu, useBackend } from '@stagecoach/core';
import { locationFingerprint } from '../../src/train/data/fingerprint.js';
import { Pretrainer, arraySource, checkFingerprints, listCheckpointSteps, readCheckpoint, type PretrainerConfig, type PretrainerState } from '../../src/train/index.js';
import { tinyCorpus } from './fixtures/corpus.js';

let dir: string;
let corpus: string;
const jsonl = (texts: string[]) => `${texts.map((text) => JSON.stringify({ text })).join('\n')}\n`;

beforeAll(async () => {
  await useBackend(cpu());
  dir = await mkdtemp(join(tmpdir(), 'stagecoach-resume-guard-'));
  corpus = join(dir, 'corpus.jsonl');
  await writeFile(corpus, jsonl(tinyCorpus()));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const config = (patch: Partial<PretrainerConfig> = {}): PretrainerConfig => ({
  model: 'gpt2-tiny', data: corpus, steps: 2, seqLen: 16, batchSize: 2, evalEvery: 0, shuffleBuffer: 4, seed: 1, ...patch,
});

async function train(patch: Partial<PretrainerConfig>): Promise<Pretrainer> {
  const trainer = new Pretrainer(config(patch));
  await trainer.train();
  trainer.dispose();
  return trainer;
}

/** init() of a resume with `patch`, expected to fail; returns the error. */
async function refused(patch: Partial<PretrainerConfig>): Promise<Error> {
  const trainer = new Pretrainer(config(patch));
  const error = await trainer.init().then(() => undefined, (e: unknown) => e as Error);
  trainer.dispose();
  if (error === undefined) throw new Error('expected the resume to be refused');
  return error;
}

describe('resume is exact or refused', () => {
  it('records the corpus fingerprint and refuses a changed corpus, naming the source and what changed', async () => {
    const run = join(dir, 'run');
    await train({ outDir: run });
    const saved = await readCheckpoint<PretrainerState>(join(run, 'checkpoint-2'), 'pretrainer');
    const size = (await readFile(corpus)).length;
    expect(saved.state.dataFingerprint).toEqual([{ kind: 'file', name: corpus, format: 'jsonl:text', bytes: size, hash: expect.stringMatching(/^[0-9a-f]{16}$/), hashScope: 'all' }]);
    expect(saved.state.tokenizer).toEqual({ kind: 'byte', hash: expect.stringMatching(/^[0-9a-f]{16}$/) });
    const original = await readFile(corpus, 'utf8');

    // A line added: the size differs.
    await writeFile(corpus, `${original}${JSON.stringify({ text: 'one more document.' })}\n`);
    const grown = await refused({ resumeFrom: run, steps: 3 });
    expect(grown).toBeInstanceOf(CheckpointError);
    expect(grown.message).toMatch(new RegExp(`training data differs from what the checkpoint at .*checkpoint-2/trainer_state\\.json was trained on: source 0 ".*corpus\\.jsonl": size \\(bytes\\) ${size} → \\d+`));
    expect(grown.message).toMatch(/restore the corpus \(and its text field\) the run was started with, or start a new run/);

    // Same size, one character edited: the content hash differs.
    await writeFile(corpus, original.replace('the cat', 'the rat'));
    expect((await refused({ resumeFrom: run, steps: 3 })).message).toMatch(/source 0 ".*corpus\.jsonl": content hash "[0-9a-f]+" → "[0-9a-f]+"/);

    // Another source list.
    await writeFile(corpus, original);
    expect((await refused({ resumeFrom: run, steps: 3, data: [corpus, corpus] })).message).toMatch(/it had 1 source\(s\) \(.*corpus\.jsonl\), the config gives 2/);

    // The same bytes under another name (a copied corpus) resume.
    const copy = join(dir, 'moved.jsonl');
    await cp(corpus, copy);
    const resumed = new Pretrainer(config({ resumeFrom: run, steps: 3, data: copy }));
    await resumed.init();
    expect(resumed.stepCount).toBe(2);
    resumed.dispose();
  }, 60_000);

  it('refuses another JSONL text field or tokenizer, and changed in-memory texts', async () => {
    const run = join(dir, 'fields');
    await train({ outDir: run });
    expect((await refused({ resumeFrom: run, steps: 3, textField: 'body' })).message).toMatch(/source 0 ".*corpus\.jsonl": read as "jsonl:text" → "jsonl:body"/);
    const custom = await refused({ resumeFrom: run, steps: 3, tokenizer: byteTokenizer() });
    expect(custom).toBeInstanceOf(ConfigError);
    expect(custom.message).toMatch(/config\.tokenizer is a custom tokenizer but the checkpoint at .* was trained with a byte tokenizer/);

    const texts = tinyCorpus();
    const arrays = join(dir, 'arrays');
    await train({ outDir: arrays, data: arraySource(texts) });
    const edited = [...texts];
    edited[7] = `${edited[7]!}!`;
    expect((await refused({ resumeFrom: arrays, steps: 3, data: arraySource(edited) })).message).toMatch(/source 0 "in-memory texts": content hash/);
    expect((await refused({ resumeFrom: arrays, steps: 3, data: arraySource(texts.slice(1)) })).message).toMatch(/number of texts 200 → 199/);
    const same = new Pretrainer(config({ resumeFrom: arrays, steps: 3, data: arraySource([...texts]) }));
    await same.init();
    expect(same.stepCount).toBe(2);
    same.dispose();
  }, 60_000);

  it('without outDir, a resume saves into the folder that holds the resumed checkpoint', async () => {
    const run = join(dir, 'default-out');
    await train({ outDir: run });
    // resumeFrom = the run's outDir.
    const fromRun = await train({ resumeFrom: run, steps: 3 });
    expect(fromRun.config.outDir).toBe(run);
    expect(await listCheckpointSteps(run)).toEqual([2, 3]);
    // resumeFrom = a checkpoint folder: its parent.
    const fromCheckpoint = await train({ resumeFrom: join(run, 'checkpoint-3'), steps: 4 });
    expect(fromCheckpoint.config.outDir).toBe(run);
    expect(await listCheckpointSteps(run)).toEqual([3, 4]); // keepCheckpoints 2
    // An explicit outDir still wins.
    const elsewhere = join(dir, 'elsewhere');
    await train({ resumeFrom: run, steps: 5, outDir: elsewhere });
    expect(await listCheckpointSteps(elsewhere)).toEqual([5]);
    expect(await listCheckpointSteps(run)).toEqual([3, 4]);
  }, 60_000);

  it('fingerprints a big file by size and a hash of every byte, and a URL by ETag and Content-Length', async () => {
    const big = join(dir, 'big.txt');
    const bytes = new Uint8Array(200 * 1024).map((_, i) => 97 + (i % 26));
    await writeFile(big, bytes);
    const before = await locationFingerprint(big, 'text');
    expect(before).toMatchObject({ kind: 'file', bytes: 200 * 1024 });
    const edit = async (at: number) => {
      const copy = bytes.slice();
      copy[at] = 33;
      await writeFile(big, copy);
      return locationFingerprint(big, 'text');
    };
    expect((await edit(10)).hash).not.toBe(before.hash);
    expect((await edit(200 * 1024 - 1)).hash).not.toBe(before.hash);
    expect(() => checkFingerprints([before], [{ ...before, hash: 'x' }], 'state.json')).toThrow(CheckpointError);
    // A same-size edit in the middle of the file is seen too, and refused on resume.
    const middle = await edit(100 * 1024);
    expect(middle.hash).not.toBe(before.hash);
    expect(() => checkFingerprints([before], [middle], 'state.json')).toThrow(/source 0 .*content hash/);
    // A checkpoint from before whole-file hashing (hash of the edges only) is compared by size.
    const { hashScope: _scope, ...older } = before;
    expect(() => checkFingerprints([{ ...older, hash: 'edges' }], [before], 'state.json')).not.toThrow();
    expect(() => checkFingerprints([{ ...older, hash: 'edges' }], [{ ...before, bytes: 1 }], 'state.json')).toThrow(/size/);

    let etag = '"v1"';
    const server = createServer((_, res) => {
      res.writeHead(200, { ETag: etag, 'Content-Length': '5' });
      res.end();
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    try {
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/corpus.txt`;
      const v1 = await locationFingerprint(url, 'text');
      expect(v1).toEqual({ kind: 'url', name: url, format: 'text', etag: '"v1"', bytes: 5 });
      etag = '"v2"';
      const v2 = await locationFingerprint(url, 'text');
      expect(() => checkFingerprints([v1], [v2], 'state.json')).toThrow(/ETag "\\"v1\\"" → "\\"v2\\""/);
    } finally {
      await new Promise((done) => server.close(done));
    }
    // A URL that cannot be reached is known by its address alone.
    expect(await locationFingerprint('http://127.0.0.1:9/none.txt', 'text')).toEqual({ kind: 'url', name: 'http://127.0.0.1:9/none.txt', format: 'text' });
  }, 30_000);
});
