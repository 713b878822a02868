import { beforeAll, describe, expect, it } from 'vitest';
import { tf } from '../../src/tf.js';
import { backendInfo, cpu, jsFusedKernelImpls, useBackend, wasm, wasmMemory } from '../../src/backends/index.js';
import { checkConformance } from '../../src/testing/conformance.js';
import { expectClose, randn } from '../ops/js-reference.js';
import { makeParams, miniModelLoss } from '../ops/mini-model.js';
import { ADAMW_KERNEL } from '../../src/ops/adamw.js';
import { AdamW } from '../../src/train/optim/adamw.js';
import { linear } from '../../src/ops/index.js';

beforeAll(async () => {
  await useBackend(wasm());
});

/** A variable holding `values` (its initial tensor disposed). */
function variable(values: number[], shape: number[]): tf.Variable {
  const init = tf.tensor(values, shape);
  const v = tf.variable(init);
  init.dispose();
  return v;
}

/** Runs `f` with the cpu backend's fused AdamW kernel unregistered (the tf-op update). */
function withReferenceAdamW<T>(f: () => T): T {
  const kernel = tf.getKernel(ADAMW_KERNEL, 'cpu');
  if (kernel !== undefined) tf.unregisterKernel(ADAMW_KERNEL, 'cpu');
  try {
    return f();
  } finally {
    if (kernel !== undefined) tf.registerKernel(kernel);
  }
}

/** Runs `f` on the cpu backend and returns to wasm. */
async function onCpu<T>(f: () => T): Promise<T> {
  await useBackend(cpu());
  try {
    return f();
  } finally {
    await useBackend(wasm());
  }
}

function lossAndGrads(): { loss: number; grads: Record<string, number[]> } {
  const params = makeParams();
  const { value, grads } = tf.variableGrads(() => miniModelLoss(params));
  const out = {
    loss: value.dataSync()[0] as number,
    grads: Object.fromEntries(Object.entries(params).map(([key, v]) => [key, Array.from(grads[v.name]?.dataSync() ?? [])])),
  };
  tf.dispose([value, ...Object.values(grads), ...Object.values(params)]);
  return out;
}

describe('wasm backend', () => {
  it('is selected and brings the training kernels tfjs-backend-wasm lacks', () => {
    const info = backendInfo();
    expect(info.tfjsBackendName).toBe('wasm');
    expect(info.kernels.slice(0, 5)).toEqual(['UnsortedSegmentSum', 'OneHot', 'Cumsum', 'Cumprod', 'BatchMatMul']);
    expect(info.fusedOps.sort()).toEqual([
      'StagecoachAdamW', 'StagecoachGelu', 'StagecoachLayerNorm', 'StagecoachRmsNorm', 'StagecoachRope', 'StagecoachSilu',
      'StagecoachTokenCrossEntropy',
    ]);
  });

  it("linear's backward transposes explicitly and runs plain 2-D matmuls (the fast path of tfjs-backend-wasm)", async () => {
    const x = tf.ones([2, 3, 4]);
    const w = tf.ones([4, 5]) as tf.Tensor2D;
    const profile = await tf.profile(() => {
      tf.dispose(tf.grads((a: tf.Tensor, b: tf.Tensor) => tf.sum(linear(a, b as tf.Tensor2D)))([x, w]));
    });
    expect(profile.kernels.filter((k) => k.name === 'Transpose').length).toBe(2);
    tf.dispose([x, w]);
  });

  it('the fused AdamW update on the wasm heap matches the tf-op update on cpu, heap flat', async () => {
    const run = (): number[][] => {
      const params = new Map([['mlp.weight', variable(randn(15, 61), [3, 5])], ['norm.weight', variable(randn(5, 62), [5])]]);
      const opt = new AdamW(params, { weightDecay: 0.2 });
      for (let step = 0; step < 3; step++) {
        const grads = new Map([['mlp.weight', tf.tensor(randn(15, 63 + step), [3, 5])], ['norm.weight', tf.tensor(randn(5, 70 + step), [5])]]);
        opt.step(grads, 0.03);
        tf.dispose([...grads.values()]);
      }
      const out = [...params.values(), ...opt.moments().values()].map((t) => Array.from(t.dataSync()));
      opt.dispose();
      tf.dispose([...params.values()]);
      return out;
    };
    run();
    const dataIdsBefore = tf.engine().backend.numDataIds();
    const onWasm = run();
    expect(tf.engine().backend.numDataIds()).toBe(dataIdsBefore);
    const reference = await onCpu(() => withReferenceAdamW(run));
    onWasm.forEach((values, i) => expectClose(values, reference[i] ?? [], 1e-6));
  });

  it('UnsortedSegmentSum matches cpu (duplicates, dropped out-of-range ids, inner dims)', async () => {
    const run = (): number[] =>
      tf.tidy(() => {
        const x = tf.tensor3d(Array.from({ length: 24 }, (_, i) => i * 0.5 - 3), [6, 2, 2]);
        const ids = tf.tensor1d([0, 2, 0, 4, -1, 2], 'int32');
        return Array.from(tf.unsortedSegmentSum(x, ids, 4).dataSync());
      });
    const onWasm = run();
    expectClose(onWasm, await onCpu(run), 0);
    expect(onWasm.slice(4, 8)).toEqual([0, 0, 0, 0]);
  });

  it('OneHot gives correct float32 and int32 one-hot rows (tfjs-backend-wasm 4.22 bug)', () => {
    const ids = tf.tensor1d([0, 2, 5, -1], 'int32');
    const f = tf.oneHot(ids, 3, 1, 0, 'float32');
    expect(f.dtype).toBe('float32');
    expect(Array.from(f.dataSync())).toEqual([1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0]);
    const i = tf.oneHot(ids, 3, 7, -2);
    expect(Array.from(i.dataSync())).toEqual([7, -2, -2, -2, -2, 7, -2, -2, -2, -2, -2, -2]);
    tf.dispose([ids, f, i]);
  });

  it('Cumsum and Cumprod accept a negative axis (tfjs-backend-wasm 4.22 reads out of bounds)', async () => {
    const run = (): number[][] =>
      tf.tidy(() => {
        const x = tf.tensor2d([1, 2, 3, 4, 5, 6], [2, 3]);
        return [tf.cumsum(x, -1), tf.cumsum(x, -2, true, true), tf.cumprod(x, -1)].map((t) => Array.from(t.dataSync()));
      });
    const onWasm = run();
    expect(onWasm[0]).toEqual([1, 3, 6, 4, 9, 15]);
    expect(onWasm).toEqual(await onCpu(run));
  });

  it('BatchMatMul replacement matches cpu for transposes, batches and broadcasts', async () => {
    const cases: Array<[number[], number[], boolean, boolean]> = [
      [[5, 3], [3, 4], false, false],
      [[3, 5], [3, 4], true, false],
      [[5, 3], [4, 3], false, true],
      [[3, 5], [4, 3], true, true],
      [[2, 5, 3], [2, 3, 4], false, false],
      [[2, 5, 3], [2, 4, 3], false, true],
      [[2, 3, 5], [3, 4], true, false],
      [[1, 5, 3], [3, 3, 4], false, false],
      [[2, 3, 5, 3], [2, 3, 4, 3], false, true],
      [[2, 1, 5, 3], [1, 3, 3, 4], false, false],
    ];
    const run = (): number[][] =>
      cases.map(([sa, sb, ta, tb], i) =>
        tf.tidy(() => {
          const a = tf.tensor(randn(tf.util.sizeFromShape(sa), 100 + i), sa);
          const b = tf.tensor(randn(tf.util.sizeFromShape(sb), 200 + i), sb);
          return Array.from(tf.matMul(a, b, ta, tb).dataSync());
        }),
      );
    const before = tf.memory().numTensors;
    const onWasm = run();
    expect(tf.memory().numTensors).toBe(before);
    const reference = await onCpu(run);
    onWasm.forEach((values, i) => expectClose(values, reference[i] ?? [], 1e-5));
  });

  it('embedding + linear + rmsNorm + rope + GQA attention + layerNorm + cross-entropy: forward and backward match cpu', async () => {
    const wasmResult = lossAndGrads();
    const cpuResult = await onCpu(lossAndGrads);
    expect(Number.isFinite(wasmResult.loss)).toBe(true);
    expect(wasmResult.loss).toBeCloseTo(cpuResult.loss, 5);
    expect(Object.keys(wasmResult.grads).sort()).toEqual(Object.keys(cpuResult.grads).sort());
    for (const [name, grad] of Object.entries(cpuResult.grads)) expectClose(wasmResult.grads[name] ?? [], grad, 1e-5);
  });

  it('passes the conformance suite, with the fused kernels and without', async () => {
    const report = await checkConformance();
    expect(report.backend).toBe('wasm');
    expect(report.results.filter((r) => !r.ok)).toEqual([]);
    expect(tf.getBackend()).toBe('wasm');
    await useBackend(wasm({ fusedKernels: false, fastMatMul: false }));
    expect(backendInfo().fusedOps).toEqual([]);
    const plain = await checkConformance();
    expect(plain.results.filter((r) => !r.ok)).toEqual([]);
    await useBackend(wasm());
  });

  it('runs every fused JavaScript kernel (attention too) on the wasm heap', async () => {
    await useBackend({ ...wasm(), kernels: [...wasm().kernels, ...jsFusedKernelImpls(wasmMemory)] });
    expect(backendInfo().fusedOps).toContain('StagecoachCausalAttention');
    const report = await checkConformance();
    expect(report.results.filter((r) => !r.ok)).toEqual([]);
    for (const k of jsFusedKernelImpls(wasmMemory)) tf.unregisterKernel(k.kernelName, 'wasm');
    await useBackend(wasm());
  });

  it('keeps numTensors and wasm heap allocations flat across training-like steps', () => {
    const params = makeParams();
    const step = (): void => {
      const { value, grads } = tf.variableGrads(() => miniModelLoss(params));
      tf.dispose([value, ...Object.values(grads)]);
    };
    step();
    const before = tf.memory().numTensors;
    const dataIdsBefore = tf.engine().backend.numDataIds();
    for (let i = 0; i < 3; i++) step();
    expect(tf.memory().numTensors).toBe(before);
    // Kernel temporaries (transposes, matmul slices) are freed on the wasm heap too.
    expect(tf.engine().backend.numDataIds()).toBe(dataIdsBefore);
    tf.dispose(Object.values(params));
  });
});
