import { tf } from '@stagecoach/core';
import { maskedMean, maskedVariance } from './masked.js';

/**
 * Whitening over the unmasked positions: `(x − mean) / sqrt(var + eps)`, the mean and (Bessel-corrected)
 * variance taken over positions where `mask` is 1 only, so padding does not move them. With
 * `shiftMean: false` the mean is added back (PPO whitens rewards so, keeping their sign). Masked
 * positions come out 0.
 */
export function whiten(x: tf.Tensor, mask: tf.Tensor, options: { shiftMean?: boolean; eps?: number } = {}): tf.Tensor {
  return tf.tidy(() => {
    const mean = maskedMean(x, mask);
    const scaled = tf.mul(tf.sub(x, mean), tf.rsqrt(tf.add(maskedVariance(x, mask), options.eps ?? 1e-8)));
    const shifted = options.shiftMean === false ? tf.add(scaled, mean) : scaled;
    return tf.mul(shifted, mask);
  });
}
