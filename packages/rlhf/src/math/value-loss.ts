import { tf } from '@stagecoach/core';
import { maskedMean } from './masked.js';

/** Inputs of {@link clippedValueLoss}: per-token tensors of one shape (e.g. `[B, T]`). */
export interface ValueLossInputs {
  /** The value head's predictions now (differentiable). */
  values: tf.Tensor;
  /** Its predictions at rollout time (constants). */
  oldValues: tf.Tensor;
  /** GAE returns, the regression targets (constants). */
  returns: tf.Tensor;
  /** 1 for a response token, 0 for padding. */
  mask: tf.Tensor;
}

/** The clipped value loss and the share of tokens where clipping bound. */
export interface ValueLoss {
  /** `½ · masked mean of max((V − R)², (V_clipped − R)²)`, `V_clipped = V_old + clip(V − V_old, −ε, ε)`. */
  loss: tf.Scalar;
  /** Share of tokens where the clipped error is the larger one. */
  clipFraction: tf.Scalar;
}

/**
 * PPO's clipped value loss (as in OpenAI baselines and TRL): the new value may not earn a lower loss by
 * moving more than `clipRange` from the value at rollout time.
 */
export function clippedValueLoss(inputs: ValueLossInputs, clipRange: number): ValueLoss {
  const { values, oldValues, returns, mask } = inputs;
  return tf.tidy(() => {
    const clippedValues = tf.add(oldValues, tf.clipByValue(tf.sub(values, oldValues), -clipRange, clipRange));
    const unclippedError = tf.square(tf.sub(values, returns));
    const clippedError = tf.square(tf.sub(clippedValues, returns));
    const loss = tf.mul(maskedMean(tf.maximum(unclippedError, clippedError), mask), 0.5) as tf.Scalar;
    const clipFraction = maskedMean(tf.cast(tf.greater(clippedError, unclippedError), 'float32'), mask);
    return { loss, clipFraction };
  });
}
