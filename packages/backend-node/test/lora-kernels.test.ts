import { beforeAll, describe, expect, it } from 'vitest';
import { LORA_LINEAR_KERNEL, linear, loraLinear, tf, withReferenceOps } from '@stagecoach/core';
import { nativeBuilt, relError, runOn, useNative, values } from './helpers.js';

const t = (shape: number[], seed: number, scale = 1) => tf.tensor(values(shape.reduce((a, b) => a * b, 1), seed, scale), shape);

describe.skipIf(!nativeBuilt)('native loraLinear kernel', () => {
  beforeAll(useNative);

  it('matches the reference on cpu in values and gradients (x, A, B) at odd sizes', async () => {
    for (const [n, inDim, outDim, r, scale] of [[37, 33, 29, 5, 2], [1, 64, 96, 8, 0.5], [130, 17, 3, 1, 16]] as const) {
      const fn = () => {
        const x = t([n, inDim], 1);
        const w = t([inDim, outDim], 2, 0.3) as tf.Tensor2D;
        const a = t([r, inDim], 3, 0.3);
        const b = t([outDim, r], 4, 0.3);
        const dy = t([n, outDim], 5);
        const f = (xx: tf.Tensor, aa: tf.Tensor, bb: tf.Tensor) =>
          tf.sum(tf.mul(loraLinear(xx, w, aa as tf.Tensor2D, bb as tf.Tensor2D, scale), dy));
        return [loraLinear(x, w, a as tf.Tensor2D, b as tf.Tensor2D, scale), ...tf.grads(f)([x, a, b])];
      };
      const native = await runOn('node-native', fn);
      const reference = await runOn('cpu', () => withReferenceOps(fn));
      const error = Math.max(...native.map((v, i) => relError(v, reference[i] as Float32Array)));
      expect(error, JSON.stringify({ n, inDim, outDim, r })).toBeLessThan(1e-5);
    }
  });

  it('runs the fused kernel and its grad kernel, and with B = 0 equals the base linear bit for bit', () => {
    expect(tf.getKernel(LORA_LINEAR_KERNEL, 'node-native')).toBeDefined();
    expect(tf.getKernel(`${LORA_LINEAR_KERNEL}Grad`, 'node-native')).toBeDefined();
    const x = t([2, 9, 48], 6);
    const w = t([48, 40], 7, 0.3) as tf.Tensor2D;
    const a = t([4, 48], 8) as tf.Tensor2D;
    const zero = tf.zeros([40, 4]) as tf.Tensor2D;
    const y = loraLinear(x, w, a, zero, 2);
    const base = linear(x, w);
    expect(Array.from(y.dataSync())).toEqual(Array.from(base.dataSync()));
    tf.dispose([x, w, a, zero, y, base]);
  });
});
