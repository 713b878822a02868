/**
 * LoRA against full fine-tuning on the same model: tokens/s of one optimizer step (forward + backward
 * + AdamW) and peak memory of a step (tfjs `peakBytes`: weights, optimizer moments and the step's
 * temporaries), on the node backend (@stagecoach/backend-node; cpu when it does not start). LoRA is
 * r = 8 on every linear layer but the head (`"all-linear"`), as PEFT's QLoRA-style recipes use.
 */
import { tf } from '../packages/core/src/tf.js';
import { cpu, useBackend } from '../packages/core/src/backends/index.js';
import { node } from '../packages/backend-node/src/index.js';
import { Transformer } from '../packages/core/src/model/index.js';
import { AdamW, optimizerStep } from '../packages/core/src/train/index.js';
import { applyLora } from '../packages/lora/src/index.js';
import type { BenchOptions, BenchRecord } from './record.js';

interface Case {
  preset: 'llama-tiny' | 'gpt2-small-lab' | 'llama-small';
  batch: number;
  seqLen: number;
  steps: number;
}

async function measure(backendName: string, c: Case, mode: 'lora-r8' | 'full'): Promise<BenchRecord[]> {
  const model = new Transformer({ preset: c.preset } as never, { seed: 0 });
  const lora = mode === 'full' ? undefined : applyLora(model, { r: 8, alpha: 16, targetModules: 'all-linear' });
  const params = lora?.trainableParams() ?? model.trainableParams();
  const optimizer = new AdamW(params, { weightDecay: 0 });
  const ids = tf.randomUniform([c.batch, c.seqLen + 1], 0, 256, 'int32', 1);
  const batch = {
    ids: tf.slice(ids, [0, 0], [c.batch, c.seqLen]) as tf.Tensor2D,
    targets: tf.slice(ids, [0, 1], [c.batch, c.seqLen]) as tf.Tensor2D,
    tokens: c.batch * c.seqLen,
  };
  const step = () => optimizerStep({ params, optimizer, lr: 1e-4, maxGradNorm: 1, microBatches: [batch], loss: (b) => model.loss(b.ids, b.targets) });
  await step(); // warm-up
  const profile = await tf.profile(async () => {
    await step();
  });
  const start = performance.now();
  for (let i = 0; i < c.steps; i += 1) await step();
  const seconds = (performance.now() - start) / 1000 / c.steps;
  const trainable = [...params.values()].reduce((n, v) => n + v.size, 0);
  tf.dispose([ids, batch.ids, batch.targets]);
  optimizer.dispose();
  lora?.dispose();
  model.dispose();
  const config = `${c.preset} B=${c.batch} T=${c.seqLen} ${mode}`;
  const mib = profile.peakBytes / 2 ** 20;
  process.stderr.write(`bench lora: ${backendName} ${config}: ${(batch.tokens / seconds).toFixed(0)} tokens/s, peak ${mib.toFixed(1)} MiB, ${trainable} trainable\n`);
  return [
    { bench: 'sft-step', backend: backendName, config, metric: 'tokens_per_sec', value: batch.tokens / seconds, unit: 'tokens/s' },
    { bench: 'sft-step', backend: backendName, config, metric: 'peak_memory', value: mib, unit: 'MiB' },
    { bench: 'sft-step', backend: backendName, config, metric: 'trainable_params', value: trainable, unit: 'params' },
  ];
}

export async function run(options: BenchOptions): Promise<BenchRecord[]> {
  const cases: Case[] = options.quick
    ? [{ preset: 'llama-tiny', batch: 4, seqLen: 64, steps: 3 }]
    : [
      { preset: 'llama-tiny', batch: 8, seqLen: 64, steps: 10 },
      { preset: 'gpt2-small-lab', batch: 4, seqLen: 128, steps: 3 },
      { preset: 'llama-small', batch: 4, seqLen: 128, steps: 3 },
    ];
  let backendName = 'node';
  try {
    await useBackend(node());
  } catch (error) {
    process.stderr.write(`bench lora: node backend unavailable (${(error as Error).message}); using cpu\n`);
    await useBackend(cpu());
    backendName = 'cpu';
  }
  const records: BenchRecord[] = [];
  for (const c of cases) {
    for (const mode of ['full', 'lora-r8'] as const) records.push(...(await measure(backendName, c, mode)));
  }
  await useBackend(cpu());
  return records;
}
