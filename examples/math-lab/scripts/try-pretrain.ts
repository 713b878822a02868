// Experiment: how fast the pre-training stage runs here (figures depend on the shared machine's load).
import { mkdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { Pretrainer, useBackend } from '@stagecoach/core';
import { node } from '@stagecoach/backend-node';
import { numbersCorpus } from '../src/corpus/numbers-corpus.js';
import { trainDigitTokenizer } from '../src/corpus/digit-tokenizer.js';

await useBackend(node());
const [dModel, nLayers, steps, batch] = process.argv.slice(2).map(Number) as [number, number, number, number];
const docs = numbersCorpus(0, 20000);
mkdirSync('/tmp/lab-try', { recursive: true });
writeFileSync('/tmp/lab-try/library.jsonl', docs.map((text) => JSON.stringify({ text })).join('\n') + '\n');
let t = performance.now();
const tokenizer = await trainDigitTokenizer(docs, 512);
console.log('bpe s', ((performance.now() - t) / 1000).toFixed(1), 'vocab', tokenizer.vocabSize, tokenizer.encode('358+247=605 In the tens, Lily had').length);
t = performance.now();
const trainer = new Pretrainer({
  model: process.env.FAM === 'gpt2' ? { family: 'gpt2', vocabSize: tokenizer.vocabSize, contextLength: 128, dModel, nLayers, nHeads: 4, dFf: dModel * 4 } : { family: 'llama', vocabSize: tokenizer.vocabSize, contextLength: 128, dModel, nLayers, nHeads: 4, nKvHeads: 2, dFf: Math.round(dModel * 8 / 3) },
  data: '/tmp/lab-try/library.jsonl', tokenizer, steps, seqLen: 128, batchSize: batch, lr: 3e-3, evalEvery: 0, seed: 0,
});
trainer.on('step', (e) => { if (e.step % 10 === 0) console.log(e.step, e.loss.toFixed(3), Math.round(e.tokensPerSec), 'tok/s', loadavg()[0]!.toFixed(1)); });
await trainer.train();
console.log('train s', ((performance.now() - t) / 1000).toFixed(1));
