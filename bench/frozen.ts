/**
 * Frozen base weights: one optimizer step (forward + backward + AdamW, global-norm clipping) of a
 * model whose base weights are all trainable, against the same model with every base weight frozen
 * (`trainable = false`) and a trainable LoRA-like adapter (rank 8, `x·A·B·scaling` added to the
 * attention q and v projections). The two are timed interleaved, step by step, so machine noise hits
 * both alike; the fastest and the median step are reported, with the frozen/all-trainable ratio of the
 * fastest (the least disturbed on a shared machine), the median CPU time of the process (user +
 * system, all threads: less sensitive to other processes than wall time) and the matmuls one step
 * runs (noise-free). On wasm and node (the training backends); tfjs-backend-cpu takes about 14 s for
 * one such step here (`train` times it).
 */
import { tf } from '../packages/core/src/tf.js';
import { cpu, useBackend, wasm } from '../packages/core/src/backends/index.js';
import { node } from '../packages/backend-node/src/index.js';
import { Transformer, resolveTransformerConfig } from '../packages/core/src/model/index.js';
import type { LinearLayer } from '../packages/core/src/model/index.js';
import { linear } from '../packages/core/src/ops/index.js';
import { AdamW, optimizerStep } from '../packages/core/src/train/index.js';
import type { Backend } from '../packages/core/src/backends/backend.js';
import type { BenchOptions, BenchRecord } from './record.js';

interface Case {
  preset: 'gpt2-small-lab' | 'llama-small';
  batch: number;
  seqLen: number;
  steps: number;
}

const RANK = 8;

/** `base(x) + (x·A·B)·scaling`, A `[in, r]`, B `[r, out]`: LoRA's shape, enough to time a frozen base. */
class LowRankAdapter implements LinearLayer {
  readonly inFeatures: number;
  readonly outFeatures: number;
  readonly weight: tf.Variable;
  readonly bias?: tf.Variable;
  private readonly loraA: tf.Variable;
  private readonly loraB: tf.Variable;

  constructor(private readonly base: LinearLayer, seed: number) {
    this.inFeatures = base.inFeatures;
    this.outFeatures = base.outFeatures;
    this.weight = base.weight;
    this.bias = base.bias;
    this.loraA = tf.variable(tf.randomNormal([base.inFeatures, RANK], 0, 0.02, 'float32', seed));
    this.loraB = tf.variable(tf.randomNormal([RANK, base.outFeatures], 0, 0.02, 'float32', seed + 1));
  }

  apply(x: tf.Tensor): tf.Tensor {
    return tf.tidy(() => {
      const delta = linear(linear(x, this.loraA as tf.Tensor2D), this.loraB as tf.Tensor2D); // [..., out]
      return tf.add(this.base.apply(x), tf.mul(delta, 2));
    });
  }

  extraParams(): Map<string, tf.Variable> {
    return new Map([['loraA', this.loraA], ['loraB', this.loraB]]);
  }
}

/** A model and its training step; `frozen` freezes every base weight and adds adapters on q and v. */
function setup(c: Case, frozen: boolean) {
  const model = new Transformer(resolveTransformerConfig(c.preset), { seed: 0 });
  if (frozen) {
    for (const v of model.params.values()) v.trainable = false;
    let seed = 100;
    for (const [name, layer] of model.linears()) {
      if (name.endsWith('attn.q') || name.endsWith('attn.v')) model.replaceLinear(name, new LowRankAdapter(layer, (seed += 2)));
    }
  }
  const params = model.trainableParams();
  const optimizer = new AdamW(params);
  const ids = tf.randomUniform([c.batch, c.seqLen + 1], 0, 256, 'int32', 1);
  const batch = {
    ids: tf.slice(ids, [0, 0], [c.batch, c.seqLen]) as tf.Tensor2D,
    targets: tf.slice(ids, [0, 1], [c.batch, c.seqLen]) as tf.Tensor2D,
    tokens: c.batch * c.seqLen,
  };
  ids.dispose();
  const trainable = [...params.values()].reduce((n, v) => n + v.size, 0);
  return {
    trainable,
    step: (): void => {
      optimizerStep({ params, optimizer, lr: 1e-3, maxGradNorm: 1, microBatches: [batch], loss: (b) => model.loss(b.ids, b.targets) });
    },
    dispose: (): void => {
      tf.dispose([batch.ids, batch.targets]);
      optimizer.dispose();
      model.dispose();
    },
  };
}

function median(xs: number[]): number {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

/** Wall-clock and CPU time (user + system, every thread of the process) of `fn`, in ms. */
function timed(fn: () => void): { wall: number; cpu: number } {
  const [start, cpuStart] = [performance.now(), process.cpuUsage()];
  fn();
  const cpu = process.cpuUsage(cpuStart);
  return { wall: performance.now() - start, cpu: (cpu.user + cpu.system) / 1000 };
}

/** The `BatchMatMul` kernels one call of `fn` runs. */
async function matMulCount(fn: () => void): Promise<number> {
  const profile = await tf.profile(fn);
  return profile.kernels.filter((k) => k.name === 'BatchMatMul').length;
}

async function measure(backendName: string, c: Case): Promise<BenchRecord[]> {
  const all = setup(c, false);
  const frozen = setup(c, true);
  all.step(); // warm-up: kernel setup, wasm compilation
  frozen.step();
  const matMuls = { all: await matMulCount(all.step), frozen: await matMulCount(frozen.step) };
  const times = { all: [] as number[], frozen: [] as number[] };
  const cpuTimes = { all: [] as number[], frozen: [] as number[] };
  for (let i = 0; i < c.steps; i += 1) {
    for (const kind of ['all', 'frozen'] as const) {
      const { wall, cpu } = timed(kind === 'all' ? all.step : frozen.step);
      times[kind].push(wall);
      cpuTimes[kind].push(cpu);
    }
  }
  const fastest = { all: Math.min(...times.all), frozen: Math.min(...times.frozen) };
  const cpuMedian = { all: median(cpuTimes.all), frozen: median(cpuTimes.frozen) };
  const trainable = { all: all.trainable, frozen: frozen.trainable };
  all.dispose();
  frozen.dispose();
  const config = `${c.preset} B=${c.batch} T=${c.seqLen}`;
  const ratio = fastest.frozen / fastest.all;
  process.stderr.write(
    `bench frozen: ${backendName} ${config}: all-trainable ${fastest.all.toFixed(0)} ms (${matMuls.all} matmuls), ` +
      `frozen base + rank-${RANK} adapters ${fastest.frozen.toFixed(0)} ms (${matMuls.frozen} matmuls): ${ratio.toFixed(2)}x; ` +
      `CPU time ${cpuMedian.all.toFixed(0)} vs ${cpuMedian.frozen.toFixed(0)} ms: ${(cpuMedian.frozen / cpuMedian.all).toFixed(2)}x\n`,
  );
  const records: BenchRecord[] = [];
  for (const kind of ['all', 'frozen'] as const) {
    const bench = kind === 'all' ? 'train-step-all-trainable' : 'train-step-frozen-base';
    const what = `${config} trainable=${trainable[kind]}${kind === 'frozen' ? ` (rank-${RANK} adapters on q, v)` : ''}`;
    records.push(
      { bench, backend: backendName, config: what, metric: 'step_time_min', value: fastest[kind], unit: 'ms' },
      { bench, backend: backendName, config: what, metric: 'step_time_median', value: median(times[kind]), unit: 'ms' },
      { bench, backend: backendName, config: what, metric: 'step_cpu_time_median', value: cpuMedian[kind], unit: 'ms' },
      { bench, backend: backendName, config: what, metric: 'matmuls_per_step', value: matMuls[kind], unit: 'kernels' },
    );
  }
  records.push(
    { bench: 'train-step-frozen-base', backend: backendName, config, metric: 'frozen_over_all_trainable', value: ratio, unit: 'ratio' },
    {
      bench: 'train-step-frozen-base', backend: backendName, config, metric: 'frozen_over_all_trainable_cpu_time',
      value: cpuMedian.frozen / cpuMedian.all, unit: 'ratio',
    },
  );
  return records;
}

export async function run(options: BenchOptions): Promise<BenchRecord[]> {
  const cases: Case[] = options.quick
    ? [{ preset: 'gpt2-small-lab', batch: 2, seqLen: 64, steps: 3 }]
    : [
      { preset: 'gpt2-small-lab', batch: 2, seqLen: 128, steps: 9 },
      { preset: 'llama-small', batch: 2, seqLen: 128, steps: 9 },
    ];
  const backends: [string, () => Backend][] = [['wasm', () => wasm()], ['node', () => node()]];
  const records: BenchRecord[] = [];
  for (const [name, make] of backends) {
    try {
      await useBackend(make());
    } catch (error) {
      process.stderr.write(`bench frozen: skipping ${name}: ${(error as Error).message}\n`);
      continue;
    }
    for (const c of cases) records.push(...(await measure(name, c)));
  }
  await useBackend(cpu());
  return records;
}
