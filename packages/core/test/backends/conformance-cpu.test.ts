import { describe, expect, it } from 'vitest';
import { cpu, useBackend } from '../../src/backends/index.js';
import { checkConformance, conformanceCases } from '../../src/testing/conformance.js';

describe('checkConformance on cpu', () => {
  it('passes with the fused JavaScript kernels', async () => {
    await useBackend(cpu());
    const report = await checkConformance();
    expect(report.results.filter((r) => !r.ok)).toEqual([]);
  });

  it('covers every public op, and the tf-op reference matches itself exactly', async () => {
    await useBackend(cpu({ fusedKernels: false }));
    const ops = new Set(conformanceCases().map((c) => c.op));
    for (const op of ['linear', 'loraLinear', 'causalAttention', 'tokenCrossEntropy', 'crossEntropyLoss', 'tokenLogProbs', 'rmsNorm', 'layerNorm', 'rope', 'gelu', 'silu']) {
      expect(ops.has(op), op).toBe(true);
    }
    const report = await checkConformance();
    expect(report.ok).toBe(true);
    for (const r of report.results) {
      expect(r.maxAbsError).toBe(0);
      expect(r.leakedTensors).toBe(0);
    }
  });

  it('filters by op and flags a backend that disagrees', async () => {
    const report = await checkConformance({ ops: ['gelu'], tolerance: -1 });
    expect(report.results.map((r) => r.name)).toEqual(['gelu', 'gelu [2, 5, 33] wide range (saturated tails)']);
    expect(report.ok).toBe(false);
  });
});
