import { describe, expect, it } from 'vitest';
import { cpu, useBackend, wasm } from '@stagecoach/core';
import { arraySource, Pretrainer } from '../../src/train/index.js';
import { tinyCorpus } from './fixtures/corpus.js';

async function losses(): Promise<number[]> {
  const trainer = new Pretrainer({ model: 'llama-tiny', data: arraySource(tinyCorpus()), steps: 5, seqLen: 16, batchSize: 4, lr: 1e-2, evalEvery: 0, seed: 2 });
  const out: number[] = [];
  trainer.on('step', (e) => out.push(e.loss));
  await trainer.train();
  trainer.dispose();
  return out;
}

describe('Pretrainer on other backends', () => {
  it('gives the same losses on wasm as on the cpu reference (float tolerance)', async () => {
    await useBackend(cpu());
    const reference = await losses();
    await useBackend(wasm());
    const onWasm = await losses();
    await useBackend(cpu());
    expect(onWasm).toHaveLength(5);
    onWasm.forEach((loss, i) => expect(loss).toBeCloseTo(reference[i]!, 3));
  });
});
