import { tf } from '@stagecoach/core';

/**
 * The Bradley–Terry loss of a reward model on preference pairs: `mean(−log σ(r_chosen − r_rejected − margin))`,
 * i.e. the negative log-likelihood that the chosen response wins when P(chosen ≻ rejected) = σ(r_c − r_r)
 * (InstructGPT; TRL's `RewardTrainer`, whose optional `margin` asks the chosen reward to lead by at least
 * that much). Written as `softplus(−x)`, which stays finite for any reward gap.
 *
 * `chosen`, `rejected`: `[N]` rewards; `margin`: a number or `[N]`. Differentiable in both rewards:
 * ∂loss/∂r_c = −σ(−x)/N = −∂loss/∂r_r, with x = r_c − r_r − margin.
 */
export function bradleyTerryLoss(chosen: tf.Tensor1D, rejected: tf.Tensor1D, margin: tf.Tensor1D | number = 0): tf.Scalar {
  return tf.tidy(() => {
    const gap = tf.sub(tf.sub(chosen, rejected), margin); // [N]
    return tf.mean(tf.softplus(tf.neg(gap))) as tf.Scalar;
  });
}

/** The fraction of pairs whose chosen reward is strictly above the rejected one (ties count as wrong). */
export function preferenceAccuracy(chosen: ArrayLike<number>, rejected: ArrayLike<number>): number {
  if (chosen.length === 0) return Number.NaN;
  let right = 0;
  for (let i = 0; i < chosen.length; i++) if (chosen[i]! > rejected[i]!) right += 1;
  return right / chosen.length;
}
