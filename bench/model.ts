/**
 * Model benchmarks: forward throughput (tokens/s through the whole model, batch × sequence) and
 * generation throughput (new tokens/s, greedy, batched prompts) with and without the KV cache, for a
 * test-sized and a lab-sized preset on the cpu and wasm backends.
 */
import { tf } from '../packages/core/src/tf.js';
import { cpu, useBackend, wasm } from '../packages/core/src/backends/index.js';
import { Transformer, resolveTransformerConfig } from '../packages/core/src/model/index.js';
import type { Backend } from '../packages/core/src/backends/backend.js';
import type { BenchOptions, BenchRecord } from './record.js';

interface Case {
  preset: 'gpt2-tiny' | 'llama-tiny' | 'gpt2-small-lab' | 'llama-small';
  batch: number;
  seqLen: number;
  promptLen: number;
  newTokens: number;
}

async function timeIt(iterations: number, fn: () => Promise<void>): Promise<number> {
  await fn(); // warm-up (kernel setup, wasm compilation)
  const start = performance.now();
  for (let i = 0; i < iterations; i++) await fn();
  return (performance.now() - start) / 1000 / iterations;
}

export async function run(options: BenchOptions): Promise<BenchRecord[]> {
  // The cpu backend (plain JavaScript, the reference) is far slower than wasm: it gets the smaller cases.
  const tiny: Case[] = [
    { preset: 'gpt2-tiny', batch: 8, seqLen: 64, promptLen: 16, newTokens: 32 },
    { preset: 'llama-tiny', batch: 8, seqLen: 64, promptLen: 16, newTokens: 32 },
  ];
  const casesFor = (backend: string): Case[] => {
    if (options.quick) {
      return [
        { preset: 'gpt2-tiny', batch: 4, seqLen: 64, promptLen: 8, newTokens: 16 },
        { preset: 'llama-small', batch: 2, seqLen: 32, promptLen: 8, newTokens: 8 },
      ];
    }
    if (backend === 'cpu') return [...tiny, { preset: 'llama-small', batch: 2, seqLen: 64, promptLen: 16, newTokens: 16 }];
    return [
      ...tiny,
      { preset: 'gpt2-small-lab', batch: 8, seqLen: 128, promptLen: 32, newTokens: 32 },
      { preset: 'llama-small', batch: 8, seqLen: 128, promptLen: 32, newTokens: 32 },
    ];
  };
  const iterations = options.quick ? 3 : 5;
  const backends: Backend[] = [cpu(), wasm()];
  const records: BenchRecord[] = [];
  for (const backend of backends) {
    await useBackend(backend);
    for (const c of casesFor(backend.name)) {
      const model = new Transformer(resolveTransformerConfig(c.preset), { seed: 0 });
      const config = `${c.preset} (${(model.numParams / 1e6).toFixed(2)}M params) B=${c.batch}`;
      const record = (metric: string, value: number, unit: string): void => {
        records.push({ bench: 'model', backend: backend.name, config, metric, value: Number(value.toFixed(1)), unit });
      };
      const ids = tf.tensor2d(
        Array.from({ length: c.batch }, (_, b) => Array.from({ length: c.seqLen }, (_, t) => (b * 31 + t * 7) % 256)),
        undefined,
        'int32',
      );
      const forwardSeconds = await timeIt(iterations, async () => {
        const { logits } = model.forward(ids);
        await logits.data();
        logits.dispose();
      });
      ids.dispose();
      record(`forward T=${c.seqLen}`, (c.batch * c.seqLen) / forwardSeconds, 'tokens/s');

      // Prompts of different lengths (left padding), greedy, no early stop.
      const prompts = Array.from({ length: c.batch }, (_, b) =>
        Array.from({ length: c.promptLen - (b % 3) }, (_, t) => (b * 13 + t * 5) % 256));
      for (const useCache of [true, false]) {
        const seconds = await timeIt(iterations, async () => {
          await model.generate(prompts, { maxNewTokens: c.newTokens, stopTokens: [], useCache });
        });
        record(`generate ${c.newTokens} new, prompt ${c.promptLen}, ${useCache ? 'KV cache' : 'no cache'}`,
          (c.batch * c.newTokens) / seconds, 'tokens/s');
      }
      model.dispose();
    }
  }
  return records;
}
