/**
 * Training throughput: tokens/s of one optimizer step (forward + backward + AdamW, with global-norm
 * clipping) for a test-sized and a lab-sized preset on the cpu and wasm backends, and on the node
 * backend (@stagecoach/backend-node) when it starts. The batch is fixed random tokens, so only compute
 * is measured (data loading is not).
 */
import { tf } from '../packages/core/src/tf.js';
import { cpu, useBackend, wasm } from '../packages/core/src/backends/index.js';
import { node } from '../packages/backend-node/src/index.js';
import { Transformer } from '../packages/core/src/model/index.js';
import { AdamW, optimizerStep } from '../packages/core/src/train/index.js';
import type { Backend } from '../packages/core/src/backends/backend.js';
import type { BenchOptions, BenchRecord } from './record.js';

interface Case {
  preset: 'gpt2-tiny' | 'llama-tiny' | 'gpt2-small-lab' | 'llama-small';
  batch: number;
  seqLen: number;
  steps: number;
}

interface Batch {
  ids: tf.Tensor2D;
  targets: tf.Tensor2D;
  tokens: number;
}

async function measure(backendName: string, c: Case): Promise<BenchRecord[]> {
  const model = new Transformer({ preset: c.preset } as never, { seed: 0 });
  const params = model.trainableParams();
  const optimizer = new AdamW(params);
  const ids = tf.randomUniform([c.batch, c.seqLen + 1], 0, 256, 'int32', 1);
  const batch: Batch = {
    ids: tf.slice(ids, [0, 0], [c.batch, c.seqLen]) as tf.Tensor2D,
    targets: tf.slice(ids, [0, 1], [c.batch, c.seqLen]) as tf.Tensor2D,
    tokens: c.batch * c.seqLen,
  };
  const step = () => optimizerStep({
    params, optimizer, lr: 1e-3, maxGradNorm: 1, microBatches: [batch], loss: (b) => model.loss(b.ids, b.targets),
  });
  await step(); // warm-up: kernel setup, wasm compilation
  const start = performance.now();
  for (let i = 0; i < c.steps; i += 1) await step();
  const seconds = (performance.now() - start) / 1000 / c.steps;
  tf.dispose([ids, batch.ids, batch.targets]);
  optimizer.dispose();
  model.dispose();
  const config = `${c.preset} B=${c.batch} T=${c.seqLen}`;
  process.stderr.write(`bench train: ${backendName} ${config}: ${(batch.tokens / seconds).toFixed(0)} tokens/s\n`);
  return [
    { bench: 'train-step', backend: backendName, config, metric: 'tokens_per_sec', value: batch.tokens / seconds, unit: 'tokens/s' },
    { bench: 'train-step', backend: backendName, config, metric: 'step_time', value: seconds * 1000, unit: 'ms' },
  ];
}

export async function run(options: BenchOptions): Promise<BenchRecord[]> {
  const cases: Case[] = options.quick
    ? [
      { preset: 'gpt2-tiny', batch: 4, seqLen: 64, steps: 3 },
      { preset: 'gpt2-small-lab', batch: 2, seqLen: 64, steps: 1 },
    ]
    : [
      { preset: 'gpt2-tiny', batch: 8, seqLen: 64, steps: 10 },
      { preset: 'llama-tiny', batch: 8, seqLen: 64, steps: 10 },
      { preset: 'gpt2-small-lab', batch: 4, seqLen: 128, steps: 3 },
      { preset: 'llama-small', batch: 4, seqLen: 128, steps: 3 },
    ];
  const backends: [string, () => Backend][] = [['cpu', cpu], ['wasm', () => wasm()], ['node', () => node()]];
  const records: BenchRecord[] = [];
  for (const [name, make] of backends) {
    try {
      await useBackend(make());
    } catch (error) {
      process.stderr.write(`bench train: skipping ${name}: ${(error as Error).message}\n`);
      continue;
    }
    for (const c of cases) records.push(...(await measure(name, c)));
  }
  await useBackend(cpu());
  return records;
}
