import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tf } from '../../src/tf.js';
import { CACHED_ATTENTION_KERNEL, KV_CACHE_WRITE_KERNEL, gelu, listCustomOps, rmsNorm, silu, withReferenceOps } from '../../src/ops/index.js';
import { backendInfo, cpu, useBackend } from '../../src/backends/index.js';
import { checkConformance } from '../../src/testing/conformance.js';
import { calls, fusedCpuKernels } from './fused-cpu-kernels.js';
import { expectClose } from './js-reference.js';
import { makeParams, miniModelLoss } from './mini-model.js';

const fusedCpu = { ...cpu(), name: 'cpu-fused-js', kernels: fusedCpuKernels };

beforeAll(async () => {
  await useBackend(fusedCpu);
});

afterAll(() => {
  for (const k of fusedCpuKernels) tf.unregisterKernel(k.kernelName, 'cpu');
});

describe('custom-op dispatch', () => {
  it('useBackend registers the fused kernels and reports them', () => {
    const info = backendInfo();
    expect(info.name).toBe('cpu-fused-js');
    // The test kernels cover every op but the KV-cache ops, which stay on their reference composition here.
    const unfused = new Set([KV_CACHE_WRITE_KERNEL, CACHED_ATTENTION_KERNEL]);
    expect(info.fusedOps.sort()).toEqual(listCustomOps().map((op) => op.kernelName).filter((name) => !unfused.has(name)).sort());
  });

  it('runs the fused kernels (and grad kernels) when registered, the reference inside withReferenceOps', () => {
    calls.clear();
    const params = makeParams();
    const fused = tf.variableGrads(() => miniModelLoss(params));
    expect(calls.get('StagecoachCausalAttention')).toBe(1);
    expect(calls.get('StagecoachRmsNormGrad')).toBe(1);
    expect(calls.get('StagecoachRopeGrad')).toBe(2);
    calls.clear();
    const reference = withReferenceOps(() => tf.variableGrads(() => miniModelLoss(params)));
    expect(calls.size).toBe(0);
    expectClose(fused.value.dataSync(), reference.value.dataSync(), 1e-5);
    for (const name of Object.keys(reference.grads)) {
      expectClose(fused.grads[name]?.dataSync() ?? [], reference.grads[name]?.dataSync() ?? [], 1e-4);
    }
    tf.dispose([fused.value, reference.value, ...Object.values(fused.grads), ...Object.values(reference.grads)]);
    tf.dispose(Object.values(params));
  });

  it('gelu and silu run their kernels (gelu its grad kernel, silu the reference VJP) and match the reference', () => {
    const x = tf.tensor2d([-4, -1, -0.1, 0, 0.3, 1, 2.5, 6], [2, 4]);
    const dy = tf.tensor2d([0.5, -1, 2, 1, -0.7, 0.2, 1, -3], [2, 4]);
    const f = (t: tf.Tensor): tf.Tensor => tf.add(tf.mul(gelu(t), dy), tf.mul(silu(t), tf.mul(dy, 2)));
    calls.clear();
    const fused = [f(x), ...tf.grads(f)([x])];
    expect(calls.get('StagecoachGelu')).toBe(2);
    expect(calls.get('StagecoachGeluGrad')).toBe(1);
    expect(calls.get('StagecoachSilu')).toBe(2);
    expect(calls.get('StagecoachSiluGrad')).toBeUndefined();
    calls.clear();
    const reference = withReferenceOps(() => [f(x), ...tf.grads(f)([x])]);
    expect(calls.size).toBe(0);
    fused.forEach((t, i) => expectClose(t.dataSync(), reference[i]?.dataSync() ?? [], 1e-5));
    tf.dispose([x, dy, ...fused, ...reference]);
  });

  it('passes the conformance suite with fused kernels (reference VJP for attention, CE, layerNorm)', async () => {
    const report = await checkConformance();
    const failed = report.results.filter((r) => !r.ok);
    expect(failed).toEqual([]);
    expect(report.backend).toBe('cpu');
  });

  it('registers the gradient on first dispatch when a kernel was registered without useBackend', () => {
    tf.unregisterGradient('StagecoachRmsNorm');
    expect(tf.getGradient('StagecoachRmsNorm')).toBeUndefined();
    const x = tf.tensor2d([1, 2, 3, 4], [2, 2]);
    const w = tf.tensor1d([1, 1]);
    const [dx] = tf.grads((a: tf.Tensor) => rmsNorm(a, w))([x]);
    expect(tf.getGradient('StagecoachRmsNorm')).toBeDefined();
    expect(Array.from(dx?.dataSync() ?? []).every(Number.isFinite)).toBe(true);
    tf.dispose([x, w, dx as tf.Tensor]);
  });

  it('keeps numTensors flat across training-like steps', () => {
    const params = makeParams();
    const step = (): void => {
      const { value, grads } = tf.variableGrads(() => miniModelLoss(params));
      tf.dispose([value, ...Object.values(grads)]);
    };
    step();
    const before = tf.memory().numTensors;
    for (let i = 0; i < 3; i++) step();
    expect(tf.memory().numTensors).toBe(before);
    tf.dispose(Object.values(params));
  });
});
