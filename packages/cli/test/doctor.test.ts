import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadNativeAddon } from '@stagecoach/backend-node';
import { doctorCommand } from '../src/commands/doctor.js';

describe('stagecoach doctor', () => {
  afterEach(() => vi.restoreAllMocks());

  it('reports the backends, BLAS, threads and CPU features as JSON', async () => {
    const lines: string[] = [];
    vi.spyOn(console, 'log').mockImplementation((line: unknown) => void lines.push(String(line)));
    expect(await doctorCommand.run(['--json'])).toBe(0);
    const report = JSON.parse(lines.join('\n')) as {
      cpu: { cores: number; features: string[] };
      native: { built: boolean; blas?: string; gemm?: string; threads?: number };
      backends: Array<{ name: string; available: boolean; detail: string }>;
      chosen: string;
      cuda: { available: boolean; reason?: string; driverCuda: string; runtimeCuda: string };
    };
    expect(report.cpu.cores).toBeGreaterThan(0);
    expect(report.backends.map((b) => b.name)).toEqual(['cuda', 'tfjs-node-gpu', 'tfjs-node', 'node-native', 'wasm']);
    // The GPU section: available, or a reason (no addon, no driver, no cuBLAS) with the CUDA versions found.
    expect(report.cuda.available || (report.cuda.reason ?? '').length > 0).toBe(true);
    expect(typeof report.cuda.driverCuda).toBe('string');
    expect(report.native.built).toBe(loadNativeAddon().ok);
    if (report.native.built) {
      expect(report.native.threads).toBeGreaterThan(0);
      expect(report.native.gemm).toMatch(/^(openblas|accelerate|builtin-)/);
      if (!report.cuda.available) expect(report.chosen).toMatch(/^chose native CPU kernels/);
    }
  });

  it('prints a readable summary', async () => {
    const lines: string[] = [];
    vi.spyOn(console, 'log').mockImplementation((line: unknown) => void lines.push(String(line)));
    expect(await doctorCommand.run([])).toBe(0);
    const text = lines.join('\n');
    expect(text).toMatch(/^Stagecoach doctor/);
    expect(text).toMatch(/Backends\n/);
    expect(text).toMatch(/\nGPU {6}/);
    expect(text).toMatch(/node\(\)\s+chose/);
  });
});
