import { tf } from '../tf.js';
import { ConfigError } from '../errors.js';
import { defineCustomOp, runCustomOp } from './define-op.js';

/**
 * Kernel name of {@link rmsNorm}.
 *
 * Kernel contract (forward):
 * - inputs, in order: `x` float32 `[N, D]` (the op flattens leading axes), `weight` float32 `[D]`.
 * - attrs: `eps` (number).
 * - output: float32 `[N, D]`, `y = x · rsqrt(mean(x², axis=-1) + eps) · weight`.
 *
 * Gradient kernel `StagecoachRmsNormGrad` (optional):
 * - inputs, in order: `dy` `[N, D]`, `x`, `weight`; same attrs.
 * - outputs, in order: `dx` `[N, D]`, `dWeight` `[D]`. With `r = rsqrt(mean(x²) + eps)` and
 *   `g = dy · weight`: `dx = r · g - x · r³ · mean(g · x)`, `dWeight = Σ_n dy · x · r`.
 */
export const RMS_NORM_KERNEL = 'StagecoachRmsNorm';

const rmsNormOp = defineCustomOp({
  kernelName: RMS_NORM_KERNEL,
  inputNames: ['x', 'weight'],
  gradInputNames: ['x', 'weight'],
  forward(inputs, attrs) {
    const { x, weight } = inputs as { x: tf.Tensor2D; weight: tf.Tensor1D };
    const r = tf.rsqrt(tf.add(tf.mean(tf.square(x), -1, true), attrs.eps as number)); // [N, 1]
    return tf.mul(tf.mul(x, r), weight);
  },
  backward(dy, inputs, attrs) {
    const { x, weight } = inputs as { x: tf.Tensor2D; weight: tf.Tensor1D };
    const r = tf.rsqrt(tf.add(tf.mean(tf.square(x), -1, true), attrs.eps as number)); // [N, 1]
    const g = tf.mul(dy, weight); // [N, D]
    const dot = tf.mean(tf.mul(g, x), -1, true); // [N, 1]
    const dx = tf.sub(tf.mul(g, r), tf.mul(tf.mul(x, tf.pow(r, 3)), dot));
    const dWeight = tf.sum(tf.mul(tf.mul(dy, x), r), 0); // [D]
    return [dx, dWeight];
  },
});

/** RMSNorm over the last axis (Llama): `x / sqrt(mean(x²) + eps) · weight`. `x: [..., D]`, `weight: [D]`. */
export function rmsNorm(x: tf.Tensor, weight: tf.Tensor1D, eps = 1e-6): tf.Tensor {
  const dim = x.shape[x.rank - 1];
  if (weight.rank !== 1 || weight.shape[0] !== dim) {
    throw new ConfigError(`rmsNorm: weight shape [${weight.shape.join(', ')}] must be [${dim}] (x is [${x.shape.join(', ')}]).`);
  }
  return tf.tidy(() => {
    const x2d = tf.reshape(x, [-1, dim as number]); // [N, D]
    return tf.reshape(runCustomOp(rmsNormOp, { x: x2d, weight }, { eps }), x.shape); // [..., D]
  });
}
