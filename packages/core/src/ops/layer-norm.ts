import { tf } from '../tf.js';
import { ConfigError } from '../errors.js';
import { defineCustomOp, runCustomOp } from './define-op.js';

/**
 * Kernel name of {@link layerNorm}.
 *
 * Kernel contract (forward):
 * - inputs, in order: `x` float32 `[N, D]` (the op flattens leading axes), `gamma` float32 `[D]`,
 *   `beta` float32 `[D]`.
 * - attrs: `eps` (number).
 * - output: float32 `[N, D]`, `y = (x - mean) · rsqrt(var + eps) · gamma + beta`, with the biased
 *   variance `var = mean((x - mean)²)` over the last axis.
 *
 * Gradient kernel `StagecoachLayerNormGrad` (optional):
 * - inputs, in order: `dy` `[N, D]`, `x`, `gamma`, `beta`; same attrs.
 * - outputs, in order: `dx` `[N, D]`, `dGamma` `[D]`, `dBeta` `[D]`. With `xhat = (x - mean) · r`,
 *   `r = rsqrt(var + eps)`, `g = dy · gamma`: `dx = r · (g - mean(g) - xhat · mean(g · xhat))`,
 *   `dGamma = Σ_n dy · xhat`, `dBeta = Σ_n dy`.
 */
export const LAYER_NORM_KERNEL = 'StagecoachLayerNorm';

function normalize(x: tf.Tensor2D, eps: number): { xhat: tf.Tensor; r: tf.Tensor } {
  const centered = tf.sub(x, tf.mean(x, -1, true)); // [N, D]
  const r = tf.rsqrt(tf.add(tf.mean(tf.square(centered), -1, true), eps)); // [N, 1]
  return { xhat: tf.mul(centered, r), r };
}

const layerNormOp = defineCustomOp({
  kernelName: LAYER_NORM_KERNEL,
  inputNames: ['x', 'gamma', 'beta'],
  gradInputNames: ['x', 'gamma', 'beta'],
  forward(inputs, attrs) {
    const { x, gamma, beta } = inputs as { x: tf.Tensor2D; gamma: tf.Tensor1D; beta: tf.Tensor1D };
    const { xhat } = normalize(x, attrs.eps as number);
    return tf.add(tf.mul(xhat, gamma), beta);
  },
  backward(dy, inputs, attrs) {
    const { x, gamma } = inputs as { x: tf.Tensor2D; gamma: tf.Tensor1D };
    const { xhat, r } = normalize(x, attrs.eps as number);
    const g = tf.mul(dy, gamma); // [N, D]
    const dx = tf.mul(r, tf.sub(tf.sub(g, tf.mean(g, -1, true)), tf.mul(xhat, tf.mean(tf.mul(g, xhat), -1, true))));
    return [dx, tf.sum(tf.mul(dy, xhat), 0), tf.sum(dy, 0)];
  },
});

/** LayerNorm over the last axis (GPT-2). `x: [..., D]`, `gamma`, `beta: [D]`. */
export function layerNorm(x: tf.Tensor, gamma: tf.Tensor1D, beta: tf.Tensor1D, eps = 1e-5): tf.Tensor {
  const dim = x.shape[x.rank - 1];
  for (const [name, t] of [['gamma', gamma], ['beta', beta]] as const) {
    if (t.rank !== 1 || t.shape[0] !== dim) {
      throw new ConfigError(`layerNorm: ${name} shape [${t.shape.join(', ')}] must be [${dim}] (x is [${x.shape.join(', ')}]).`);
    }
  }
  return tf.tidy(() => {
    const x2d = tf.reshape(x, [-1, dim as number]); // [N, D]
    return tf.reshape(runCustomOp(layerNormOp, { x: x2d, gamma, beta }, { eps }), x.shape); // [..., D]
  });
}
