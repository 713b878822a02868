import { tf } from '@stagecoach/core';

/** Per-token estimators of KL(π ‖ π_ref) from tokens sampled from π (Schulman, "Approximating KL divergence", 2020). */
export type KlEstimator = 'k1' | 'k2' | 'k3';

/** The estimators' names, for messages. */
export const KL_ESTIMATORS: readonly KlEstimator[] = ['k1', 'k2', 'k3'];

/**
 * Per-token KL estimate from the log-probabilities of sampled tokens under the policy and the
 * reference (one shape, e.g. `[B, T]`). With `log r = refLogProbs − logProbs`:
 * - `k1 = −log r`: unbiased, high variance, can be negative (PPO's reward penalty);
 * - `k2 = ½ (log r)²`: biased, low variance, ≥ 0;
 * - `k3 = (r − 1) − log r`: unbiased, low variance, ≥ 0 (GRPO's penalty).
 * Differentiable in both inputs.
 */
export function klEstimate(logProbs: tf.Tensor, refLogProbs: tf.Tensor, estimator: KlEstimator): tf.Tensor {
  return tf.tidy(() => {
    const logRatio = tf.sub(refLogProbs, logProbs);
    switch (estimator) {
      case 'k1':
        return tf.neg(logRatio);
      case 'k2':
        return tf.mul(tf.square(logRatio), 0.5);
      case 'k3':
        return tf.sub(tf.sub(tf.exp(logRatio), 1), logRatio);
    }
  });
}
