import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpu, tf, useBackend } from '@stagecoach/core';
import { CudaKernelBackend } from '../src/cuda-backend-class.js';
import { FallbackCounter } from '../src/cuda-fallback.js';
import { cudaKernel, cudaTfjsKernels } from '../src/cuda-kernels.js';
import { fakeCudaAddon } from './cuda-fake-addon.js';

// The TypeScript side of cuda() (storage, reference counts, kernel argument marshalling, the host
// fallback) on a host-memory stand-in for the addon: what can be checked without a GPU.
const FAKE = 'cuda-fake-test';
const addon = fakeCudaAddon();
const counter = new FallbackCounter();
const SIMULATED = new Set(['Add', 'Multiply', 'BatchMatMul', 'Reshape', 'Identity', 'ExpandDims', 'Squeeze']);

beforeAll(async () => {
  await useBackend(cpu());
  tf.registerBackend(FAKE, () => new CudaKernelBackend(addon), 0);
  for (const kernel of tf.getKernelsForBackend('cpu')) tf.registerKernel({ ...cudaKernel(kernel.kernelName, () => undefined, counter), backendName: FAKE });
  for (const kernel of cudaTfjsKernels(counter).filter((k) => SIMULATED.has(k.kernelName))) {
    if (tf.getKernel(kernel.kernelName, FAKE) !== undefined) tf.unregisterKernel(kernel.kernelName, FAKE);
    tf.registerKernel({ ...kernel, backendName: FAKE });
  }
  await tf.setBackend(FAKE);
});

afterAll(async () => {
  await useBackend(cpu());
  tf.removeBackend(FAKE);
});

async function onCpu(fn: () => tf.Tensor): Promise<Float32Array | Int32Array | Uint8Array> {
  const backend = tf.getBackend();
  await tf.setBackend('cpu');
  try {
    const t = fn();
    const values = (await t.data()) as Float32Array;
    t.dispose();
    return values;
  } finally {
    await tf.setBackend(backend);
  }
}

describe('CudaKernelBackend storage', () => {
  it('round-trips float32, int32 and bool tensors and frees device memory on dispose', async () => {
    const before = addon.live();
    const f = tf.tensor([1.5, -2, 3e-8], [3], 'float32');
    const i = tf.tensor([7, -8], [2], 'int32');
    const b = tf.tensor([true, false, true], [3], 'bool');
    expect(Array.from(await f.data())).toEqual([1.5, -2, Math.fround(3e-8)]);
    expect(await i.data()).toEqual(new Int32Array([7, -8]));
    expect(await b.data()).toEqual(new Uint8Array([1, 0, 1]));
    expect(addon.live()).toBe(before + 3);
    tf.dispose([f, i, b]);
    expect(addon.live()).toBe(before);
  });

  it('shares memory for Reshape / ExpandDims and frees it with the last reference', async () => {
    const before = addon.live();
    const x = tf.tensor([1, 2, 3, 4, 5, 6], [2, 3]);
    const y = tf.tidy(() => x.reshape([3, 2]).expandDims(0));
    expect(addon.live()).toBe(before + 1);
    x.dispose();
    expect(await y.data()).toEqual(new Float32Array([1, 2, 3, 4, 5, 6]));
    y.dispose();
    expect(addon.live()).toBe(before);
  });
});

describe('CUDA kernel marshalling (against tfjs-backend-cpu)', () => {
  it('broadcast binary ops pass the operand and output shapes', async () => {
    const make = () => tf.add(tf.tensor([1, 2, 3], [1, 3]), tf.tensor([10, 20], [2, 1]));
    expect(await make().data()).toEqual(await onCpu(make));
    const mul = () => tf.mul(tf.tensor([2, 3], [2], 'int32'), tf.tensor([[1, 2], [3, 4]], [2, 2], 'int32'));
    const t = mul();
    expect(t.dtype).toBe('int32');
    expect(await t.data()).toEqual(await onCpu(mul));
    t.dispose();
  });

  it('batched matmul: transposes and a broadcast batch of 1 give the cpu result', async () => {
    const a = (seed: number, shape: number[]) => tf.randomNormal(shape, 0, 1, 'float32', seed);
    const cases = [
      () => tf.matMul(a(1, [2, 3, 4]), a(2, [2, 4, 5])),
      () => tf.matMul(a(3, [2, 4, 3]), a(4, [4, 5]), true, false),
      () => tf.matMul(a(5, [3, 4]), a(6, [2, 5, 4]), false, true),
      () => tf.matMul(a(7, [2, 4, 3]), a(8, [2, 5, 4]), true, true),
    ];
    for (const make of cases) {
      const got = tf.tidy(make);
      const want = await onCpu(make);
      const values = await got.data();
      got.dispose();
      expect(Math.max(...Array.from(values, (v, i) => Math.abs(v - want[i]!)))).toBeLessThan(1e-5);
    }
  });
});

describe('host fallback', () => {
  it('runs kernels without a CUDA body on the cpu kernels, counts them, and leaks nothing', async () => {
    counter.reset();
    const before = { tensors: tf.memory().numTensors, live: addon.live() };
    const x = tf.tensor([0.5, 1, -2], [3]);
    const y = tf.tidy(() => tf.sin(x).add(tf.exp(x)));
    expect(Array.from(await y.data()).map((v) => +v.toFixed(5))).toEqual([0.5, 1, -2].map((v) => +(Math.sin(v) + Math.exp(v)).toFixed(5)));
    expect(counter.snapshot()).toEqual({ Sin: 1, Exp: 1 });
    tf.dispose([x, y]);
    expect(tf.memory().numTensors).toBe(before.tensors);
    expect(addon.live()).toBe(before.live);
  });

  it('returns several outputs (TopK) through the host', async () => {
    counter.reset();
    const { values, indices } = tf.topk(tf.tensor([3, 9, 1, 7]), 2);
    expect(await values.data()).toEqual(new Float32Array([9, 7]));
    expect(await indices.data()).toEqual(new Int32Array([1, 3]));
    expect(counter.total()).toBe(1);
    tf.dispose([values, indices]);
  });
});
