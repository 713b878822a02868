import { tf } from '@stagecoach/core';
import { maskedMean } from './masked.js';

/** Inputs of {@link clippedPolicyLoss}: per-token tensors of one shape (e.g. `[B, T]`). */
export interface PolicyLossInputs {
  /** `log π_θ(a)` of the sampled tokens under the policy being trained (differentiable). */
  logProbs: tf.Tensor;
  /** `log π_old(a)`: the same tokens under the policy that sampled them (constants). */
  oldLogProbs: tf.Tensor;
  /** Advantage of each token (constants). */
  advantages: tf.Tensor;
  /** 1 for a response token, 0 for padding. */
  mask: tf.Tensor;
}

/** The clipped surrogate loss and what it says about the update. */
export interface PolicyLoss {
  /** Per token, `max(−A·r, −A·clip(r, 1 − ε, 1 + ε))` (any value at masked positions): for another aggregation than the token mean (`aggregateLoss`). */
  perToken: tf.Tensor;
  /** Masked mean of `max(−A·r, −A·clip(r, 1 − ε, 1 + ε))`, `r = exp(logProbs − oldLogProbs)`. */
  loss: tf.Scalar;
  /** Share of tokens where the clipped term is the larger one (its gradient is 0 there). */
  clipFraction: tf.Scalar;
  /** KL(π_old ‖ π_θ) estimated with k3, `(r − 1) − log r`, masked mean: a diagnostic, not part of the loss. */
  approxKl: tf.Scalar;
}

/**
 * PPO's clipped policy objective (Schulman et al., 2017), negated into a loss: the ratio of new to old
 * token probabilities is kept inside `[1 − clipRange, 1 + clipRange]` in the direction the advantage
 * pushes it, so one batch cannot move the policy far.
 */
export function clippedPolicyLoss(inputs: PolicyLossInputs, clipRange: number): PolicyLoss {
  const { logProbs, oldLogProbs, advantages, mask } = inputs;
  return tf.tidy(() => {
    const logRatio = tf.sub(logProbs, oldLogProbs);
    const ratio = tf.exp(logRatio);
    const unclipped = tf.mul(tf.neg(advantages), ratio);
    const clipped = tf.mul(tf.neg(advantages), tf.clipByValue(ratio, 1 - clipRange, 1 + clipRange));
    const perToken = tf.maximum(unclipped, clipped);
    const loss = maskedMean(perToken, mask);
    const clipFraction = maskedMean(tf.cast(tf.greater(clipped, unclipped), 'float32'), mask);
    const approxKl = maskedMean(tf.sub(tf.sub(ratio, 1), logRatio), mask);
    return { perToken, loss, clipFraction, approxKl };
  });
}
