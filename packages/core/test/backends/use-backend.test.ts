import { describe, expect, it, vi } from 'vitest';
import { tf } from '../../src/tf.js';
import { BackendError } from '../../src/errors.js';
import { backendInfo, cpu, useBackend } from '../../src/backends/index.js';
import type { Backend } from '../../src/backends/backend.js';
import { CACHED_ATTENTION_KERNEL, KV_CACHE_WRITE_KERNEL, LORA_LINEAR_KERNEL, listCustomOps } from '../../src/ops/index.js';

const base: Backend = {
  name: 'test',
  tfjsBackendName: 'cpu',
  isAvailable: async () => true,
  init: async () => {},
  kernels: [],
};

describe('useBackend', () => {
  it('selects cpu without printing the tfjs Node notice', async () => {
    const warn = vi.spyOn(console, 'warn');
    const log = vi.spyOn(console, 'log');
    const info = await useBackend(cpu({ fusedKernels: false }));
    tf.tensor([1, 2, 3]).dispose();
    expect(info).toEqual({ name: 'cpu', tfjsBackendName: 'cpu', fusedOps: [], kernels: ['UnsortedSegmentSum', 'Cumsum', 'Cumprod'] });
    expect(tf.getBackend()).toBe('cpu');
    expect([...warn.mock.calls, ...log.mock.calls]).toEqual([]);
    warn.mockRestore();
    log.mockRestore();
  });

  it('cpu() fuses every custom op by default and cpu({ fusedKernels: false }) removes them again', async () => {
    const fused = await useBackend(cpu());
    // loraLinear stays on tfjs matmuls and the KV-cache ops on their reference composition (see jsFusedKernels).
    const unfused = new Set([LORA_LINEAR_KERNEL, KV_CACHE_WRITE_KERNEL, CACHED_ATTENTION_KERNEL]);
    expect(fused.fusedOps.sort()).toEqual(listCustomOps().map((op) => op.kernelName).filter((name) => !unfused.has(name)).sort());
    expect(fused.kernels).toContain('StagecoachCausalAttentionGrad');
    const reference = await useBackend(cpu({ fusedKernels: false }));
    expect(reference.fusedOps).toEqual([]);
  });

  it('explains an unavailable backend with its reason', async () => {
    const missing: Backend = { ...base, name: 'gpu-x', isAvailable: async () => false, unavailableReason: () => 'no adapter found' };
    const error = await useBackend(missing).catch((e: unknown) => e);
    expect(BackendError.isInstance(error)).toBe(true);
    expect((error as Error).message).toMatch(/'gpu-x' is not available here: no adapter found.*cpu\(\)/);
  });

  it('wraps init failures and isAvailable throwing', async () => {
    const broken: Backend = { ...base, init: async () => { throw new Error('driver crashed'); } };
    await expect(useBackend(broken)).rejects.toThrow(/failed to initialise: driver crashed/);
    const throwing: Backend = { ...base, isAvailable: async () => { throw new Error('boom'); } };
    await expect(useBackend(throwing)).rejects.toThrow(/isAvailable\(\) threw: boom/);
  });

  it('fails clearly when init does not register the tfjs backend', async () => {
    const unregistered: Backend = { ...base, tfjsBackendName: 'not-registered' };
    const error = await useBackend(unregistered).catch((e: unknown) => e);
    expect(BackendError.isInstance(error)).toBe(true);
    expect((error as Error).message).toMatch(/not-registered/);
    await useBackend(cpu());
  });

  it('registers backend kernels, replacing an earlier registration', async () => {
    const makeNeg = (value: number): Backend['kernels'][number] => ({
      kernelName: 'Neg',
      kernelFunc: ({ inputs, backend }) => {
        const x = inputs.x as tf.TensorInfo;
        const cpuBackend = backend as tf.KernelBackend & { makeTensorInfo(s: number[], d: tf.DataType, v: Float32Array): tf.TensorInfo };
        return cpuBackend.makeTensorInfo(x.shape, 'float32', new Float32Array(tf.util.sizeFromShape(x.shape)).fill(value));
      },
    });
    const original = tf.getKernel('Neg', 'cpu');
    try {
      await useBackend({ ...base, kernels: [makeNeg(7)] });
      await useBackend({ ...base, kernels: [makeNeg(9)] });
      expect(Array.from(tf.neg(tf.tensor([1, 2])).dataSync())).toEqual([9, 9]);
      expect(backendInfo().kernels).toEqual(['Neg']);
    } finally {
      tf.unregisterKernel('Neg', 'cpu');
      if (original !== undefined) tf.registerKernel(original);
    }
    expect(Array.from(tf.neg(tf.tensor([1, 2])).dataSync())).toEqual([-1, -2]);
  });
});
