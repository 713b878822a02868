import { tf } from '@stagecoach/core';

/** Entropy of `softmax(logits)` along the last axis, in nats: `[..., V]` → `[...]`. `logsumexp(l) − Σ softmax(l)·l`. */
export function entropyFromLogits(logits: tf.Tensor): tf.Tensor {
  return tf.tidy(() => {
    const axis = logits.rank - 1;
    const logZ = tf.logSumExp(logits, axis);
    return tf.sub(logZ, tf.sum(tf.mul(tf.softmax(logits, axis), logits), axis));
  });
}
