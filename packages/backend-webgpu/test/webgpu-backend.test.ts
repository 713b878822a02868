import { afterAll, describe, expect, it } from 'vitest';
import { cpu, tf, useBackend } from '@stagecoach/core';
import { checkConformance } from '@stagecoach/core/testing';
import { webgpu } from '../src/index.js';
import { webgpuSkipReason } from './helpers.js';

const skipReason = await webgpuSkipReason();
/** SwiftShader compiles every WGSL program on the CPU: minutes on a loaded 2-core machine. */
const SWIFTSHADER_TIMEOUT = 300_000;
if (skipReason !== undefined) console.warn(`[backend-webgpu] skipped: ${skipReason}`);

describe.skipIf(skipReason !== undefined)('webgpu() backend', () => {
  afterAll(async () => {
    await useBackend(cpu());
  });

  it('reports the adapter: name, features and limits', async () => {
    const info = await webgpu().adapterInfo();
    expect(info.name.length).toBeGreaterThan(0);
    expect(Array.isArray(info.features)).toBe(true);
    expect(info.limits.maxComputeWorkgroupStorageSize).toBeGreaterThanOrEqual(16384);
    expect(typeof info.subgroups).toBe('boolean');
  });

  it('passes core conformance on tfjs-webgpu kernels (reference ops, no fused kernels)', async () => {
    const selected = await useBackend(webgpu({ fusedKernels: false, cpuForward: false }));
    expect(selected.tfjsBackendName).toBe('webgpu');
    expect(selected.fusedOps).toEqual([]);
    const report = await checkConformance();
    expect(report.results.filter((r) => !r.ok)).toEqual([]);
  }, SWIFTSHADER_TIMEOUT);

  it('passes core conformance with the fused WGSL kernels', async () => {
    const selected = await useBackend(webgpu({ cpuForward: false }));
    expect(selected.fusedOps).toEqual(expect.arrayContaining([
      'StagecoachCausalAttention', 'StagecoachTokenCrossEntropy', 'StagecoachRmsNorm', 'StagecoachLayerNorm', 'StagecoachRope', 'StagecoachLoraLinear',
      'StagecoachGelu', 'StagecoachSilu', 'StagecoachAdamW', 'StagecoachGae',
    ]));
    const report = await checkConformance();
    expect(report.results.filter((r) => !r.ok)).toEqual([]);
  }, SWIFTSHADER_TIMEOUT);
});
