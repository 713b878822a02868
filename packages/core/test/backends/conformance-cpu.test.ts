import { afterEach, describe, expect, it } from 'vitest';
import { tf } from '../../src/tf.js';
import { cpu, useBackend } from '../../src/backends/index.js';
import { cpuMemory, jsFusedKernels } from '../../src/backends/js-kernels/index.js';
import { toKernelImpl } from '../../src/backends/js-kernels/js-kernel.js';
import type { JsKernel } from '../../src/backends/js-kernels/index.js';
import { ADAMW_KERNEL, CACHED_ATTENTION_KERNEL, KV_CACHE_WRITE_KERNEL, LORA_LINEAR_KERNEL, RMS_NORM_KERNEL, SILU_KERNEL, listCustomOps } from '../../src/ops/index.js';
import { checkConformance } from '../../src/testing/conformance.js';

const PUBLIC_OPS = [
  'linear', 'causalAttention', 'tokenCrossEntropy', 'crossEntropyLoss', 'tokenLogProbs', 'rmsNorm', 'layerNorm', 'rope',
  'gelu', 'silu', 'adamwUpdate', 'loraLinear', 'gae', 'cachedAttention', 'kvCacheWrite',
];

/** cpu() with some of its fused JavaScript kernels swapped for the given (broken) ones. */
async function useCpuWith(...broken: JsKernel[]): Promise<void> {
  const names = new Set(broken.map((k) => k.kernelName));
  const backend = cpu();
  await useBackend({ ...backend, kernels: [...backend.kernels.filter((k) => !names.has(k.kernelName)), ...broken.map((k) => toKernelImpl(k, cpuMemory))] });
}

function fusedKernel(name: string): JsKernel {
  const kernel = jsFusedKernels.find((k) => k.kernelName === name);
  if (kernel === undefined) throw new Error(`no fused JS kernel ${name}`);
  return kernel;
}

afterEach(async () => {
  await useBackend(cpu()); // puts the right kernels back
});

describe('checkConformance on cpu', () => {
  it('the fused JavaScript kernels match the tf-op reference in values and gradients, for every op', async () => {
    const info = await useBackend(cpu());
    // Every custom op but loraLinear (matmuls, left to tfjs's BatchMatMul) and the KV-cache ops (a
    // slice or concat around the fused attention kernel) runs a fused kernel here, so each other case
    // compares a JS kernel with the tf-op reference.
    const unfused = new Set([LORA_LINEAR_KERNEL, CACHED_ATTENTION_KERNEL, KV_CACHE_WRITE_KERNEL]);
    expect(info.fusedOps.sort()).toEqual(listCustomOps().map((op) => op.kernelName).filter((name) => !unfused.has(name)).sort());
    const report = await checkConformance();
    expect(report.results.filter((r) => !r.ok)).toEqual([]);
    expect(new Set(report.results.map((r) => r.op))).toEqual(new Set(PUBLIC_OPS));
    // The kernels accumulate in float64, the reference in float32: equal results would mean self-comparison.
    expect(report.results.filter((r) => r.op === 'rmsNorm').every((r) => r.maxAbsError > 0 && r.gradMaxAbsError > 0)).toBe(true);
    expect(report.results.every((r) => r.leakedTensors === 0)).toBe(true);
  });

  it('flags a fused kernel with a wrong value, and a fused AdamW whose outputs are out of order', async () => {
    const rmsNorm = fusedKernel(RMS_NORM_KERNEL);
    const adamw = fusedKernel(ADAMW_KERNEL);
    await useCpuWith(
      { ...rmsNorm, body: (ins, outs, shapes, attrs) => rmsNorm.body(ins, outs, shapes, { ...attrs, eps: (attrs.eps ?? 0) + 1e-2 }) },
      { ...adamw, body: (ins, [p, m, v], shapes, attrs) => adamw.body(ins, [p!, v!, m!], shapes, attrs) },
    );
    const report = await checkConformance({ ops: ['rmsNorm', 'adamwUpdate'] });
    expect(report.results.length).toBe(4);
    for (const r of report.results) {
      expect(r.ok, r.name).toBe(false);
      expect(r.maxAbsError, r.name).toBeGreaterThan(1e-3);
      expect(r.error).toBeUndefined();
    }
  });

  it('flags a gradient kernel that is wrong while the forward is right', async () => {
    const siluGrad = fusedKernel(`${SILU_KERNEL}Grad`);
    await useCpuWith({ ...siluGrad, body: ([dy], [dx]) => dx!.set(dy!) }); // dx = dy: the gradient of the identity
    const report = await checkConformance({ ops: ['silu'] });
    for (const r of report.results) {
      expect(r.maxAbsError, r.name).toBeLessThan(1e-5);
      expect(r.gradMaxAbsError, r.name).toBeGreaterThan(0.1);
      expect(r.ok, r.name).toBe(false);
    }
  });

  it('reports a kernel that throws, with its message, and goes on with the next case', async () => {
    await useCpuWith({ ...fusedKernel(SILU_KERNEL), body: () => { throw new Error('silu kernel exploded'); } });
    const before = tf.memory().numTensors;
    const report = await checkConformance({ ops: ['silu', 'gelu'] });
    expect(report.results.filter((r) => r.op === 'silu').map((r) => r.error)).toEqual(['silu kernel exploded', 'silu kernel exploded']);
    expect(report.results.filter((r) => r.op === 'gelu').every((r) => r.ok)).toBe(true);
    expect(tf.memory().numTensors).toBe(before);
  });

  it('filters by op and flags a backend that disagrees', async () => {
    const report = await checkConformance({ ops: ['gelu'], tolerance: -1 });
    expect(report.results.map((r) => r.name)).toEqual(['gelu', 'gelu [2, 5, 33] wide range (saturated tails)']);
    expect(report.ok).toBe(false);
  });
});
