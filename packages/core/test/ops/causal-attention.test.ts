import { beforeAll, describe, expect, it } from 'vitest';
import { tf } from '../../src/tf.js';
import { causalAttention } from '../../src/ops/index.js';
import { useBackend } from '../../src/backends/index.js';
import { cpuVariants } from './cpu-variants.js';
import type { AttentionDims } from './js-reference.js';
import { attentionJs, dot, expectClose, finiteDifference, randn } from './js-reference.js';
import { valueAndVjp } from './tf-helpers.js';

describe.each(cpuVariants)('on cpu, %s', (_variant, backend) => {
  beforeAll(async () => {
    await useBackend(backend());
  });

  function check(dims: AttentionDims, keyMask?: number[], scale?: number): void {
    const { b, hq, hkv, tq, tk, d } = dims;
    const q = randn(b * hq * tq * d, 11);
    const k = randn(b * hkv * tk * d, 12);
    const v = randn(b * hkv * tk * d, 13);
    const dy = randn(b * hq * tq * d, 14);
    const mask = keyMask === undefined ? undefined : tf.tensor2d(keyMask, [b, tk]);
    const { value, grads } = valueAndVjp(
      (qt, kt, vt) => causalAttention(qt as tf.Tensor4D, kt as tf.Tensor4D, vt as tf.Tensor4D, { keyMask: mask, scale }),
      [tf.tensor4d(q, [b, hq, tq, d]), tf.tensor4d(k, [b, hkv, tk, d]), tf.tensor4d(v, [b, hkv, tk, d])],
      dy,
    );
    mask?.dispose();
    expectClose(value, attentionJs(q, k, v, dims, keyMask, scale), 1e-5);
    const loss = (qq: number[], kk: number[], vv: number[]): number => dot(dy, attentionJs(qq, kk, vv, dims, keyMask, scale));
    expectClose(grads[0] as number[], finiteDifference((x) => loss(x, k, v), q), 2e-4);
    expectClose(grads[1] as number[], finiteDifference((x) => loss(q, x, v), k), 2e-4);
    expectClose(grads[2] as number[], finiteDifference((x) => loss(q, k, x), v), 2e-4);
  }

  describe('causalAttention', () => {
    it('matches the definition, values and gradients, multi-head', () => check({ b: 2, hq: 2, hkv: 2, tq: 4, tk: 4, d: 3 }));
    it('grouped-query heads (query head h reads kv head floor(h / group))', () =>
      check({ b: 1, hq: 4, hkv: 2, tq: 3, tk: 3, d: 2 }));
    it('KV-cache offset: query i sits at key position Tk - Tq + i', () =>
      check({ b: 1, hq: 2, hkv: 1, tq: 2, tk: 5, d: 2 }, undefined, 0.7));
    it('key padding mask, including fully masked rows', () =>
      check({ b: 2, hq: 2, hkv: 1, tq: 3, tk: 3, d: 2 }, [0, 1, 1, 1, 1, 0]));

    it('is causal: changing a future key leaves earlier outputs unchanged', () => {
      const [q, k, v] = [11, 12, 13].map((s) => tf.tensor4d(randn(16, s), [1, 1, 4, 4]));
      const kChanged = tf.tensor4d([...randn(12, 12), 9, 9, 9, 9], [1, 1, 4, 4]);
      const a = causalAttention(q as tf.Tensor4D, k as tf.Tensor4D, v as tf.Tensor4D);
      const b = causalAttention(q as tf.Tensor4D, kChanged, v as tf.Tensor4D);
      expectClose(a.dataSync().slice(0, 12), b.dataSync().slice(0, 12), 0);
      expect(Math.abs((a.dataSync()[12] as number) - (b.dataSync()[12] as number))).toBeGreaterThan(1e-4);
      tf.dispose([q, k, v, kChanged, a, b] as tf.Tensor[]);
    });

    it('fully masked rows stay finite', () => {
      const q = tf.ones([1, 1, 2, 2]) as tf.Tensor4D;
      const out = causalAttention(q, q, q, { keyMask: tf.tensor2d([[0, 0]]) });
      expect(Array.from(out.dataSync()).every(Number.isFinite)).toBe(true);
      tf.dispose([q, out]);
    });

    it('rejects mismatched heads and short keys with ConfigError', () => {
      const q = tf.zeros([1, 3, 2, 2]) as tf.Tensor4D;
      const k = tf.zeros([1, 2, 2, 2]) as tf.Tensor4D;
      expect(() => causalAttention(q, k, k)).toThrow(/multiple of key\/value heads/);
      const k1 = tf.zeros([1, 1, 1, 2]) as tf.Tensor4D;
      expect(() => causalAttention(q, k1, k1)).toThrow(/at least as many/);
      tf.dispose([q, k, k1]);
    });

    it('keeps numTensors flat across calls', () => {
      const q = tf.ones([1, 2, 3, 2]) as tf.Tensor4D;
      const k = tf.ones([1, 1, 3, 2]) as tf.Tensor4D;
      const mask = tf.tensor2d([[1, 1, 0]]);
      causalAttention(q, k, k, { keyMask: mask }).dispose();
      const before = tf.memory().numTensors;
      for (let i = 0; i < 3; i++) {
        causalAttention(q, k, k, { keyMask: mask }).dispose();
        tf.grads((a: tf.Tensor) => causalAttention(a as tf.Tensor4D, k, k, { keyMask: mask }))([q]).forEach((g) => g.dispose());
      }
      expect(tf.memory().numTensors).toBe(before);
      tf.dispose([q, k, mask]);
    });
  });
});
