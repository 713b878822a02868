/**
 * Pre-trains a small GPT-2-style model on data/corpus.txt, prints progress, then writes a sample.
 * Run from the repository root: `pnpm --filter @stagecoach/example-pretrain-text start`.
 */
import { fileURLToPath } from 'node:url';
import { Pretrainer, useBackend, wasm } from '@stagecoach/core';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

await useBackend(wasm());         // or cpu(): the reference backend, same losses, slower
const trainer = new Pretrainer({
  model: 'gpt2-tiny',            // byte-level vocabulary, 2 layers, d=32
  data: here('../data/corpus.txt'),
  steps: 300,
  seqLen: 64,
  batchSize: 8,
  lr: 3e-3,
  evalEvery: 100,
  sampleEvery: 100,
  samplePrompts: ['One day, '],
  outDir: here('../runs/tiny'),
});
trainer.on('step', (e) => { if (e.step % 20 === 0) console.log(`step ${e.step}  loss ${e.loss.toFixed(3)}  ${Math.round(e.tokensPerSec)} tok/s`); });
trainer.on('eval', (e) => console.log(`val loss ${e.valLoss.toFixed(3)}  ${e.bitsPerByte.toFixed(2)} bits/byte`));
trainer.on('sample', (e) => console.log(`sample: ${e.samples[0]!.prompt}${e.samples[0]!.text}`));
const done = await trainer.train();
console.log(`done: loss ${done.finalLoss.toFixed(3)}, checkpoint ${done.checkpointPath}`);
trainer.dispose();
