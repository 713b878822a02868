import { beforeAll, describe, expect, it } from 'vitest';
import { tf } from '../../src/tf.js';
import { rope, ropeFrequencies } from '../../src/ops/index.js';
import type { RopeConfig, RopeScaling } from '../../src/ops/index.js';
import { useBackend } from '../../src/backends/index.js';
import { cpuVariants } from './cpu-variants.js';
import { dot, expectClose, finiteDifference, randn, ropeJs } from './js-reference.js';
import { valueAndVjp } from './tf-helpers.js';

describe.each(cpuVariants)('on cpu, %s', (_variant, backend) => {
  beforeAll(async () => {
    await useBackend(backend());
  });

  const plain = (dim: number, base: number): number[] =>
    Array.from({ length: dim / 2 }, (_, i) => Math.pow(base, (-2 * i) / dim));

  describe('ropeFrequencies', () => {
    it('plain: theta^(-2i/D)', () => {
      const { invFreq, attentionFactor } = ropeFrequencies({ headDim: 8, theta: 10000 });
      expectClose(invFreq, [1, 0.1, 0.01, 0.001], 1e-15);
      expect(attentionFactor).toBe(1);
    });

    it('linear: frequencies divided by the factor', () => {
      const { invFreq } = ropeFrequencies({ headDim: 8, theta: 10000, scaling: { type: 'linear', factor: 4 } });
      expectClose(invFreq, [0.25, 0.025, 0.0025, 0.00025], 1e-15);
    });

    it('ntk: base scaled by factor^(D/(D-2))', () => {
      const { invFreq } = ropeFrequencies({ headDim: 8, theta: 10000, scaling: { type: 'ntk', factor: 4 } });
      const base = 10000 * 4 ** (8 / 6);
      expectClose(invFreq, plain(8, base), 1e-15);
      // The lowest frequency is stretched by exactly the factor (NTK-aware interpolation's design).
      expect((invFreq[3] as number) / 0.001).toBeCloseTo(1 / 4, 12);
    });

    it('yarn: high frequencies extrapolated, low ones interpolated, ramp between; attention factor', () => {
      // D = 16, base 1e4, factor 4, original context 64: the correction range is pair indices
      // [floor(-0.994) -> 0, ceil(2.016) = 3], so the ramp is i / 3 on i = 0..3.
      const config: RopeConfig = { headDim: 16, theta: 10000, scaling: { type: 'yarn', factor: 4, originalMaxPositionEmbeddings: 64 } };
      const { invFreq, attentionFactor } = ropeFrequencies(config);
      const base = plain(16, 10000);
      const expected = base.map((f, i) => {
        const ramp = Math.min(i / 3, 1);
        return (f / 4) * ramp + f * (1 - ramp);
      });
      expectClose(invFreq, expected, 1e-15);
      expect(invFreq[0]).toBe(1);
      expect(invFreq[7]).toBeCloseTo((base[7] as number) / 4, 15);
      expect(attentionFactor).toBeCloseTo(0.1 * Math.log(4) + 1, 12);
    });

    describe('llama3', () => {
      /** Hugging Face `_compute_llama3_parameters`, transcribed step by step with plain loops. */
      const hfLlama3 = (dim: number, base: number, factor: number, low: number, high: number, oldCtx: number): number[] => {
        const invFreq: number[] = [];
        for (let j = 0; j < dim; j += 2) invFreq.push(1 / base ** (j / dim));
        const lowFreqWavelen = oldCtx / low;
        const highFreqWavelen = oldCtx / high;
        const out: number[] = [];
        for (const f of invFreq) {
          const wavelen = (2 * Math.PI) / f;
          const llama = wavelen > lowFreqWavelen ? f / factor : f; // torch.where(wavelen > low_freq_wavelen, ...)
          const smooth = (oldCtx / wavelen - low) / (high - low);
          const smoothed = ((1 - smooth) * llama) / factor + smooth * llama;
          const isMedium = !(wavelen < highFreqWavelen) && !(wavelen > lowFreqWavelen);
          out.push(isMedium ? smoothed : llama);
        }
        return out;
      };
      const cases = [
        // Llama 3.2 1B/3B (head 64) and Llama 3.1 8B (head 128) published settings.
        { dim: 64, base: 500000, factor: 32, low: 1, high: 4, oldCtx: 8192 },
        { dim: 128, base: 500000, factor: 8, low: 1, high: 4, oldCtx: 8192 },
        // Small, with every band populated, and non-default factors.
        { dim: 16, base: 10000, factor: 8, low: 1, high: 4, oldCtx: 128 },
        { dim: 32, base: 10000, factor: 4, low: 2, high: 8, oldCtx: 512 },
      ];

      it.each(cases)('matches the Hugging Face formula: D $dim, θ $base, x$factor, low $low, high $high, ctx $oldCtx', (c) => {
        const config: RopeConfig = {
          headDim: c.dim, theta: c.base,
          scaling: { type: 'llama3', factor: c.factor, lowFreqFactor: c.low, highFreqFactor: c.high, originalMaxPositionEmbeddings: c.oldCtx },
        };
        const { invFreq, attentionFactor } = ropeFrequencies(config);
        const expected = hfLlama3(c.dim, c.base, c.factor, c.low, c.high, c.oldCtx);
        expect(invFreq.length).toBe(c.dim / 2);
        expectClose(invFreq, expected, 1e-15);
        expect(attentionFactor).toBe(1);
        // Each case exercises all three bands: kept, divided by the factor, and smoothed between.
        const unscaled = plain(c.dim, c.base);
        const near = (a: number, b: number): boolean => Math.abs(a - b) <= 1e-12 * b;
        const kept = unscaled.filter((f, i) => near(invFreq[i] as number, f)).length;
        const divided = unscaled.filter((f, i) => near(invFreq[i] as number, f / c.factor)).length;
        expect(kept).toBeGreaterThan(0);
        expect(divided).toBeGreaterThan(0);
        expect(kept + divided).toBeLessThan(c.dim / 2);
      });

      it('hand-computed: D 8, θ 1e4, x8, bands [16, 64]', () => {
        // Wavelengths 2π·[1, 10, 100, 1000]: 6.28 < 16 kept; 62.8 smoothed; 628 and 6283 > 64 divided by 8.
        const scaling = { type: 'llama3', factor: 8, lowFreqFactor: 1, highFreqFactor: 4, originalMaxPositionEmbeddings: 64 } as const;
        const { invFreq } = ropeFrequencies({ headDim: 8, theta: 10000, scaling });
        const smooth = (64 / (20 * Math.PI) - 1) / 3; // 0.00619...
        expectClose(invFreq, [1, (1 - smooth) * 0.0125 + smooth * 0.1, 0.00125, 0.000125], 1e-15);
      });

      it('names the missing or invalid field', () => {
        const base = { type: 'llama3', factor: 8, lowFreqFactor: 1, highFreqFactor: 4, originalMaxPositionEmbeddings: 64 } as const;
        const freqs = (scaling: RopeScaling) => () => ropeFrequencies({ headDim: 8, theta: 1e4, scaling });
        expect(freqs({ ...base, lowFreqFactor: undefined })).toThrow(/scaling\.lowFreqFactor.*low_freq_factor/);
        expect(freqs({ ...base, highFreqFactor: 0 })).toThrow(/scaling\.highFreqFactor/);
        expect(freqs({ ...base, originalMaxPositionEmbeddings: undefined })).toThrow(/scaling\.originalMaxPositionEmbeddings/);
        expect(freqs({ ...base, lowFreqFactor: 4, highFreqFactor: 4 })).toThrow(/highFreqFactor \(4\) must be greater than scaling\.lowFreqFactor/);
        expect(freqs({ ...base, lowFreqFactor: 1 })).not.toThrow();
      });
    });

    it('yarn without originalMaxPositionEmbeddings and odd headDim are ConfigErrors', () => {
      expect(() => ropeFrequencies({ headDim: 8, theta: 1e4, scaling: { type: 'yarn', factor: 2 } })).toThrow(
        /originalMaxPositionEmbeddings/,
      );
      expect(() => ropeFrequencies({ headDim: 7, theta: 1e4 })).toThrow(/even/);
    });
  });

  describe('rope', () => {
    const shape: [number, number, number, number] = [2, 2, 3, 8];
    const size = shape.reduce((a, b) => a * b, 1);
    const x = randn(size, 61);
    const dy = randn(size, 62);
    const positions = [0, 1, 2, 7, 8, 30];
    const configs: RopeConfig[] = [
      { headDim: 8, theta: 10000 },
      { headDim: 8, theta: 10000, scaling: { type: 'linear', factor: 2 } },
      { headDim: 8, theta: 500000, scaling: { type: 'ntk', factor: 8 } },
      { headDim: 8, theta: 10000, scaling: { type: 'yarn', factor: 4, originalMaxPositionEmbeddings: 16, betaFast: 16, betaSlow: 2 } },
      { headDim: 8, theta: 10000, scaling: { type: 'llama3', factor: 8, lowFreqFactor: 1, highFreqFactor: 4, originalMaxPositionEmbeddings: 64 } },
    ];

    for (const config of configs) {
      it(`rotates pairs (i, i + D/2) by pos·invFreq, ${config.scaling?.type ?? 'plain'}`, () => {
        const { invFreq, attentionFactor } = ropeFrequencies(config);
        const f = Array.from(invFreq);
        const { value, grads } = valueAndVjp(
          (xt) => rope(xt as tf.Tensor4D, tf.tensor2d(positions, [2, 3], 'int32'), config),
          [tf.tensor4d(x, shape)],
          dy,
        );
        expectClose(value, ropeJs(x, positions, shape, f, attentionFactor), 2e-5);
        const fd = finiteDifference((v) => dot(dy, ropeJs(v, positions, shape, f, attentionFactor)), x);
        expectClose(grads[0] as number[], fd, 2e-4);
      });
    }

    it('position 0 is the identity and rotation preserves each pair norm', () => {
      const xt = tf.tensor4d(x, shape);
      const out = rope(xt, tf.zeros([2, 3], 'int32') as tf.Tensor2D, { headDim: 8, theta: 10000 });
      expectClose(out.dataSync(), x, 0);
      tf.dispose([xt, out]);
    });

    it('rejects positions of the wrong shape', () => {
      const xt = tf.zeros(shape) as tf.Tensor4D;
      const p = tf.zeros([2, 4], 'int32') as tf.Tensor2D;
      expect(() => rope(xt, p, { headDim: 8, theta: 1e4 })).toThrow(/positions must be \[B, T\] = \[2, 3\]/);
      tf.dispose([xt, p]);
    });
  });
});
