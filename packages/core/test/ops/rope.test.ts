import { beforeAll, describe, expect, it } from 'vitest';
import { tf } from '../../src/tf.js';
import { rope, ropeFrequencies } from '../../src/ops/index.js';
import type { RopeConfig } from '../../src/ops/index.js';
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
