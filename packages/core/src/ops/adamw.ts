import { tf } from '../tf.js';
import { ConfigError } from '../errors.js';
import { defineCustomOp, runCustomOp } from './define-op.js';

/**
 * Kernel name of {@link adamwUpdate}.
 *
 * Kernel contract:
 * - inputs, in order: `param`, `m`, `v`, `grad` (float32, same shape). The inputs are not modified.
 * - attrs: `lr`, `beta1`, `beta2`, `eps`, `weightDecay` (0 for a parameter that does not decay),
 *   `bc1 = 1 - beta1^t`, `bc2Sqrt = sqrt(1 - beta2^t)`.
 * - outputs, in order: `[param', m', v']` (same shape), PyTorch's update:
 *   `m' = beta1·m + (1 - beta1)·g`, `v' = beta2·v + (1 - beta2)·g²`,
 *   `param' = param·(1 - lr·weightDecay) - (lr / bc1)·m' / (sqrt(v') / bc2Sqrt + eps)`.
 * - no gradient.
 */
export const ADAMW_KERNEL = 'StagecoachAdamW';

/** Hyper-parameters of one {@link adamwUpdate}. */
export interface AdamWUpdateOptions {
  lr: number;
  beta1: number;
  beta2: number;
  eps: number;
  /** Decoupled weight decay λ of this parameter (0: no decay). */
  weightDecay: number;
  /** The update's number t, from 1: the bias corrections are `1 - beta1^t` and `1 - beta2^t`. */
  step: number;
}

type AdamWAttr = 'lr' | 'beta1' | 'beta2' | 'eps' | 'weightDecay' | 'bc1' | 'bc2Sqrt';

const adamwOp = defineCustomOp<tf.Tensor[]>({
  kernelName: ADAMW_KERNEL,
  inputNames: ['param', 'm', 'v', 'grad'],
  gradInputNames: [],
  forward(inputs, attrs) {
    const { param, m, v, grad } = inputs as Record<'param' | 'm' | 'v' | 'grad', tf.Tensor>;
    const { lr, beta1, beta2, eps, weightDecay, bc1, bc2Sqrt } = attrs as Record<AdamWAttr, number>;
    const m1 = tf.add(tf.mul(m, beta1), tf.mul(grad, 1 - beta1));
    const v1 = tf.add(tf.mul(v, beta2), tf.mul(tf.square(grad), 1 - beta2));
    // PyTorch's form: p -= (lr / bc1) * m / (sqrt(v) / sqrt(bc2) + eps)
    const denom = tf.add(tf.div(tf.sqrt(v1), bc2Sqrt), eps);
    const update = tf.mul(tf.div(m1, denom), lr / bc1);
    const decayed = weightDecay > 0 ? tf.mul(param, 1 - lr * weightDecay) : param;
    return [tf.sub(decayed, update), m1, v1];
  },
});

/**
 * One AdamW update of a parameter (`torch.optim.AdamW`'s form, decoupled weight decay): returns new
 * tensors `[param', m', v']` (see {@link ADAMW_KERNEL} for the formula) and modifies nothing. Runs the
 * active backend's fused kernel when it has one, else about twelve element-wise tf ops.
 *
 * @throws ConfigError when the four tensors differ in shape or are not float32, or `step` < 1.
 */
export function adamwUpdate(
  param: tf.Tensor, m: tf.Tensor, v: tf.Tensor, grad: tf.Tensor, options: AdamWUpdateOptions,
): [tf.Tensor, tf.Tensor, tf.Tensor] {
  const inputs = { param, m, v, grad };
  for (const [name, t] of Object.entries(inputs)) {
    if (t.dtype !== 'float32' || !tf.util.arraysEqual(t.shape, param.shape)) {
      throw new ConfigError(
        `adamwUpdate: ${name} is ${t.dtype} [${t.shape.join(', ')}]; param, m, v and grad must all be float32 ` +
          `of the parameter's shape [${param.shape.join(', ')}].`,
      );
    }
  }
  const { lr, beta1, beta2, eps, weightDecay, step } = options;
  if (!Number.isInteger(step) || step < 1) {
    throw new ConfigError(`adamwUpdate: step must be an integer >= 1 (the update's number t); got ${step}.`);
  }
  const attrs = { lr, beta1, beta2, eps, weightDecay, bc1: 1 - beta1 ** step, bc2Sqrt: Math.sqrt(1 - beta2 ** step) };
  const [p1, m1, v1] = runCustomOp(adamwOp, inputs, attrs);
  if (p1 === undefined || m1 === undefined || v1 === undefined) {
    throw new Error(`${ADAMW_KERNEL}: the kernel returned fewer than 3 outputs ([param', m', v']).`);
  }
  return [p1, m1, v1];
}
