import { beforeAll, describe, expect, it } from 'vitest';
import { tf } from '../../src/tf.js';
import { ConfigError } from '../../src/errors.js';
import { cachedAttention, causalAttention, kvCacheWrite } from '../../src/ops/index.js';
import { cpu, useBackend } from '../../src/backends/index.js';
import { expectClose, randn } from './js-reference.js';

beforeAll(async () => {
  await useBackend(cpu());
});

const tensor = (shape: [number, number, number, number], seed: number) => tf.tensor4d(randn(shape.reduce((a, b) => a * b, 1), seed), shape);

describe('kvCacheWrite', () => {
  it('replaces positions [offset, offset + T) and keeps the rest; leaves the cache alone unless donated', () => {
    const cache = tf.tensor4d([1, 2, 3, 4, 5, 6, 7, 8], [1, 2, 4, 1]);
    const rows = tf.tensor4d([10, 20, 30, 40], [1, 2, 2, 1]);
    const out = kvCacheWrite(cache, rows, 1);
    expect(Array.from(out.dataSync())).toEqual([1, 10, 20, 4, 5, 30, 40, 8]);
    expect(Array.from(cache.dataSync())).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    const zeros = tf.tensor4d([0, 0], [1, 2, 1, 1]);
    const before = tf.memory().numTensors;
    const donated = kvCacheWrite(out, zeros, 3, { donate: true });
    expect(out.isDisposed).toBe(true);
    expect(Array.from(donated.dataSync())).toEqual([1, 10, 20, 0, 5, 30, 40, 0]);
    expect(tf.memory().numTensors).toBe(before); // + the output, − the donated cache
    tf.dispose([cache, rows, zeros, donated]);
  });

  it('throws a ConfigError naming the shapes when the rows do not fit', () => {
    const cache = tf.zeros([1, 2, 4, 3]) as tf.Tensor4D;
    expect(() => kvCacheWrite(cache, tf.zeros([1, 2, 2, 3]) as tf.Tensor4D, 3)).toThrow(ConfigError);
    expect(() => kvCacheWrite(cache, tf.zeros([1, 1, 1, 3]) as tf.Tensor4D, 0)).toThrow(/\[1, 1, 1, 3\] at offset 0/);
    cache.dispose();
  });
});

describe('cachedAttention', () => {
  it('equals causalAttention over the filled part, whatever the unfilled positions hold (values and gradients)', () => {
    const [b, hq, hkv, tq, length, capacity, d] = [2, 4, 2, 2, 5, 8, 4];
    const q = tensor([b, hq, tq, d], 1);
    const k = tensor([b, hkv, capacity, d], 2);
    const v = tensor([b, hkv, capacity, d], 3);
    const dy = tensor([b, hq, tq, d], 4);
    const keyMask = tf.tensor2d([[0, 1, 1, 1, 1], [1, 1, 0, 1, 1]]);
    const head = (t: tf.Tensor) => tf.slice(t, [0, 0, 0, 0], [b, hkv, length, d]) as tf.Tensor4D;
    const cached = (qq: tf.Tensor, kk: tf.Tensor, vv: tf.Tensor) => tf.sum(tf.mul(cachedAttention(qq as tf.Tensor4D, kk as tf.Tensor4D, vv as tf.Tensor4D, length, { keyMask }), dy));
    const plain = (qq: tf.Tensor, kk: tf.Tensor, vv: tf.Tensor) => tf.sum(tf.mul(causalAttention(qq as tf.Tensor4D, head(kk), head(vv), { keyMask }), dy));
    const expected = causalAttention(q, head(k), head(v), { keyMask });
    const garbage = tf.concat([head(k), tf.fill([b, hkv, capacity - length, d], 1e6)], 2) as tf.Tensor4D;
    expectClose(cachedAttention(q, garbage, v, length, { keyMask }).dataSync(), expected.dataSync(), 1e-6);
    const [gq, gk, gv] = tf.grads(cached)([q, k, v]);
    const [rq, rk, rv] = tf.grads(plain)([q, k, v]);
    for (const [got, want] of [[gq, rq], [gk, rk], [gv, rv]] as const) expectClose(got!.dataSync(), want!.dataSync(), 1e-5);
    // Nothing past `length` gets a gradient.
    expect(Array.from(tf.slice(gk!, [0, 0, length, 0], [b, hkv, capacity - length, d]).dataSync()).every((x) => x === 0)).toBe(true);
  });

  it('throws a ConfigError when length does not fit the queries or the caches', () => {
    const q = tensor([1, 2, 3, 4], 5);
    const k = tensor([1, 2, 6, 4], 6);
    expect(() => cachedAttention(q, k, k, 2)).toThrow(ConfigError);
    expect(() => cachedAttention(q, k, k, 7)).toThrow(/length 7/);
    expect(() => cachedAttention(q, k, k, 4, { keyMask: tf.ones([1, 6]) as tf.Tensor2D })).toThrow(/keyMask must be \[B, length\] = \[1, 4\]/);
  });
});
