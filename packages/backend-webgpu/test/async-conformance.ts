import { SeededRandom, tf, withReferenceOps } from '@stagecoach/core';
import { checkConformance, conformanceCases } from '@stagecoach/core/testing';
import type { ConformanceCase, ConformanceReport, ConformanceResult } from '@stagecoach/core/testing';

/**
 * Core's conformance check, reading values with `await data()`. tfjs-backend-webgpu's `dataSync()`
 * needs `OffscreenCanvas`, which Node lacks, and today's `checkConformance()` reads with `dataSync()`;
 * this runs the same cases (`conformanceCases()`), the same seeded `dy` and the same error measure,
 * and defers to core's `checkConformance()` on other backends. Once core's suite reads with
 * `await data()`, this file can go.
 */
export async function checkConformanceAsync(options: { ops?: string[]; cases?: ConformanceCase[] } = {}): Promise<ConformanceReport> {
  if (options.cases === undefined && syncReadWorks()) return checkConformance(options);
  const backend = tf.getBackend();
  const cases = (options.cases ?? conformanceCases()).filter((c) => options.ops === undefined || options.ops.includes(c.op));
  const results: ConformanceResult[] = [];
  for (const testCase of cases) {
    const before = tf.memory().numTensors;
    let tested: Evaluation;
    try {
      tested = await evaluate(testCase);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      results.push({ name: testCase.name, op: testCase.op, maxAbsError: NaN, gradMaxAbsError: NaN, leakedTensors: 0, ok: false, error: message });
      continue;
    }
    const leakedTensors = tf.memory().numTensors - before;
    await tf.setBackend('cpu');
    let reference: Evaluation;
    try {
      reference = await withReferenceOps(() => evaluate(testCase));
    } finally {
      await tf.setBackend(backend);
    }
    const maxAbsError = maxAbsDiff(tested.value, reference.value);
    const valueOk = maxAbsError <= 1e-4 * Math.max(1, maxAbs(reference.value));
    let gradMaxAbsError = 0;
    let gradOk = tested.grads.length === reference.grads.length;
    reference.grads.forEach((ref, i) => {
      const error = maxAbsDiff(tested.grads[i] ?? new Float32Array(0), ref);
      gradMaxAbsError = Math.max(gradMaxAbsError, error);
      gradOk &&= error <= 1e-3 * Math.max(1, maxAbs(ref));
    });
    results.push({ name: testCase.name, op: testCase.op, maxAbsError, gradMaxAbsError, leakedTensors, ok: valueOk && gradOk && leakedTensors === 0 });
  }
  return { backend, ok: results.every((r) => r.ok), results };
}

/**
 * tfjs-backend-webgpu reads a GPU tensor synchronously through an `OffscreenCanvas`: Node has none,
 * and headless Chromium on SwiftShader reads zeros through it.
 */
function syncReadWorks(): boolean {
  return tf.getBackend() !== 'webgpu';
}

interface Evaluation {
  value: Float32Array;
  grads: Float32Array[];
}

/** Value and VJP of a case on the active backend (`withReferenceOps` only covers the synchronous part). */
async function evaluate(testCase: ConformanceCase): Promise<Evaluation> {
  const { value, grads } = tf.tidy(() => {
    const tensors: Record<string, tf.Tensor> = {};
    for (const [name, input] of Object.entries(testCase.inputs)) tensors[name] = tf.tensor(input.values, input.shape, input.dtype);
    const diffNames = Object.keys(testCase.inputs).filter((name) => testCase.inputs[name]?.differentiable === true);
    const out = testCase.run(tensors);
    const dy = tf.tensor(new SeededRandom(9973).normalArray(out.size, 1), out.shape, 'float32');
    const vjp = tf.grads((...xs: tf.Tensor[]) => {
      const replaced = { ...tensors };
      diffNames.forEach((name, i) => (replaced[name] = xs[i] as tf.Tensor));
      return testCase.run(replaced);
    });
    return { value: out, grads: vjp(diffNames.map((name) => tensors[name] as tf.Tensor), dy) };
  });
  try {
    return { value: Float32Array.from(await value.data()), grads: await Promise.all(grads.map(async (g) => Float32Array.from(await g.data()))) };
  } finally {
    value.dispose();
    for (const g of grads) g.dispose();
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
