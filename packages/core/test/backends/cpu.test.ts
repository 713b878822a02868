import { beforeAll, describe, expect, it } from 'vitest';
import { tf } from '../../src/tf.js';
import { cpu, useBackend } from '../../src/backends/index.js';
import { expectClose, randn } from '../ops/js-reference.js';

beforeAll(async () => {
  await useBackend(cpu());
});

describe('cpu backend', () => {
  it('UnsortedSegmentSum: one pass, duplicates summed, out-of-range ids dropped, int32 kept', () => {
    const x = tf.tensor2d([1, 2, 3, 4, 5, 6, 7, 8], [4, 2]);
    const out = tf.unsortedSegmentSum(x, tf.tensor1d([2, 0, 2, 7], 'int32'), 3);
    expect(Array.from(out.dataSync())).toEqual([3, 4, 0, 0, 6, 8]);
    const ints = tf.unsortedSegmentSum(tf.tensor1d([1, 2, 3], 'int32'), tf.tensor1d([1, 1, 0], 'int32'), 2);
    expect(ints.dtype).toBe('int32');
    expect(Array.from(ints.dataSync())).toEqual([3, 3]);
    tf.dispose([x, out, ints]);
  });

  it('Cumsum and Cumprod accept a negative axis (tfjs 4.22 returns an empty tensor)', () => {
    const x = tf.tensor2d([1, 2, 3, 4, 5, 6], [2, 3]);
    const results = [tf.cumsum(x, -1), tf.cumsum(x, -2, true, true), tf.cumprod(x, -1), tf.cumsum(x, 1)];
    expect(results.map((t) => Array.from(t.dataSync()))).toEqual([
      [1, 3, 6, 4, 9, 15], [4, 5, 6, 0, 0, 0], [1, 2, 6, 4, 20, 120], [1, 3, 6, 4, 9, 15],
    ]);
    tf.dispose([x, ...results]);
  });

  it('embedding gradient with a large vocabulary matches a JavaScript scatter-add', () => {
    const [vocab, tokens, dim] = [30000, 64, 8];
    const ids = Array.from({ length: tokens }, (_, i) => (i * 7919) % vocab);
    const dy = randn(tokens * dim, 5);
    const table = tf.zeros([vocab, dim]);
    const [grad] = tf.grads((t: tf.Tensor) => tf.gather(t, tf.tensor1d(ids, 'int32')))([table], tf.tensor2d(dy, [tokens, dim]));
    const expected = new Float32Array(vocab * dim);
    ids.forEach((id, i) => {
      for (let j = 0; j < dim; j++) expected[id * dim + j] = (expected[id * dim + j] as number) + (dy[i * dim + j] as number);
    });
    expectClose(grad?.dataSync() ?? [], expected, 1e-6);
    tf.dispose([table, grad as tf.Tensor]);
  });
});
