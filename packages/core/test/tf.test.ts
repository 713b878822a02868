import { describe, expect, it } from 'vitest';
import { tf } from '@stagecoach/core';

describe('tf', () => {
  it('registers gradients and chained ops', () => {
    const g = tf.grad((x: tf.Tensor) => tf.sum(tf.square(x)));
    expect(Array.from(g(tf.tensor([1, 2, 3])).dataSync())).toEqual([2, 4, 6]);
    expect(typeof tf.tensor([1]).square).toBe('function');
  });
});
