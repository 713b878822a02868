import { tf } from '../tf.js';
import { ConfigError } from '../errors.js';

/**
 * tfjs backends whose `BatchMatMul` is slow with transpose flags: tfjs-backend-wasm runs only plain 2-D
 * products on XNNPACK's fast path (flagged or rank-3 ones at 1.6–3.6 GFLOP/s instead of ~40). There
 * the gradient transposes explicitly. Everywhere else the flagged products are as fast or faster and
 * skip the transposed copies: on node-native about 10% more tokens/s and 10% less peak memory in
 * training; on tfjs-backend-cpu equal or faster; on core's `wasm()` (whose `BatchMatMul` replacement
 * materialises transposes itself) equal.
 */
const EXPLICIT_TRANSPOSE_BACKENDS: ReadonlySet<string> = new Set(['wasm']);

/**
 * 2-D matmul with a hand-written gradient: `dx = dy · Wᵀ`, `dW = xᵀ · dy`, as transpose-flagged 2-D
 * matmuls, or (on the backends in `EXPLICIT_TRANSPOSE_BACKENDS`) as explicit transposes followed by
 * plain 2-D matmuls. Either way every backward product is 2-D, unlike the rank-3 products autograd
 * emits for a reshaped input.
 */
const matMul2d = tf.customGrad((...args: Array<tf.Tensor | tf.GradSaveFunc>) => {
  const [x, w, save] = args as [tf.Tensor2D, tf.Tensor2D, tf.GradSaveFunc];
  save([x, w]);
  return {
    value: tf.matMul(x, w) as tf.Tensor,
    gradFunc: (dy: tf.Tensor, saved: tf.Tensor[]) => {
      const [xs, ws] = saved as [tf.Tensor2D, tf.Tensor2D];
      const g = dy as tf.Tensor2D; // [N, out]
      if (EXPLICIT_TRANSPOSE_BACKENDS.has(tf.getBackend())) {
        return [tf.matMul(g, tf.transpose(ws)), tf.matMul(tf.transpose(xs), g)];
      }
      return [tf.matMul(g, ws, false, true), tf.matMul(xs, g, true, false)];
    },
  };
});

/**
 * `x · weight + bias` over the last axis. `x: [..., in]`, `weight: [in, out]`, `bias: [out]` →
 * `[..., out]`. Leading axes are flattened so every matmul is 2-D.
 */
export function linear(x: tf.Tensor, weight: tf.Tensor2D, bias?: tf.Tensor1D): tf.Tensor {
  const [inDim, outDim] = weight.shape;
  const lastDim = x.shape[x.rank - 1];
  if (x.rank < 1 || lastDim !== inDim) {
    throw new ConfigError(
      `linear: input last axis is ${lastDim} (shape [${x.shape.join(', ')}]) but weight is [${inDim}, ${outDim}]; ` +
        'weights are stored [in, out], so the input must end with `in`.',
    );
  }
  if (bias !== undefined && (bias.rank !== 1 || bias.shape[0] !== outDim)) {
    throw new ConfigError(`linear: bias shape [${bias.shape.join(', ')}] does not match weight's out dimension ${outDim}.`);
  }
  return tf.tidy(() => {
    const leading = x.shape.slice(0, -1);
    const x2d = tf.reshape(x, [-1, inDim]); // [N, in]
    let y = matMul2d(x2d, weight) as tf.Tensor2D; // [N, out]
    if (bias !== undefined) y = tf.add(y, bias);
    return tf.reshape(y, [...leading, outDim]); // [..., out]
  });
}
