import { AdamW, Transformer, cpu, optimizerStep, tf, useBackend } from '@stagecoach/core';
import type { AdamWOptions, TransformerConfig } from '@stagecoach/core';
import { loadNativeAddon, nativeCpu } from '../src/index.js';

/** Whether the addon is built here (tests of the native path skip, loudly, when it is not). */
export const nativeBuilt = loadNativeAddon().ok;

/**
 * Why the built-in-vs-BLAS tests cannot run here, or undefined when a BLAS was found (CI installs
 * OpenBLAS: `apt-get install libopenblas0-pthread`).
 */
export const noBlasReason: string | undefined = (() => {
  const loaded = loadNativeAddon();
  if (!loaded.ok) return 'the native addon is not built';
  return loaded.addon.info().blas === 'none' ? 'no BLAS found (install libopenblas0-pthread)' : undefined;
})();

/** A SIMD path of the native kernels, whether this machine runs it, and a label that says why not. */
export interface SimdPath {
  path: 'generic' | 'avx2' | 'avx512';
  runs: boolean;
  label: string;
}

/** The native kernels' SIMD paths (generic, AVX2, AVX-512); each test file runs its kernel checks on every one. */
export function simdPaths(): SimdPath[] {
  const loaded = loadNativeAddon();
  const supported = loaded.ok ? loaded.addon.info().simdPaths : [];
  return (['generic', 'avx2', 'avx512'] as const).map((path) => {
    const runs = supported.includes(path);
    const why = !loaded.ok ? 'the native addon is not built' : `this CPU lacks ${path === 'avx2' ? 'AVX2 + FMA' : 'AVX-512'}`;
    return { path, runs, label: runs ? `${path} path` : `${path} path (skipped: ${why})` };
  });
}

/** Runs every native kernel on `path` (undefined: the best this CPU supports). */
export function useSimd(path: SimdPath['path'] | undefined): void {
  const loaded = loadNativeAddon();
  if (!loaded.ok) return;
  const best = loaded.addon.info().simdPaths.at(-1) ?? 'generic';
  const now = loaded.addon.setSimd(path ?? best);
  if (path !== undefined && now !== path) throw new Error(`asked for the ${path} SIMD path, got ${now}`);
}

/** Selects the native backend (once per test file). */
export async function useNative(): Promise<void> {
  await useBackend(cpu()); // silences tfjs-backend-cpu's first-use notice on the reference backend
  await useBackend(nativeCpu());
}

/** Deterministic pseudo-random values in [-scale, scale). */
export function values(count: number, seed: number, scale = 1): Float32Array {
  let s = seed >>> 0 || 1;
  const out = new Float32Array(count);
  for (let i = 0; i < count; i++) {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    out[i] = ((s / 2 ** 32) * 2 - 1) * scale;
  }
  return out;
}

/** Runs `fn` on a tfjs backend and returns every output's values (tensors disposed). */
export async function runOn(backend: string, fn: () => tf.Tensor | tf.Tensor[]): Promise<Float32Array[]> {
  const previous = tf.getBackend();
  await tf.setBackend(backend);
  try {
    const out = tf.tidy(fn);
    const list = Array.isArray(out) ? out : [out];
    const data = list.map((t) => Float32Array.from(t.dataSync()));
    tf.dispose(list);
    return data;
  } finally {
    await tf.setBackend(previous);
  }
}

/** Largest |a - b| relative to max(1, max |b|). */
export function relError(a: Float32Array, b: Float32Array): number {
  if (a.length !== b.length) return Infinity;
  let diff = 0;
  let scale = 1;
  for (let i = 0; i < a.length; i++) {
    const x = a[i] as number;
    const y = b[i] as number;
    if (Number.isNaN(x) !== Number.isNaN(y)) return Infinity;
    if (x === y || Number.isNaN(y)) continue;
    diff = Math.max(diff, Math.abs(x - y));
    if (Number.isFinite(y)) scale = Math.max(scale, Math.abs(y));
  }
  return diff / scale;
}

/** Runs `fn` on node-native and on the cpu reference and returns the worst relative error over outputs. */
export async function compareWithCpu(fn: () => tf.Tensor | tf.Tensor[]): Promise<number> {
  const native = await runOn('node-native', fn);
  const reference = await runOn('cpu', fn);
  if (native.length !== reference.length) return Infinity;
  return Math.max(...native.map((v, i) => relError(v, reference[i] as Float32Array)));
}

/** Losses, tensors left over per step, and the final weights of {@link trainSteps}. */
export interface Trained {
  losses: number[];
  leaked: number[];
  params: Map<string, Float32Array>;
}

/**
 * `steps` optimizer steps of a seeded model on the active backend, on a fixed [4, 16] batch: ids
 * `(7i) mod vocab`, targets shifted by `targetShift`.
 */
export async function trainSteps(
  config: TransformerConfig,
  steps: number,
  options: { seed: number; lr: number; targetShift: number; adamw?: AdamWOptions },
): Promise<Trained> {
  const model = new Transformer(config, { seed: options.seed });
  const optimizer = new AdamW(model.params, options.adamw);
  const v = config.vocabSize;
  const ids = tf.tensor2d(Array.from({ length: 4 * 16 }, (_, i) => (i * 7) % v), [4, 16], 'int32');
  const targets = tf.tensor2d(Array.from({ length: 4 * 16 }, (_, i) => (i * 7 + options.targetShift) % v), [4, 16], 'int32');
  const losses: number[] = [];
  const leaked: number[] = [];
  for (let s = 0; s < steps; s++) {
    const before = tf.memory().numTensors;
    const { loss } = await optimizerStep({
      params: model.params, optimizer, lr: options.lr, maxGradNorm: 1, microBatches: [{ ids, targets, tokens: 64 }],
      loss: (b) => model.loss(b.ids, b.targets),
    });
    losses.push(loss);
    leaked.push(tf.memory().numTensors - before);
  }
  const params = new Map([...model.params].map(([name, p]) => [name, Float32Array.from(p.dataSync())]));
  tf.dispose([ids, targets]);
  optimizer.dispose();
  model.dispose();
  return { losses, leaked, params };
}
