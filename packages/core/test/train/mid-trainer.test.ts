import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, cpu, loadPretrained, tf, useBackend } from '@stagecoach/core';
import {
  arraySource, MidTrainer, MixtureStream, Pretrainer, type MidTrainerConfig, type StepEvent,
} from '../../src/train/index.js';
import { byteTokenizer } from '../../src/tokenizers/index.js';
import { tinyCorpus } from './fixtures/corpus.js';

let dir: string;
const bases: Record<'gpt2' | 'llama', string> = { gpt2: '', llama: '' };

/** A second "language": syllables the English corpus never holds. */
function newLanguage(n: number): string[] {
  const syllables = ['ka', 'zu', 'mi', 'ro', 'te', 'shi', 'no', 'ya'];
  return Array.from({ length: n }, (_, i) => Array.from({ length: 6 }, (_, j) => syllables[(i * 7 + j * 3 + (i >> 2)) % 8]! + syllables[(i + j) % 8]!).join(' ') + '.');
}

beforeAll(async () => {
  await useBackend(cpu());
  dir = await mkdtemp(join(tmpdir(), 'stagecoach-mid-'));
  for (const family of ['gpt2', 'llama'] as const) {
    const base = new Pretrainer({
      model: { preset: `${family}-tiny`, contextLength: 32 }, data: arraySource(tinyCorpus()), steps: 3, seqLen: 16, batchSize: 2,
      evalEvery: 0, outDir: join(dir, `base-${family}`),
    });
    await base.train();
    base.dispose();
    bases[family] = join(dir, `base-${family}`, 'checkpoint-3');
  }
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const mixture = () => [
  { source: arraySource(newLanguage(120), 'new'), weight: 0.7, name: 'new' },
  { source: arraySource(tinyCorpus(), 'base'), weight: 0.3, name: 'replay' },
];

describe('MixtureStream', () => {
  it('draws each source in proportion to its weight (within 3 standard errors)', async () => {
    const tokenizer = byteTokenizer();
    const stream = (texts: string[], name: string) => ({ sources: [arraySource(texts, name)], tokenizer, seqLen: 8, seed: 1, shuffleBuffer: 4 });
    const mix = new MixtureStream([
      { name: 'a', weight: 7, onEnd: 'wrap', stream: stream(tinyCorpus(), 'a') },
      { name: 'b', weight: 3, onEnd: 'wrap', stream: stream(newLanguage(50), 'b') },
    ], 5);
    const n = 3000;
    let a = 0;
    for (let i = 0; i < n; i += 1) if ((await mix.next()).source === 0) a += 1;
    const se = Math.sqrt((0.7 * 0.3) / n);
    expect(Math.abs(a / n - 0.7)).toBeLessThan(3 * se);
    expect(mix.rowsDrawn).toEqual([a, n - a]);
    expect(mix.epochs[1]).toBeGreaterThan(0); // the small source wrapped around
  });

  it('leaves a "stop" source out once it is used up, and fails when every source has stopped', async () => {
    const tokenizer = byteTokenizer();
    const small = { sources: [arraySource(['tiny text here, once.'], 'small')], tokenizer, seqLen: 4, seed: 1, shuffleBuffer: 1 };
    const big = { sources: [arraySource(tinyCorpus(), 'big')], tokenizer, seqLen: 4, seed: 1, shuffleBuffer: 1 };
    const mix = new MixtureStream([
      { name: 'small', weight: 1, onEnd: 'stop', stream: small },
      { name: 'big', weight: 1, onEnd: 'wrap', stream: big },
    ], 2);
    for (let i = 0; i < 200; i += 1) await mix.next();
    expect(mix.active).toEqual([false, true]);
    expect(mix.rowsDrawn[0]).toBeLessThanOrEqual(5); // 22 bytes + BOS/EOS: 4 windows of 5 tokens
    const alone = new MixtureStream([{ name: 'small', weight: 1, onEnd: 'stop', stream: small }], 2);
    await expect((async () => { for (;;) await alone.next(); })()).rejects.toThrow(/every source of the data mixture ran dry/);
  });
});

describe('MidTrainer', () => {
  it('extends a Llama context with RoPE scaling, trains the mixture and writes rope_scaling into config.json', async () => {
    const outDir = join(dir, 'mid-llama');
    const trainer = new MidTrainer({
      initFrom: bases.llama, data: mixture(), extendContext: { length: 64, method: 'linear' }, steps: 4, seqLen: 64, batchSize: 2,
      evalEvery: 4, evalSequences: 2, validationFraction: 0.2, outDir,
    });
    const evals: Record<string, number>[] = [];
    trainer.on('eval', (e) => evals.push(e.metrics));
    const steps: StepEvent[] = [];
    trainer.on('step', (e) => steps.push(e));
    const done = await trainer.train();
    expect(trainer.model.config.contextLength).toBe(64);
    expect(trainer.model.config.ropeScaling).toEqual({ type: 'linear', factor: 2 });
    expect(Object.keys(evals[0]!)).toEqual(expect.arrayContaining(['valLoss/new', 'valLoss/replay', 'bitsPerByte/new']));
    expect(steps.at(-1)!.metrics['rows/new']! + steps.at(-1)!.metrics['rows/replay']!).toBe(8);
    const config = JSON.parse(await readFile(join(done.checkpointPath!, 'config.json'), 'utf8')) as Record<string, unknown>;
    expect(config['max_position_embeddings']).toBe(64);
    expect(config['rope_scaling']).toMatchObject({ rope_type: 'linear', factor: 2 });
    const back = await loadPretrained(done.checkpointPath!);
    expect(back.model.config.ropeScaling).toEqual({ type: 'linear', factor: 2 });
    back.model.dispose();
    trainer.dispose();
  });

  it('stretches GPT-2\'s position table by interpolation (n_positions in config.json)', async () => {
    const base = await loadPretrained(bases.gpt2);
    const old = await base.model.params.get('posEmbed.weight')!.array() as number[][];
    base.model.dispose();
    const trainer = new MidTrainer({ initFrom: bases.gpt2, data: mixture(), extendContext: { length: 94 }, steps: 1, seqLen: 32, batchSize: 1, evalEvery: 0 });
    await trainer.init();
    const table = await trainer.model.params.get('posEmbed.weight')!.array() as number[][];
    expect(table).toHaveLength(94);
    // x = i · 31/93 = i/3: row 3 is old row 1; row 1 is 2/3 old row 0 + 1/3 old row 1.
    expect(table[3]).toEqual(old[1]);
    expect(table[1]![5]).toBeCloseTo((2 / 3) * old[0]![5]! + (1 / 3) * old[1]![5]!, 6);
    expect(table[93]).toEqual(old[31]);
    trainer.dispose();
  });

  it('resumes mid-mixture exactly: 3 steps, checkpoint, 3 more = 6 uninterrupted (losses and weights)', async () => {
    const config = (outDir: string): MidTrainerConfig => ({
      initFrom: bases.llama, data: mixture(), steps: 6, seqLen: 16, batchSize: 2, evalEvery: 0, seed: 3, shuffleBuffer: 4, outDir,
      seqLenSchedule: [{ untilStep: 2, seqLen: 8 }],
    });
    const straight = new MidTrainer(config(join(dir, 'straight')));
    const lossesStraight: number[] = [];
    straight.on('step', (e) => lossesStraight.push(e.loss));
    await straight.train();
    const controller = new AbortController();
    const first = new MidTrainer(config(join(dir, 'interrupted')));
    const lossesResumed: number[] = [];
    first.on('step', (e) => {
      lossesResumed.push(e.loss);
      if (e.step === 3) controller.abort();
    });
    await first.train({ signal: controller.signal });
    first.dispose();
    const second = new MidTrainer({ ...config(join(dir, 'interrupted')), resumeFrom: join(dir, 'interrupted') });
    second.on('step', (e) => lossesResumed.push(e.loss));
    await second.train();
    expect(lossesResumed).toEqual(lossesStraight);
    for (const [name, p] of straight.model.params) expect(await second.model.params.get(name)!.data()).toEqual(await p.data());
    straight.dispose();
    second.dispose();
  });

  it('extends the vocabulary: old ids and rows kept bit-identical, new rows the mean, only new rows train first', async () => {
    const base = await loadPretrained(bases.gpt2);
    const oldEmbed = await base.model.params.get('embed.weight')!.array() as number[][];
    const oldIds = base.tokenizer.encode('the cat sees the ball.');
    base.model.dispose();
    const texts = newLanguage(200);
    const trainer = new MidTrainer({
      initFrom: bases.gpt2, data: mixture(), vocabulary: { data: arraySource(texts, 'new'), addTokens: 20, newRowsSteps: 2 },
      steps: 3, seqLen: 32, batchSize: 2, evalEvery: 0, outDir: join(dir, 'vocab'),
    });
    await trainer.init();
    const v = trainer.tokenizer.vocabSize;
    expect(v).toBe(259 + 20);
    expect(trainer.model.config.vocabSize).toBe(v);
    expect(trainer.tokenizer.encode(texts[0]!).some((id) => id >= 259)).toBe(true);
    expect(trainer.tokenizer.decode(trainer.tokenizer.encode(texts[0]!))).toBe(texts[0]);
    for (const id of oldIds) expect(trainer.tokenizer.decode([id])).toBe(base.tokenizer.decode([id]));
    const embed = () => trainer.model.params.get('embed.weight')!.array() as Promise<number[][]>;
    const before = await embed();
    expect(before.slice(0, 259)).toEqual(oldEmbed);
    const mean = oldEmbed[0]!.map((_, j) => oldEmbed.reduce((s, r) => s + r[j]!, 0) / oldEmbed.length);
    before[270]!.forEach((x, j) => expect(x).toBeCloseTo(mean[j]!, 5));
    const otherBefore = await trainer.model.params.get('layers.0.mlp.up.weight')!.data();
    await trainer.step();
    await trainer.step();
    const after = await embed();
    expect(after.slice(0, 259)).toEqual(oldEmbed); // the old rows did not move
    expect(after.slice(259)).not.toEqual(before.slice(259));
    expect(await trainer.model.params.get('layers.0.mlp.up.weight')!.data()).toEqual(otherBefore);
    await trainer.step(); // now everything trains
    expect((await embed()).slice(0, 259)).not.toEqual(oldEmbed);
    const saved = await trainer.saveCheckpoint();
    const back = await loadPretrained(saved);
    expect(back.tokenizer.vocabSize).toBe(v);
    expect(back.tokenizer.encode(texts[1]!)).toEqual(trainer.tokenizer.encode(texts[1]!));
    back.model.dispose();
    trainer.dispose();
  });

  it('keeps tf.memory().numTensors flat over 20 steps with evaluation', async () => {
    const trainer = new MidTrainer({
      initFrom: bases.llama, data: mixture(), steps: 30, seqLen: 16, batchSize: 2, evalEvery: 10, evalSequences: 2, validationFraction: 0.2,
    });
    await trainer.step();
    await trainer.evaluate();
    const before = tf.memory().numTensors;
    for (let i = 0; i < 20; i += 1) {
      await trainer.step();
      if (i % 10 === 0) await trainer.evaluate();
    }
    expect(tf.memory().numTensors).toBe(before);
    trainer.dispose();
  });

  it('refuses bad input with a ConfigError naming the field or folder', async () => {
    const ok: MidTrainerConfig = { initFrom: bases.llama, data: mixture(), steps: 2, seqLen: 16, evalEvery: 0 };
    expect(() => new MidTrainer({ ...ok, data: [{ source: 'a.txt', weight: -1 }] })).toThrow(/data\[0\]\.weight must be a number >= 0/);
    expect(() => new MidTrainer({ ...ok, data: [{ source: 'a.txt', weight: 0 }, { source: 'b.txt', weight: 0 }] })).toThrow(/weights sum to 0/);
    expect(() => new MidTrainer({ ...ok, extendContext: { length: 64, method: 'rope' as never } })).toThrow(/extendContext\.method must be one of/);
    const notCheckpoint = new MidTrainer({ ...ok, initFrom: dir });
    await expect(notCheckpoint.init()).rejects.toThrow(/config\.initFrom: no model at/);
    const shorter = new MidTrainer({ ...ok, extendContext: { length: 32 } });
    await expect(shorter.init()).rejects.toThrow(/extendContext\.length \(32\) must be larger than the context of the initFrom model \(32\)/);
    const ropeOnGpt2 = new MidTrainer({ ...ok, initFrom: bases.gpt2, extendContext: { length: 64, method: 'yarn' } });
    await expect(ropeOnGpt2.init()).rejects.toThrow(ConfigError);
    await expect(ropeOnGpt2.init()).rejects.toThrow(/extendContext\.method.*"yarn" does not apply to the gpt2 family/);
    const tooLong = new MidTrainer({ ...ok, seqLen: 64 });
    await expect(tooLong.init()).rejects.toThrow(/seqLen \(64\) is longer than the model's context \(32\)/);
  });
});
