import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { AdamW, cpu, optimizerStep, tf, useBackend } from '@stagecoach/core';
import { tinyModel } from '@stagecoach/core/testing';
import { CUDA_ADDON_PATH, cublasCandidates, cuda, loadCudaAddon } from '../src/index.js';
import { CUDA_FUSED_KERNELS } from '../src/cuda-fused-kernels.js';
import { CUDA_TFJS_KERNELS } from '../src/cuda-kernels.js';
import { explainNoGpu } from '../src/cuda-addon.js';
import { findNvcc } from '../scripts/build-cuda.js';

const nvcc = findNvcc();
const gpu = cuda();
const hasGpu = await gpu.isAvailable();
const noGpuReason = `no usable GPU here: ${gpu.unavailableReason() ?? ''}`;

describe('the CUDA addon on any machine', () => {
  it.skipIf(nvcc === undefined)('is built when nvcc is installed (the install and CI build it)', () => {
    expect(existsSync(CUDA_ADDON_PATH), `${CUDA_ADDON_PATH} (nvcc: ${nvcc})`).toBe(true);
    const loaded = loadCudaAddon();
    expect(loaded.ok ? 'loaded' : loaded.reason).toBe('loaded');
  });

  it.skipIf(hasGpu)('leaves cuda() unavailable with a reason that says what is missing', async () => {
    expect(await gpu.isAvailable()).toBe(false);
    expect(gpu.unavailableReason()).toMatch(/NVIDIA driver|GPU|cuBLAS|not built|CUDA_ADDON|STAGECOACH_CUDA/);
    expect(gpu.describe()).toMatch(/^cuda unavailable: /);
    expect(gpu.kernels).toEqual([]);
    await expect(gpu.init()).rejects.toThrow(/cuda is unavailable/);
  });

  it.skipIf(!loadCudaAddon().ok)('rejects pointers that are not its allocations, and bad arguments, before touching the GPU', () => {
    const loaded = loadCudaAddon();
    if (!loaded.ok) return;
    const { addon } = loaded;
    expect(() => addon.binary(0, 0, 12345, [2], 12345, [2], 12345, [2])).toThrow(/binary: a is not a live device allocation/);
    expect(() => addon.unary(0, 0, 1, 1, -1, 0, 0)).toThrow(/unary: n must be >= 0/);
    expect(() => addon.transpose(0, [2, 3], [0, 0], 0)).toThrow(/transpose: perm is not a permutation/);
    expect(() => addon.binary(0, 0, 0, [2, 3], 0, [4], 0, [2, 3])).toThrow(/shapes do not broadcast/);
    expect(() => addon.matmul(0, 0, 0, 1, 2, 2, 2, false, false, 3, 0)).toThrow(/strides must be 0 or one matrix/);
    expect(() => addon.attention(0, 0, 0, 0, [1, 3, 2, 4, 4, 8], 1, 0)).toThrow(/hq must be a multiple of hkv/);
    expect(() => addon.init('x' as unknown as string[])).toThrow(/cublasCandidates must be an array/);
  });
});

describe('CUDA kernel coverage', () => {
  it('has a CUDA body for every kernel a training step, AdamW and KV-cache generation run (GPT-2 and Llama)', async () => {
    await useBackend(cpu());
    const seen = new Set<string>();
    const originals = tf.getKernelsForBackend('cpu');
    for (const kernel of originals) {
      tf.unregisterKernel(kernel.kernelName, 'cpu');
      tf.registerKernel({ ...kernel, kernelFunc: (params) => (seen.add(kernel.kernelName), kernel.kernelFunc(params)) });
    }
    try {
      for (const family of ['gpt2', 'llama'] as const) {
        const { model } = tinyModel({ family, config: { nLayers: 1 } });
        const optimizer = new AdamW(model.params);
        const ids = tf.tensor2d([[1, 2, 3, 4], [5, 6, 7, 8]], [2, 4], 'int32');
        const targets = tf.tensor2d([[2, 3, 4, 5], [6, 7, 8, 9]], [2, 4], 'int32');
        await optimizerStep({ params: model.params, optimizer, lr: 1e-3, maxGradNorm: 1, microBatches: [{ ids, targets, tokens: 8 }],
          loss: (mb) => model.loss(mb.ids, mb.targets) });
        await model.generate([[1, 2, 3], [4, 5]], { maxNewTokens: 3, temperature: 1, stopTokens: [], seed: 1 });
        tf.dispose([ids, targets]);
        optimizer.dispose();
        model.dispose();
      }
    } finally {
      for (const kernel of originals) {
        tf.unregisterKernel(kernel.kernelName, 'cpu');
        tf.registerKernel(kernel);
      }
    }
    const covered = new Set([...CUDA_TFJS_KERNELS, ...CUDA_FUSED_KERNELS]);
    expect(seen.size).toBeGreaterThan(10);
    expect([...seen].filter((name) => !covered.has(name))).toEqual([]);
  });
});

describe('cublasCandidates', () => {
  const files = new Set([
    '/opt/cublas/libcublas.so.13', '/usr/local/cuda/lib64/libcublas.so.12',
    '/venv/lib/python3.12/site-packages/nvidia/cublas/lib/libcublas.so.13',
  ]);
  const exists = (p: string) => files.has(p);
  const sitePackages = ['/venv/lib/python3.12/site-packages'];

  it('tries the STAGECOACH_CUBLAS folder, the toolkit, the Python wheels, then the loader, without duplicates', () => {
    expect(cublasCandidates({ env: { STAGECOACH_CUBLAS: '/opt/cublas' }, sitePackages, exists })).toEqual([
      '/opt/cublas/libcublas.so.13', '/usr/local/cuda/lib64/libcublas.so.12',
      '/venv/lib/python3.12/site-packages/nvidia/cublas/lib/libcublas.so.13', 'libcublas.so.13', 'libcublas.so.12',
    ]);
  });

  it('takes a file named by STAGECOACH_CUBLAS as is, and lists only files that exist', () => {
    const list = cublasCandidates({ env: { STAGECOACH_CUBLAS: '/elsewhere/libcublas.so.13', CUDA_HOME: '/nope' }, sitePackages: [], exists });
    expect(list[0]).toBe('/elsewhere/libcublas.so.13');
    expect(list).not.toContain('/nope/lib64/libcublas.so.13');
    expect(list.slice(-2)).toEqual(['libcublas.so.13', 'libcublas.so.12']);
  });
});

describe('explainNoGpu', () => {
  it('names a missing driver, and a driver older than the runtime', () => {
    expect(explainNoGpu({ ok: false, driverVersion: 0, runtimeVersion: 13000, reason: 'x' })).toMatch(/no NVIDIA driver found/);
    expect(explainNoGpu({ ok: false, driverVersion: 12040, runtimeVersion: 13000, reason: 'x' })).toMatch(/supports CUDA 12\.4 but the addon was built with CUDA 13\.0/);
  });
});

describe.skipIf(!hasGpu)('cuda on the GPU', () => {
  it('is skipped here', () => {
    // The GPU tests run through scripts/gpu-check.sh (conformance, training step without fallbacks,
    // numTensors flat); see bench/peers/gpu-step.ts.
    expect(tf.getBackend()).toBeDefined();
  });
});

if (!hasGpu) describe.skip(`cuda conformance, training step without fallbacks, numTensors flat (${noGpuReason})`, () => {
  it('runs on a GPU machine: bash scripts/gpu-check.sh', () => undefined);
});
