import { beforeAll, describe, expect, it } from 'vitest';
import { tf } from '../../src/tf.js';
import { layerNorm, rmsNorm } from '../../src/ops/index.js';
import { useBackend } from '../../src/backends/index.js';
import { cpuVariants } from './cpu-variants.js';
import { dot, expectClose, finiteDifference, layerNormJs, randn, rmsNormJs } from './js-reference.js';
import { valueAndVjp } from './tf-helpers.js';

describe.each(cpuVariants)('on cpu, %s', (_variant, backend) => {
  beforeAll(async () => {
    await useBackend(backend());
  });

  const dim = 5;
  const x = randn(2 * 3 * dim, 31, 1.5);
  const w = randn(dim, 32);
  const b = randn(dim, 33);
  const dy = randn(2 * 3 * dim, 34);

  describe('rmsNorm', () => {
    it('matches x / rms(x) · w, values and gradients', () => {
      const eps = 1e-6;
      const { value, grads } = valueAndVjp(
        (xt, wt) => rmsNorm(xt as tf.Tensor, wt as tf.Tensor1D, eps),
        [tf.tensor3d(x, [2, 3, dim]), tf.tensor1d(w)],
        dy,
      );
      expectClose(value, rmsNormJs(x, w, dim, eps), 1e-5);
      expectClose(grads[0] as number[], finiteDifference((v) => dot(dy, rmsNormJs(v, w, dim, eps)), x), 2e-4);
      expectClose(grads[1] as number[], finiteDifference((v) => dot(dy, rmsNormJs(x, v, dim, eps)), w), 2e-4);
    });

    it('rejects a weight of the wrong size', () => {
      const xt = tf.zeros([2, 4]);
      const wt = tf.zeros([3]) as tf.Tensor1D;
      expect(() => rmsNorm(xt, wt)).toThrow(/must be \[4\]/);
      tf.dispose([xt, wt]);
    });
  });

  describe('layerNorm', () => {
    it('matches (x - mean) / sqrt(var + eps) · g + b, values and gradients', () => {
      const eps = 1e-5;
      const { value, grads } = valueAndVjp(
        (xt, gt, bt) => layerNorm(xt as tf.Tensor, gt as tf.Tensor1D, bt as tf.Tensor1D, eps),
        [tf.tensor3d(x, [2, 3, dim]), tf.tensor1d(w), tf.tensor1d(b)],
        dy,
      );
      expectClose(value, layerNormJs(x, w, b, dim, eps), 1e-5);
      const loss = (xv: number[], gv: number[], bv: number[]): number => dot(dy, layerNormJs(xv, gv, bv, dim, eps));
      expectClose(grads[0] as number[], finiteDifference((v) => loss(v, w, b), x), 2e-4);
      expectClose(grads[1] as number[], finiteDifference((v) => loss(x, v, b), w), 2e-4);
      expectClose(grads[2] as number[], finiteDifference((v) => loss(x, w, v), b), 2e-4);
    });

    it('keeps numTensors flat', () => {
      const [xt, gt, bt] = [tf.tensor2d(x, [6, dim]), tf.tensor1d(w), tf.tensor1d(b)];
      const before = tf.memory().numTensors;
      for (let i = 0; i < 3; i++) {
        layerNorm(xt, gt as tf.Tensor1D, bt as tf.Tensor1D).dispose();
        rmsNorm(xt, gt as tf.Tensor1D).dispose();
      }
      expect(tf.memory().numTensors).toBe(before);
      tf.dispose([xt, gt, bt]);
    });
  });
});
