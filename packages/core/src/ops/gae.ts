import { tf } from '../tf.js';
import { ConfigError } from '../errors.js';
import { defineCustomOp, runCustomOp } from './define-op.js';

/**
 * Kernel name of {@link gae}.
 *
 * Kernel contract:
 * - inputs, in order: `rewards`, `values`, `mask`: float32 `[B, T]` (one row per response, one column
 *   per response token; `mask` 1 for a real token, 0 past the end of the response).
 * - attrs: `gamma` (discount γ), `lambda` (GAE λ), both in [0, 1].
 * - outputs, in order: `advantages` and `returns`, float32 `[B, T]`, from a reverse scan over t:
 *   `next = mask[t+1]·values[t+1]` (0 at t = T−1), `δ = rewards[t] + γ·next − values[t]`,
 *   `A[t] = δ + γλ·mask[t+1]·A[t+1]`; outputs `advantages = A·mask`, `returns = (A + values)·mask`.
 *   A masked position ends the episode: nothing is bootstrapped or carried across it.
 * - no gradient: GAE runs on rollout data (rewards and the old values are constants of the PPO update).
 */
export const GAE_KERNEL = 'StagecoachGae';

/** Discount and trace decay of {@link gae}. */
export interface GaeOptions {
  /** Discount γ in [0, 1]. */
  gamma: number;
  /** GAE λ in [0, 1]: 0 is the one-step TD advantage, 1 the Monte-Carlo return minus the value. */
  lambda: number;
}

/** Advantages and returns of {@link gae}, `[B, T]` each. */
export interface GaeResult {
  advantages: tf.Tensor2D;
  returns: tf.Tensor2D;
}

const gaeOp = defineCustomOp<tf.Tensor[]>({
  kernelName: GAE_KERNEL,
  inputNames: ['rewards', 'values', 'mask'],
  gradInputNames: [],
  forward(inputs, attrs) {
    const { rewards, values, mask } = inputs as Record<'rewards' | 'values' | 'mask', tf.Tensor2D>;
    const gamma = attrs.gamma as number;
    const lambda = attrs.lambda as number;
    return tf.tidy(() => {
      // Column by column, last to first: T small ops of shape [B].
      const r = tf.unstack(rewards, 1);
      const v = tf.unstack(values, 1);
      const m = tf.unstack(mask, 1);
      const columns: tf.Tensor[] = new Array<tf.Tensor>(r.length);
      let carried: tf.Tensor = tf.zeros([rewards.shape[0]]); // A[t+1]·mask[t+1]
      let nextValue: tf.Tensor = tf.zeros([rewards.shape[0]]); // values[t+1]·mask[t+1]
      for (let t = r.length - 1; t >= 0; t--) {
        const delta = tf.sub(tf.add(r[t]!, tf.mul(nextValue, gamma)), v[t]!);
        const advantage = tf.mul(tf.add(delta, tf.mul(carried, gamma * lambda)), m[t]!);
        columns[t] = advantage;
        carried = advantage;
        nextValue = tf.mul(v[t]!, m[t]!);
      }
      const advantages = tf.stack(columns, 1);
      return [advantages, tf.mul(tf.add(advantages, values), mask)];
    });
  },
});

/**
 * Generalized advantage estimation (Schulman et al., 2016) for a batch of responses: a reverse scan
 * over time (see {@link GAE_KERNEL} for the exact recurrence and how `mask` ends each row). Runs the
 * active backend's fused kernel when it has one, else a loop of tf ops over the T columns.
 *
 * Not differentiable, and needs not be: its inputs are rollout constants (rewards, the old value
 * estimates), and PPO regresses the value head toward the `returns` it gives.
 *
 * With γ = λ = 1 the returns are the rewards-to-go of each row and the advantages those minus the values.
 *
 * @throws ConfigError when the inputs are not float32 `[B, T]` of one shape, or γ or λ is outside [0, 1].
 */
export function gae(rewards: tf.Tensor2D, values: tf.Tensor2D, mask: tf.Tensor2D, options: GaeOptions): GaeResult {
  const inputs = { rewards, values, mask };
  for (const [name, t] of Object.entries(inputs)) {
    if (t.rank !== 2 || t.dtype !== 'float32' || !tf.util.arraysEqual(t.shape, rewards.shape)) {
      throw new ConfigError(
        `gae: ${name} is ${t.dtype} [${t.shape.join(', ')}]; rewards, values and mask must all be float32 [B, T] of one shape.`,
      );
    }
  }
  for (const name of ['gamma', 'lambda'] as const) {
    const value = options[name];
    if (!(value >= 0 && value <= 1)) throw new ConfigError(`gae: ${name} must be in [0, 1]; got ${value}.`);
  }
  const [advantages, returns] = runCustomOp(gaeOp, inputs, { gamma: options.gamma, lambda: options.lambda });
  if (advantages === undefined || returns === undefined) {
    throw new Error(`${GAE_KERNEL}: the kernel returned fewer than 2 outputs ([advantages, returns]).`);
  }
  return { advantages: advantages as tf.Tensor2D, returns: returns as tf.Tensor2D };
}
