import { tf } from '../tf.js';
import { withReferenceOps } from '../ops/define-op.js';
import { silenceCpuNodeNotice } from '../backends/cpu.js';
import { conformanceCases } from './conformance-cases.js';
import type { ConformanceCase } from './conformance-cases.js';
import { seededNormal } from './conformance-random.js';

export type { ConformanceCase, ConformanceInput } from './conformance-cases.js';
export { conformanceCases } from './conformance-cases.js';

/** Options of {@link checkConformance}. */
export interface ConformanceOptions {
  /** Largest allowed value error, relative to `max(1, max |reference|)`. Default `1e-4`. */
  tolerance?: number;
  /** Largest allowed gradient error, relative to `max(1, max |reference gradient|)`. Default `1e-3`. */
  gradTolerance?: number;
  /** Only run cases whose op is in this list (`causalAttention`, `rope`, ...). Default: all. */
  ops?: string[];
}

/** The outcome of one conformance case. */
export interface ConformanceResult {
  name: string;
  op: string;
  /** Largest absolute difference of the op's value from the reference. */
  maxAbsError: number;
  /** Largest absolute difference of any input gradient from the reference (VJP with a fixed seeded `dy`). */
  gradMaxAbsError: number;
  /** Tensors the case left allocated on the tested backend (must be 0). */
  leakedTensors: number;
  ok: boolean;
  /** Set when the op threw on the tested backend. */
  error?: string;
}

/** The conformance of the active backend. */
export interface ConformanceReport {
  backend: string;
  ok: boolean;
  results: ConformanceResult[];
}

interface Evaluation {
  value: Float32Array;
  grads: Float32Array[];
}

/**
 * Runs every core custom op (and the AdamW update) on the ACTIVE backend with fixed seeded inputs and
 * compares values and gradients with the reference implementation (tf ops, never fused kernels)
 * computed on the `cpu` backend. Results are read with `await data()`, never synchronously. Use it to test a backend's fused kernels: `await useBackend(myBackend()); await checkConformance()`.
 * The active backend is restored afterwards.
 */
export async function checkConformance(options: ConformanceOptions = {}): Promise<ConformanceReport> {
  const tolerance = options.tolerance ?? 1e-4;
  const gradTolerance = options.gradTolerance ?? 1e-3;
  const backend = tf.getBackend();
  const cases = conformanceCases().filter((c) => options.ops === undefined || options.ops.includes(c.op));
  const results: ConformanceResult[] = [];
  for (const testCase of cases) {
    const before = tf.memory().numTensors;
    let tested: Evaluation;
    try {
      tested = await read(compute(testCase));
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      results.push({ name: testCase.name, op: testCase.op, maxAbsError: NaN, gradMaxAbsError: NaN, leakedTensors: 0, ok: false, error: message });
      continue;
    }
    const leakedTensors = tf.memory().numTensors - before;
    await tf.setBackend('cpu');
    silenceCpuNodeNotice();
    let reference: Evaluation;
    try {
      reference = await read(withReferenceOps(() => compute(testCase)));
    } finally {
      await tf.setBackend(backend);
    }
    const maxAbsError = maxAbsDiff(tested.value, reference.value);
    const valueOk = maxAbsError <= tolerance * Math.max(1, maxAbs(reference.value));
    let gradMaxAbsError = 0;
    let gradOk = tested.grads.length === reference.grads.length;
    reference.grads.forEach((ref, i) => {
      const error = maxAbsDiff(tested.grads[i] ?? new Float32Array(0), ref);
      gradMaxAbsError = Math.max(gradMaxAbsError, error);
      gradOk &&= error <= gradTolerance * Math.max(1, maxAbs(ref));
    });
    results.push({
      name: testCase.name, op: testCase.op, maxAbsError, gradMaxAbsError, leakedTensors,
      ok: valueOk && gradOk && leakedTensors === 0,
    });
  }
  return { backend, ok: results.every((r) => r.ok), results };
}

/**
 * The op's value and the VJP of every differentiable input with a seeded `dy`, on the active backend:
 * `[value, ...grads]`, still on the device (the caller reads and disposes them).
 */
function compute(testCase: ConformanceCase): tf.Tensor[] {
  return tf.tidy(() => {
    const tensors: Record<string, tf.Tensor> = {};
    for (const [name, input] of Object.entries(testCase.inputs)) {
      tensors[name] = tf.tensor(input.values, input.shape, input.dtype);
    }
    const diffNames = Object.keys(testCase.inputs).filter((name) => testCase.inputs[name]?.differentiable === true);
    const value = testCase.run(tensors);
    if (diffNames.length === 0) return [value];
    const dy = tf.tensor(seededNormal(value.size, 9973), value.shape, 'float32');
    const vjp = tf.grads((...xs: tf.Tensor[]) => {
      const replaced = { ...tensors };
      diffNames.forEach((name, i) => (replaced[name] = xs[i] as tf.Tensor));
      return testCase.run(replaced);
    });
    return [value, ...vjp(diffNames.map((name) => tensors[name] as tf.Tensor), dy)];
  });
}

/**
 * Reads a case's tensors from the device without blocking (`await data()`, all reads in flight at
 * once, so a WebGPU backend maps its buffers without stalling), then disposes them.
 */
async function read(tensors: tf.Tensor[]): Promise<Evaluation> {
  try {
    const [value, ...grads] = await Promise.all(tensors.map(async (t) => Float32Array.from(await t.data())));
    if (value === undefined) throw new Error('conformance: a case computed no value');
    return { value, grads };
  } finally {
    tf.dispose(tensors);
  }
}

function maxAbsDiff(a: Float32Array, b: Float32Array): number {
  if (a.length !== b.length) return Infinity;
  let max = 0;
  for (let i = 0; i < a.length; i++) {
    const d = Math.abs((a[i] as number) - (b[i] as number));
    if (!(d <= max)) max = Number.isNaN(d) ? Infinity : d;
  }
  return max;
}

function maxAbs(a: Float32Array): number {
  let max = 0;
  for (const x of a) max = Math.max(max, Math.abs(x));
  return max;
}
