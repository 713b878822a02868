import { describe, expect, it } from 'vitest';
import { backendInfo, cpu, resolveTransformerConfig, tf, useBackend } from '@stagecoach/core';
import { nativeCpu, node } from '../src/index.js';
import { nativeBuilt, noBlasReason, trainSteps } from './helpers.js';

const config = resolveTransformerConfig({ family: 'gpt2', vocabSize: 50, contextLength: 16, dModel: 32, nLayers: 2, nHeads: 4, dFf: 64 });

/** Trains a tiny model for a few steps on the active backend; returns the losses and tensors left per step. */
const train = (steps: number) => trainSteps(config, steps, { seed: 3, lr: 3e-3, targetShift: 7 });

describe('node() backend', () => {
  it('says what it chose and why the others were not taken', async () => {
    const backend = node();
    expect(await backend.isAvailable()).toBe(true);
    const names = backend.candidates().map((c) => c.name);
    expect(names).toEqual(['cuda', 'tfjs-node-gpu', 'tfjs-node', 'node-native', 'wasm']);
    const tfjsNode = backend.candidates().find((c) => c.name === 'tfjs-node');
    // tfjs-node cannot be installed on these machines: the absent path must be clean and explained.
    expect(tfjsNode?.available).toBe(false);
    expect(tfjsNode?.detail).toMatch(/not installed/);
    expect(backend.describe()).toMatch(nativeBuilt ? /^chose native CPU kernels .*matmul: / : /^chose wasm/);
    expect(backend.tfjsBackendName).toBe(nativeBuilt ? 'node-native' : 'wasm');
  });

  it.skipIf(!nativeBuilt)('trains a model on the native kernels: same losses as the cpu reference, numTensors flat', async () => {
    await useBackend(cpu()); // silences tfjs-backend-cpu's first-use notice on the reference backend
    const info = await useBackend(node({ tensorflow: false }));
    expect(info.tfjsBackendName).toBe('node-native');
    expect(info.fusedOps.length).toBeGreaterThanOrEqual(6);
    const native = await train(4);
    expect(native.leaked.slice(1)).toEqual([0, 0, 0]);
    expect(native.losses[3]).toBeLessThan(native.losses[0]!);
    await tf.setBackend('cpu');
    const reference = await train(4);
    native.losses.forEach((l, i) => expect(l).toBeCloseTo(reference.losses[i]!, 3));
  });

  it.skipIf(noBlasReason !== undefined)(`the builtin sgemm and the BLAS train the same way${noBlasReason ? ` (skipped: ${noBlasReason})` : ''}`, async () => {
    const builtinBackend = nativeCpu({ blas: false });
    await useBackend(builtinBackend);
    expect(builtinBackend.describe()).toMatch(/matmul: builtin-/);
    const builtin = await train(2);
    const blasBackend = nativeCpu({ blas: true });
    await useBackend(blasBackend);
    expect(blasBackend.describe()).toMatch(/matmul: (openblas|accelerate)\b/);
    const blas = await train(2);
    await useBackend(nativeCpu());
    builtin.losses.forEach((l, i) => expect(l).toBeCloseTo(blas.losses[i]!, 4));
  });

  it('falls back to wasm when the native kernels are disabled (native: false)', async () => {
    const backend = node({ native: false, tensorflow: false });
    await useBackend(backend);
    expect(backendInfo().tfjsBackendName).toBe('wasm');
    expect(backend.describe()).toMatch(/^chose wasm/);
    expect(backend.candidates().find((c) => c.name === 'node-native')?.detail).toMatch(/disabled/);
    const { losses, leaked } = await train(2);
    expect(leaked[1]).toBe(0);
    expect(Number.isFinite(losses[1])).toBe(true);
  });
});
