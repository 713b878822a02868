/**
 * Mid-training measurements (a learning experiment, not a speed benchmark; minutes on a CPU):
 *
 * - `context`: a small Llama pre-trained at 64 tokens on documents that hold a key near the start and ask
 *   for it at the end ("key=Q7; filler ... ?Q7."), then mid-trained with `extendContext` (RoPE scaling) to
 *   256 tokens on 70% long documents + 30% replay of the short ones. Reports validation loss at 64 and 256
 *   tokens before (RoPE extrapolated past its training length) and after, and the loss at 256 of each
 *   scaling method with no training at all.
 * - `retrieval`: the long-range retrieval probe (bench/mid-retrieval.ts: a passkey early in filler, asked
 *   for at the end; chance 1/26). A small Llama pre-trained at 32 tokens until it answers there, then its
 *   accuracy at 128 tokens (the key ~125 tokens back, 4× its training length) with RoPE extrapolated, with
 *   each scaling and no training, and after `extendContext` + mid-training at 128 on long documents
 *   (`--replay f`: a share f of short ones, packed 4 to a window; default 0), per method; the accuracy at
 *   32 beside each.
 * - `language`: a small GPT-2 pre-trained on English-like sentences, then mid-trained on a synthetic
 *   language (its own words and grammar) with a vocabulary extended by 64 BPE tokens, with and without a
 *   30% replay of the English corpus. Reports bits per byte (comparable across tokenizers) on held-out
 *   text of both languages before and after.
 *
 * `node --conditions=source --import tsx bench/mid-training.ts [--only context,retrieval,language] [--backend node|cpu] [--quick | --scale x] [--methods linear,yarn] [--replay 0] [--seed 1]`
 * prints one JSON object on stdout; progress goes to stderr.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { cpu, useBackend } from '../packages/core/src/backends/index.js';
import { node } from '../packages/backend-node/src/index.js';
import { Transformer, type ContextExtensionMethod } from '../packages/core/src/model/index.js';
import { extendContext } from '../packages/core/src/model/index.js';
import { loadPretrained, type Pretrained } from '../packages/core/src/pretrained/index.js';
import type { Tokenizer } from '../packages/core/src/tokenizers/index.js';
import {
  arraySource, evaluateLanguageModel, MidTrainer, Pretrainer, validationWindows, type MidTrainerConfig,
} from '../packages/core/src/train/index.js';
import { SeededRandom } from '../packages/core/src/seeded-random.js';
import { RETRIEVAL_CHANCE, retrievalAccuracy, retrievalDocs } from './mid-retrieval.js';

const { values } = parseArgs({
  options: {
    only: { type: 'string' }, backend: { type: 'string', default: 'node' }, quick: { type: 'boolean', default: false },
    scale: { type: 'string' }, methods: { type: 'string', default: 'linear,yarn' }, replay: { type: 'string', default: '0' },
    seed: { type: 'string', default: '1' },
  },
});
const only = values.only?.split(',') ?? ['context', 'language', 'retrieval'];
/** Multiplies every step count (--quick: 0.25). */
const scale = values.scale !== undefined ? Number(values.scale) : values.quick ? 0.25 : 1;
const log = (line: string) => process.stderr.write(`${line}\n`);
/** Steps of the retrieval experiment at --scale 1: pre-training at 32 tokens, mid-training at 128. */
const RETRIEVAL_BASE_STEPS = 1200;
const RETRIEVAL_MID_STEPS = 300;

// ---------------------------------------------------------------- data

/** Filler: a fixed text read from a random offset (cheap to predict, so training concentrates on the key). */
const FILLER = 'the small cat runs over the old hill and the blue bird sings near the house by the tree. ';
const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/**
 * A retrieval document of exactly `chars` characters: filler, the key ("key=Q7;": a capital letter and a
 * digit, which the filler never holds) within the first 14 characters, filler, the question with its answer
 * (" ?Q7."), filler. The question is at the very end when `atEnd` (the probe), else anywhere after the key
 * (training: short distances make the retrieval easier to learn first).
 */
function retrievalDoc(rng: SeededRandom, chars: number, atEnd: boolean): { text: string; key: string } {
  const key = LETTERS[rng.nextInt(26)]! + String(rng.nextInt(10));
  const filler = (n: number) => {
    const start = rng.nextInt(FILLER.length);
    let text = '';
    while (text.length < n) text += FILLER;
    return (FILLER.slice(start) + text).slice(0, n);
  };
  const head = `${filler(rng.nextInt(8))}key=${key};`;
  const question = ` ?${key}.`;
  const room = chars - head.length - question.length;
  const gap = atEnd ? room : rng.nextInt(room + 1);
  return { text: head + filler(gap) + question + filler(room - gap), key };
}

/** `n` retrieval documents that pack into windows of `seqLen` + 1 tokens one each (BOS + text + EOS = seqLen bytes). */
function retrievalCorpus(n: number, seqLen: number, seed: number, atEnd = false): { texts: string[]; keys: string[] } {
  const rng = new SeededRandom(seed);
  const docs = Array.from({ length: n }, () => retrievalDoc(rng, seqLen - 2, atEnd));
  return { texts: docs.map((d) => d.text), keys: docs.map((d) => d.key) };
}

const SUBJECTS = ['the cat', 'a dog', 'the bird', 'my friend', 'the old man', 'a child', 'the teacher', 'her brother', 'the farmer', 'a girl'];
const VERBS = ['sees', 'likes', 'finds', 'follows', 'paints', 'carries', 'wants', 'buys'];
const OBJECTS = ['the ball', 'a red hat', 'the small house', 'some bread', 'a green apple', 'the long road', 'an old book', 'the river'];
const PLACES = ['in the morning', 'near the school', 'after dinner', 'by the sea', 'every day', 'at night'];

function english(n: number, seed: number): string[] {
  const rng = new SeededRandom(seed);
  const pick = (list: string[]) => list[rng.nextInt(list.length)]!;
  return Array.from({ length: n }, () => `${pick(SUBJECTS)} ${pick(VERBS)} ${pick(OBJECTS)} ${pick(PLACES)}.`);
}

/** A synthetic language: its own syllable words, subject-object-verb order, a plural suffix and a tense suffix. */
function newLanguage(n: number, seed: number): string[] {
  const rng = new SeededRandom(seed);
  const syllables = ['ka', 'zu', 'mi', 'ro', 'te', 'shi', 'no', 'ya', 'vo', 'lu', 'qe', 'ti'];
  const word = (i: number) => syllables[i % 12]! + syllables[(i * 5 + 3) % 12]! + (i % 3 === 0 ? syllables[(i * 7 + 1) % 12]! : '');
  const nouns = Array.from({ length: 24 }, (_, i) => word(i));
  const verbs = Array.from({ length: 12 }, (_, i) => word(i + 40));
  const pick = (list: string[]) => list[rng.nextInt(list.length)]!;
  return Array.from({ length: n }, () => {
    const subject = pick(nouns) + (rng.nextInt(2) === 0 ? 'en' : '');
    const object = pick(nouns) + (rng.nextInt(2) === 0 ? 'en' : '');
    return `${subject} ${object}-ko ${pick(verbs)}${rng.nextInt(2) === 0 ? 'ta' : 'ru'}.`;
  });
}

// ---------------------------------------------------------------- helpers

/** Held-out windows of `texts` (seqLen + 1 tokens each), encoded by `tokenizer`. */
async function windowsOf(texts: string[], tokenizer: Tokenizer, seqLen: number, max: number): Promise<number[][]> {
  const sources = [arraySource(texts, 'held-out')];
  return validationWindows({ sources, validationSources: sources, tokenizer, seqLen, seed: 0, maxWindows: max });
}

async function loss(model: Transformer, tokenizer: Tokenizer, windows: number[][]): Promise<{ loss: number; bitsPerByte: number }> {
  const m = await evaluateLanguageModel(model, tokenizer, windows, 8);
  return { loss: round(m.loss), bitsPerByte: round(m.bitsPerByte) };
}

function round(x: number): number {
  return Math.round(x * 1e4) / 1e4;
}

/** Trains `trainer` to the end, logging every 50 steps; the final checkpoint and the seconds it took. */
async function trainQuietly(trainer: Pretrainer | MidTrainer, what: string): Promise<{ checkpoint: string; seconds: number }> {
  const started = Date.now();
  trainer.on('step', (e) => {
    if (e.step % 50 === 0 || e.step === e.totalSteps) log(`  ${what} ${e.step}/${e.totalSteps} loss ${e.loss.toFixed(3)}`);
  });
  const done = await trainer.train();
  const seconds = Math.round((Date.now() - started) / 1000);
  log(`  ${what}: ${seconds} s`);
  trainer.dispose();
  return { checkpoint: done.checkpointPath!, seconds };
}

// ---------------------------------------------------------------- experiments

async function contextExperiment(dir: string): Promise<Record<string, unknown>> {
  const short = 64;
  const long = 4 * short;
  const baseSteps = Math.round(1000 * scale);
  const midSteps = Math.round(200 * scale);
  log(`context: pre-training a Llama at ${short} tokens (${baseSteps} steps)`);
  const { checkpoint: base } = await trainQuietly(new Pretrainer({
    model: { preset: 'llama-tiny', contextLength: short, dModel: 64, nHeads: 4, nKvHeads: 4, dFf: 192, nLayers: 2 },
    data: arraySource(retrievalCorpus(4000, short, 1).texts, 'short'), steps: baseSteps, seqLen: short, batchSize: 8, lr: 3e-3,
    schedule: { type: 'constant' }, evalEvery: 0, outDir: join(dir, 'ctx-base'), seed: 1,
  }), 'base');
  const shortHeldOut = retrievalCorpus(64, short, 99, true);
  const longHeldOut = retrievalCorpus(64, long, 98, true);
  const loaded = await loadPretrained(base);
  const { tokenizer } = loaded;
  const shortWindows = await windowsOf(shortHeldOut.texts, tokenizer, short, 64);
  const longWindows = await windowsOf(longHeldOut.texts, tokenizer, long, 64);
  // Before: the same weights with the context simply raised (RoPE extrapolated beyond its training length).
  const extrapolated = new Transformer({ ...loaded.model.config, contextLength: long }, { weights: loaded.model.params });
  const before = {
    [`loss@${short}`]: await loss(loaded.model, tokenizer, shortWindows),
    [`loss@${long}`]: await loss(extrapolated, tokenizer, longWindows),
  };
  log(`context: before ${JSON.stringify(before)}`);
  const zeroShot: Record<string, unknown> = {};
  for (const method of ['linear', 'ntk', 'yarn'] as ContextExtensionMethod[]) {
    const scaled = extendContext(loaded.model, long, method);
    zeroShot[method] = { [`loss@${long}`]: await loss(scaled, tokenizer, longWindows) };
    scaled.dispose();
  }
  log(`context: scaled without training ${JSON.stringify(zeroShot)}`);
  extrapolated.dispose();
  loaded.model.dispose();
  const after: Record<string, unknown> = {};
  for (const method of values.methods.split(',') as ContextExtensionMethod[]) {
    log(`context: mid-training with ${method} scaling to ${long} tokens (${midSteps} steps, 70% long + 30% replay)`);
    const config: MidTrainerConfig = {
      initFrom: base, extendContext: { length: long, method }, seqLen: long, batchSize: 4, steps: midSteps, lr: 1e-3,
      schedule: { type: 'cosine', warmupSteps: Math.min(20, midSteps) }, evalEvery: 0, outDir: join(dir, `ctx-mid-${method}`), seed: 2,
      data: [
        { source: arraySource(retrievalCorpus(1200, long, 3).texts, 'long'), weight: 0.7, name: 'long' },
        // Replay: the pre-training documents, 4 to a window of the new length.
        { source: arraySource(retrievalCorpus(4000, short, 1).texts, 'short'), weight: 0.3, name: 'replay' },
      ],
    };
    const mid = await loadPretrained((await trainQuietly(new MidTrainer(config), `mid ${method}`)).checkpoint);
    after[method] = {
      [`loss@${short}`]: await loss(mid.model, mid.tokenizer, shortWindows),
      [`loss@${long}`]: await loss(mid.model, mid.tokenizer, longWindows),
      ropeScaling: mid.model.config.ropeScaling,
    };
    log(`context: after ${method} ${JSON.stringify(after[method])}`);
    mid.model.dispose();
  }
  return { short, long, baseSteps, midSteps, before, scaledWithoutTraining: zeroShot, afterMidTraining: after };
}

/**
 * Long-range retrieval (see mid-retrieval.ts): a Llama pre-trained at `short` tokens until it answers the
 * probe there, its accuracy at 4× before any extension (RoPE extrapolated), with each scaling and no
 * training, and after `extendContext` + a short mid-training at 4× on the same kind of documents (with
 * `--replay f`, a share f of the short ones).
 */
async function retrievalExperiment(dir: string): Promise<Record<string, unknown>> {
  const short = 32;
  const long = 4 * short;
  const baseSteps = Math.round(RETRIEVAL_BASE_STEPS * scale);
  const midSteps = Math.round(RETRIEVAL_MID_STEPS * scale);
  const loadAtStart = round(loadavg()[0]!);
  const replay = Number(values.replay);
  const seed = Number(values.seed); // of the retrieval experiment's data and training
  log(`retrieval: pre-training a Llama at ${short} tokens (${baseSteps} steps)`);
  const shortDocs = arraySource(retrievalDocs(20_000, short, seed).map((d) => d.text), 'short');
  const base = await trainQuietly(new Pretrainer({
    model: { preset: 'llama-tiny', contextLength: short, dModel: 64, nHeads: 4, nKvHeads: 4, dFf: 192, nLayers: 2 },
    data: shortDocs, steps: baseSteps, seqLen: short, batchSize: 32, lr: 3e-3, schedule: { type: 'constant' },
    evalEvery: 0, outDir: join(dir, 'retrieval-base'), seed,
  }), 'base');
  const probes = { short: retrievalDocs(200, short, 99, true), long: retrievalDocs(200, long, 98, true) };
  const accuracy = async (model: Transformer, tokenizer: Tokenizer) => ({
    [`accuracy@${short}`]: round(await retrievalAccuracy(model, tokenizer, probes.short)),
    [`accuracy@${long}`]: round(await retrievalAccuracy(model, tokenizer, probes.long)),
  });
  const loaded = await loadPretrained(base.checkpoint);
  const extrapolated = new Transformer({ ...loaded.model.config, contextLength: long }, { weights: loaded.model.params });
  const before = await accuracy(extrapolated, loaded.tokenizer);
  log(`retrieval: before ${JSON.stringify(before)}`);
  const scaledWithoutTraining: Record<string, unknown> = {};
  for (const method of ['linear', 'ntk', 'yarn'] as ContextExtensionMethod[]) {
    const scaled = extendContext(loaded.model, long, method);
    scaledWithoutTraining[method] = await accuracy(scaled, loaded.tokenizer);
    scaled.dispose();
  }
  log(`retrieval: scaled without training ${JSON.stringify(scaledWithoutTraining)}`);
  extrapolated.dispose();
  loaded.model.dispose();
  const after: Record<string, unknown> = {};
  for (const method of values.methods.split(',') as ContextExtensionMethod[]) {
    log(`retrieval: mid-training with ${method} scaling to ${long} tokens (${midSteps} steps, ${replay * 100}% replay)`);
    const mid = await trainQuietly(new MidTrainer({
      initFrom: base.checkpoint, extendContext: { length: long, method }, seqLen: long, batchSize: 8, steps: midSteps, lr: 1e-3,
      schedule: { type: 'cosine', warmupSteps: Math.min(20, midSteps) }, evalEvery: 0, outDir: join(dir, `retrieval-mid-${method}`), seed: seed + 1,
      data: [
        { source: arraySource(retrievalDocs(4000, long, seed + 2).map((d) => d.text), 'long'), weight: 1 - replay, name: 'long' },
        // 4 short documents to a window of the new length.
        ...(replay > 0 ? [{ source: shortDocs, weight: replay, name: 'replay' }] : []),
      ],
    }), `mid ${method}`);
    const extended = await loadPretrained(mid.checkpoint);
    after[method] = { ...(await accuracy(extended.model, extended.tokenizer)), seconds: mid.seconds };
    log(`retrieval: after ${method} ${JSON.stringify(after[method])}`);
    extended.model.dispose();
  }
  return {
    short, long, baseSteps, midSteps, replay, seed, chance: RETRIEVAL_CHANCE, baseSeconds: base.seconds, before, scaledWithoutTraining,
    afterMidTraining: after, loadAverage: { atStart: loadAtStart, atEnd: round(loadavg()[0]!) },
  };
}

async function languageExperiment(dir: string): Promise<Record<string, unknown>> {
  const seqLen = 64;
  const baseSteps = Math.round(500 * scale);
  const midSteps = Math.round(300 * scale);
  const englishTrain = english(6000, 1);
  const newTrain = newLanguage(6000, 2);
  log(`language: pre-training a GPT-2 on English-like text (${baseSteps} steps)`);
  const { checkpoint: base } = await trainQuietly(new Pretrainer({
    model: { preset: 'gpt2-tiny', contextLength: seqLen, dModel: 64, nHeads: 4, dFf: 256 }, data: arraySource(englishTrain, 'english'),
    steps: baseSteps, seqLen, batchSize: 16, lr: 3e-3, schedule: { type: 'cosine', warmupSteps: Math.min(30, baseSteps) }, evalEvery: 0, outDir: join(dir, 'lang-base'), seed: 1,
  }), 'base');
  const heldOut = { english: english(300, 77), new: newLanguage(300, 78) };
  const measure = async (p: Pretrained) => ({
    english: await loss(p.model, p.tokenizer, await windowsOf(heldOut.english, p.tokenizer, seqLen, 48)),
    new: await loss(p.model, p.tokenizer, await windowsOf(heldOut.new, p.tokenizer, seqLen, 48)),
    vocabSize: p.tokenizer.vocabSize,
  });
  const loaded = await loadPretrained(base);
  const before = await measure(loaded);
  loaded.model.dispose();
  log(`language: before ${JSON.stringify(before)}`);
  const runs: Record<string, unknown> = {};
  for (const replay of [0, 0.3]) {
    const name = replay === 0 ? 'noReplay' : 'replay30';
    log(`language: mid-training on the new language, ${replay * 100}% English replay (${midSteps} steps)`);
    const config: MidTrainerConfig = {
      initFrom: base, seqLen, batchSize: 16, steps: midSteps, lr: 2e-3, schedule: { type: 'cosine', warmupSteps: Math.min(20, Math.floor(midSteps / 2)) }, evalEvery: 0,
      outDir: join(dir, `lang-${name}`), seed: 3,
      vocabulary: { data: arraySource(newTrain, 'new'), addTokens: 64, newRowsSteps: Math.round(30 * scale) },
      data: [
        { source: arraySource(newTrain, 'new'), weight: 1 - replay, name: 'new' },
        ...(replay > 0 ? [{ source: arraySource(englishTrain, 'english'), weight: replay, name: 'replay' }] : []),
      ],
    };
    const mid = await loadPretrained((await trainQuietly(new MidTrainer(config), `mid ${name}`)).checkpoint);
    runs[name] = await measure(mid);
    log(`language: after ${name} ${JSON.stringify(runs[name])}`);
    mid.model.dispose();
  }
  return { seqLen, baseSteps, midSteps, before, after: runs };
}

await useBackend(values.backend === 'cpu' ? cpu() : node());
const dir = await mkdtemp(join(tmpdir(), 'stagecoach-mid-bench-'));
const result: Record<string, unknown> = { backend: values.backend, quick: values.quick };
try {
  if (only.includes('context')) result.context = await contextExperiment(dir);
  if (only.includes('language')) result.language = await languageExperiment(dir);
  if (only.includes('retrieval')) result.retrieval = await retrievalExperiment(dir);
} finally {
  await rm(dir, { recursive: true, force: true });
}
console.log(JSON.stringify(result, null, 2));
