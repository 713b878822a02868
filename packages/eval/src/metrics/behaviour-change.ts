import { tf } from '@stagecoach/core';

/**
 * Per-token KL divergence KL(P ‖ Q) = Σ_v p(v) (log p(v) − log q(v)) between two models' next-token
 * distributions at the same positions. `logitsP` and `logitsQ` are [T, V]; returns [T]. Each value
 * is clamped at 0: KL is never negative, but float32 rounding gives about −1e-7 for nearly equal
 * distributions (a lightly fine-tuned model against its base).
 */
export function tokenKl(logitsP: tf.Tensor2D, logitsQ: tf.Tensor2D): tf.Tensor1D {
  return tf.tidy(() => {
    const logP = tf.logSoftmax(logitsP, -1); // [T, V]
    const logQ = tf.logSoftmax(logitsQ, -1); // [T, V]
    return tf.relu(tf.sum(tf.mul(tf.exp(logP), tf.sub(logP, logQ)), -1)) as tf.Tensor1D; // [T]
  });
}

/** Mean of a list of numbers; 0 for an empty list. */
export function mean(values: readonly number[]): number {
  return values.length === 0 ? 0 : values.reduce((a, b) => a + b, 0) / values.length;
}
