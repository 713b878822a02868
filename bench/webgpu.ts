/**
 * The webgpu backend (@stagecoach/backend-webgpu), fused WGSL kernels against the unfused tfjs
 * composition (core's reference ops on tfjs-backend-webgpu's kernels), side by side in one run:
 * - causal attention forward + backward at T = 128, 256, 512 (time per call, and the peak GPU memory
 *   in use above the inputs, tracked at tfjs's buffer manager);
 * - the LoRA linear forward alone and forward + backward, and GAE over ragged responses (same figures);
 * - a whole training step (forward, backward, global-norm clipping, AdamW) of the `llama-small` preset
 *   (same figures, and tokens per second).
 * The two variants alternate, repetition by repetition, so the machine's noise hits both alike; a
 * table of the run's figures, side by side, ends the progress lines on stderr.
 *
 * In Node it runs through Dawn (npm `webgpu`); with no GPU, on Debian chromium's SwiftShader, which
 * is chosen here when VK_ICD_FILENAMES is unset and the driver is installed.
 */
import { existsSync } from 'node:fs';
import { tf } from '../packages/core/src/tf.js';
import { cpu, useBackend } from '../packages/core/src/backends/index.js';
import { causalAttention, gae, loraLinear } from '../packages/core/src/ops/index.js';
import { Transformer } from '../packages/core/src/model/index.js';
import { AdamW } from '../packages/core/src/train/index.js';
import { webgpu, webgpuFusedKernels } from '../packages/backend-webgpu/src/index.js';
import type { BenchOptions, BenchRecord } from './record.js';

const SWIFTSHADER_ICD = '/usr/lib/chromium/vk_swiftshader_icd.json';
type Variant = 'fused' | 'unfused';

/** Registers the fused kernels (`fused`) or removes them from the webgpu backend (`unfused`). */
async function select(variant: Variant): Promise<void> {
  if (variant === 'fused') {
    await useBackend(webgpu({ cpuForward: false }));
    return;
  }
  for (const { kernelName } of webgpuFusedKernels()) {
    if (tf.getKernel(kernelName, 'webgpu') !== undefined) tf.unregisterKernel(kernelName, 'webgpu');
  }
}

/** Peak bytes of GPU buffers in use, from tfjs-backend-webgpu's buffer manager. */
function gpuPeakTracker(): { reset(): number; peak(): number } {
  const backend = tf.backend();
  if (!('bufferManager' in backend)) throw new Error('bench webgpu: the active backend is not tfjs webgpu');
  const manager = (backend as { bufferManager: { numBytesUsed: number; acquireBuffer: (...args: never[]) => unknown } }).bufferManager;
  let peak = manager.numBytesUsed;
  const acquire = manager.acquireBuffer.bind(manager);
  manager.acquireBuffer = (...args: never[]) => {
    const buffer = acquire(...args);
    peak = Math.max(peak, manager.numBytesUsed);
    return buffer;
  };
  return {
    reset: () => (peak = manager.numBytesUsed),
    peak: () => peak,
  };
}

/**
 * Times `once` (which must wait for the GPU) under both variants, alternating, and tracks the peak GPU
 * memory above what was in use before each call. The first repetition compiles the shaders (and creates
 * state such as optimizer moments) and is neither timed nor counted for memory. `timeMetric` names the
 * time records; `progress` prints each repetition (for slow cases).
 */
async function compareVariants(
  bench: string, config: string, reps: number, once: () => Promise<void>,
  options: { timeMetric?: string; progress?: boolean } = {},
): Promise<BenchRecord[]> {
  const tracker = gpuPeakTracker();
  const times: Record<Variant, number[]> = { fused: [], unfused: [] };
  const peaks: Record<Variant, number> = { fused: 0, unfused: 0 };
  for (let rep = -1; rep < reps; rep++) {
    for (const variant of ['unfused', 'fused'] as const) {
      await select(variant);
      const base = tracker.reset();
      const start = performance.now();
      await once();
      const ms = performance.now() - start;
      if (options.progress) process.stderr.write(`bench webgpu: ${bench} ${config} ${variant} rep ${rep}: ${ms.toFixed(0)} ms\n`);
      if (rep < 0) continue;
      times[variant].push(ms);
      peaks[variant] = Math.max(peaks[variant], tracker.peak() - base);
    }
  }
  const records: BenchRecord[] = [];
  for (const variant of ['unfused', 'fused'] as const) {
    const ms = median(times[variant]);
    process.stderr.write(`bench webgpu: ${bench} ${config} ${variant}: ${ms.toFixed(1)} ms, peak ${(peaks[variant] / 2 ** 20).toFixed(2)} MiB\n`);
    records.push(
      { bench, backend: `webgpu-${variant}`, config, metric: options.timeMetric ?? 'time', value: ms, unit: 'ms' },
      { bench, backend: `webgpu-${variant}`, config, metric: 'peak_gpu_memory', value: peaks[variant], unit: 'bytes' },
    );
  }
  records.push(
    { bench, backend: 'webgpu', config, metric: 'fused_speedup', value: median(times.unfused) / median(times.fused), unit: 'x' },
    { bench, backend: 'webgpu', config, metric: 'fused_memory_ratio', value: peaks.fused / peaks.unfused, unit: 'x' },
  );
  return records;
}

/** Waits for a VJP's gradients on the GPU, then frees them. */
async function awaitGrads(grads: tf.Tensor[]): Promise<void> {
  await awaitSum(grads);
  tf.dispose(grads);
}

/** Waits for the GPU: reads the sum of all of `tensors` (and frees that sum). */
async function awaitSum(tensors: tf.Tensor[]): Promise<void> {
  const total = tf.tidy(() => tf.addN(tensors.map((t) => tf.sum(t))));
  await total.data();
  total.dispose();
}

async function attentionCase(t: number, reps: number): Promise<BenchRecord[]> {
  const [batch, hq, hkv, headDim] = [1, 4, 2, 32];
  const q = tf.randomNormal([batch, hq, t, headDim], 0, 1, 'float32', 1) as tf.Tensor4D;
  const k = tf.randomNormal([batch, hkv, t, headDim], 0, 1, 'float32', 2) as tf.Tensor4D;
  const v = tf.randomNormal([batch, hkv, t, headDim], 0, 1, 'float32', 3) as tf.Tensor4D;
  const dy = tf.randomNormal([batch, hq, t, headDim], 0, 1, 'float32', 4);
  const vjp = tf.grads((a: tf.Tensor, b: tf.Tensor, c: tf.Tensor) => causalAttention(a as tf.Tensor4D, b as tf.Tensor4D, c as tf.Tensor4D));
  const records = await compareVariants('attention-fwd-bwd', `B=${batch} Hq=${hq} Hkv=${hkv} T=${t} D=${headDim}`, reps,
    () => awaitGrads(vjp([q, k, v], dy)));
  tf.dispose([q, k, v, dy]);
  return records;
}

/**
 * The LoRA linear of a `[n, d] · [d, d]` layer with rank `r`: the forward alone (the fused kernel's
 * one pass over `x`), then forward + backward (`dx`, `dA`, `dB`).
 */
async function loraCase(n: number, d: number, r: number, reps: number): Promise<BenchRecord[]> {
  const x = tf.randomNormal([n, d], 0, 1, 'float32', 5);
  const w = tf.randomNormal([d, d], 0, 0.05, 'float32', 6) as tf.Tensor2D;
  const a = tf.randomNormal([r, d], 0, 0.05, 'float32', 7) as tf.Tensor2D;
  const b = tf.randomNormal([d, r], 0, 0.05, 'float32', 8) as tf.Tensor2D;
  const dy = tf.randomNormal([n, d], 0, 1, 'float32', 9);
  const config = `N=${n} in=out=${d} r=${r}`;
  const records = await compareVariants('lora-linear-fwd', config, reps, async () => {
    const y = loraLinear(x, w, a, b, 2);
    await awaitSum([y]);
    y.dispose();
  });
  const vjp = tf.grads((xi: tf.Tensor, ai: tf.Tensor, bi: tf.Tensor) => loraLinear(xi, w, ai as tf.Tensor2D, bi as tf.Tensor2D, 2));
  records.push(...(await compareVariants('lora-linear-fwd-bwd', config, reps, () => awaitGrads(vjp([x, a, b], dy)))));
  tf.dispose([x, w, a, b, dy]);
  return records;
}

/** GAE over `[rows, steps]` ragged responses (no gradient: the forward scan only). */
async function gaeCase(rows: number, steps: number, reps: number): Promise<BenchRecord[]> {
  const rewards = tf.randomNormal([rows, steps], 0, 1, 'float32', 10) as tf.Tensor2D;
  const values = tf.randomNormal([rows, steps], 0, 1, 'float32', 11) as tf.Tensor2D;
  const lengths = Array.from({ length: rows }, (_, i) => steps - ((i * 13) % steps));
  const mask = tf.tensor2d(Array.from({ length: rows * steps }, (_, e) => (e % steps < lengths[Math.floor(e / steps)]! ? 1 : 0)), [rows, steps]);
  const records = await compareVariants('gae', `B=${rows} T=${steps}`, reps, async () => {
    const { advantages, returns } = gae(rewards, values, mask, { gamma: 0.99, lambda: 0.95 });
    await awaitSum([advantages, returns]);
    tf.dispose([advantages, returns]);
  });
  tf.dispose([rewards, values, mask]);
  return records;
}

async function trainStepCase(preset: 'llama-tiny' | 'llama-small' | 'gpt2-small-lab', batch: number, seqLen: number, reps: number): Promise<BenchRecord[]> {
  const config = `${preset} B=${batch} T=${seqLen}`;
  const model = new Transformer({ preset } as never, { seed: 0 });
  const params = model.trainableParams();
  const optimizer = new AdamW(params);
  const ids = tf.randomUniform([batch, seqLen + 1], 0, 256, 'int32', 1);
  const b = {
    ids: tf.slice(ids, [0, 0], [batch, seqLen]) as tf.Tensor2D,
    targets: tf.slice(ids, [0, 1], [batch, seqLen]) as tf.Tensor2D,
  };
  // core's optimizerStep reads the loss and the gradient norm with dataSync(), which tfjs-webgpu
  // cannot do in Node (no OffscreenCanvas); the same work here, clipping on the GPU without a read.
  const step = async (): Promise<void> => {
    const { value, grads } = tf.variableGrads(() => model.loss(b.ids, b.targets), [...params.values()]);
    const clipped = new Map<string, tf.Tensor>();
    tf.tidy(() => {
      // A chain of adds, not addN: tfjs-webgpu's AddN binds every input and fails past 8 of them.
      const squares = Object.values(grads).map((g) => tf.sum(tf.square(g)));
      const norm = tf.sqrt(squares.reduce((a, c) => tf.add(a, c)));
      const scale = tf.minimum(1, tf.div(1, tf.add(norm, 1e-6)));
      for (const [name, p] of params) clipped.set(name, tf.keep(tf.mul(grads[p.name] as tf.Tensor, scale)));
    });
    optimizer.step(clipped, 1e-3);
    tf.dispose([...clipped.values(), ...Object.values(grads)]);
    await value.data(); // waits for the GPU
    value.dispose();
  };
  const records = await compareVariants('train-step', config, reps, step, { timeMetric: 'step_time', progress: true });
  tf.dispose([ids, b.ids, b.targets]);
  optimizer.dispose();
  model.dispose();
  for (const variant of ['unfused', 'fused'] as const) {
    const ms = records.find((r) => r.backend === `webgpu-${variant}` && r.metric === 'step_time')?.value ?? NaN;
    records.push({ bench: 'train-step', backend: `webgpu-${variant}`, config, metric: 'tokens_per_sec', value: (batch * seqLen) / (ms / 1000), unit: 'tokens/s' });
  }
  return records;
}

function median(xs: number[]): number {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

export async function run(options: BenchOptions): Promise<BenchRecord[]> {
  if (process.env.VK_ICD_FILENAMES === undefined && existsSync(SWIFTSHADER_ICD)) process.env.VK_ICD_FILENAMES = SWIFTSHADER_ICD;
  const backend = webgpu({ cpuForward: false });
  if (!(await backend.isAvailable())) {
    process.stderr.write(`bench webgpu: skipped: ${backend.unavailableReason?.()}\n`);
    return [];
  }
  const adapter = await backend.adapterInfo();
  process.stderr.write(`bench webgpu: adapter ${adapter.name} (${adapter.runtime})\n`);
  await useBackend(backend);
  const records: BenchRecord[] = [];
  const reps = options.quick ? 1 : 3;
  for (const t of options.quick ? [128] : [128, 256, 512]) records.push(...(await attentionCase(t, reps)));
  records.push(...(await loraCase(options.quick ? 64 : 256, options.quick ? 64 : 256, 8, reps)));
  records.push(...(await gaeCase(options.quick ? 16 : 64, options.quick ? 32 : 256, reps)));
  records.push(...(options.quick ? await trainStepCase('llama-tiny', 2, 32, 1) : await trainStepCase('llama-small', 1, 64, 2)));
  process.stderr.write(sideBySide(records));
  for (const r of records) r.config = `${r.config} (${adapter.name})`;
  await useBackend(cpu());
  return records;
}

/** The run's figures as one table, unfused and fused side by side (on stderr, after the progress lines). */
function sideBySide(records: BenchRecord[]): string {
  const value = (bench: string, config: string, backend: string, metric: string): number | undefined =>
    records.find((r) => r.bench === bench && r.config === config && r.backend === backend && r.metric === metric)?.value;
  const fixed = (x: number | undefined, digits: number): string => (x === undefined ? '—' : x.toFixed(digits));
  const mib = (x: number | undefined): string => (x === undefined ? '—' : (x / 2 ** 20).toFixed(2));
  const rows = [['bench', 'config', 'unfused ms', 'fused ms', 'speedup', 'unfused MiB', 'fused MiB', 'memory ratio']];
  const cases = [...new Map(records.map((r) => [`${r.bench}|${r.config}`, r])).values()];
  for (const { bench, config } of cases) {
    const time = bench === 'train-step' ? 'step_time' : 'time';
    rows.push([
      bench, config, fixed(value(bench, config, 'webgpu-unfused', time), 1), fixed(value(bench, config, 'webgpu-fused', time), 1),
      `${fixed(value(bench, config, 'webgpu', 'fused_speedup'), 2)}x`,
      mib(value(bench, config, 'webgpu-unfused', 'peak_gpu_memory')), mib(value(bench, config, 'webgpu-fused', 'peak_gpu_memory')),
      `${fixed(value(bench, config, 'webgpu', 'fused_memory_ratio'), 3)}x`,
    ]);
  }
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((row) => row[c]!.length)));
  const line = (row: string[]): string => `| ${row.map((cell, c) => cell.padEnd(widths[c]!)).join(' | ')} |`;
  const rule = `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`;
  return `${[line(rows[0]!), rule, ...rows.slice(1).map(line)].join('\n')}\n`;
}
