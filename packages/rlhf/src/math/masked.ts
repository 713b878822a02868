import { tf } from '@stagecoach/core';

/** Mean of `x` over the positions where `mask` is 1 (`x` and `mask` of one shape); 0 when the mask is empty. */
export function maskedMean(x: tf.Tensor, mask: tf.Tensor): tf.Scalar {
  return tf.tidy(() => tf.div(tf.sum(tf.mul(x, mask)), tf.maximum(tf.sum(mask), 1)) as tf.Scalar);
}

/**
 * Variance of `x` over the positions where `mask` is 1, with Bessel's correction (`n / (n − 1)`, as
 * TRL's `masked_var`) when more than one position is unmasked.
 */
export function maskedVariance(x: tf.Tensor, mask: tf.Tensor): tf.Scalar {
  return tf.tidy(() => {
    const count = tf.sum(mask);
    const centred = tf.sub(x, maskedMean(x, mask));
    const variance = tf.div(tf.sum(tf.mul(tf.square(centred), mask)), tf.maximum(count, 1));
    const bessel = tf.div(count, tf.maximum(tf.sub(count, 1), 1));
    return tf.mul(variance, bessel) as tf.Scalar;
  });
}
