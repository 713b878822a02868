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
 * `x · w` for 2-D `x: [N, in]`, `w: [in, out]`, differentiated so that a gradient nobody asks for is
 * never computed: a frozen weight (LoRA's base, PPO's reference model) costs nothing in the backward
 * pass, nor does the input of a first layer.
 *
 * Off the explicit-transpose backends this is `tf.matMul`, whose tfjs gradient computes `dx = dy · Wᵀ`
 * and `dW = xᵀ · dy` as transpose-flagged 2-D products, each lazily: tfjs calls an input's gradient
 * only when that input leads to a tensor being differentiated (`tf.variableGrads` leaves out
 * variables with `trainable: false`; `tf.grads` differentiates only its `xs`).
 *
 * On the explicit-transpose backends a `tf.customGrad` transposes explicitly; it computes every
 * input's gradient at once, so a frozen weight (a variable with `trainable: false`) is closed over
 * instead of passed as an input, and only `dx` is computed (there `tf.grads` cannot differentiate a
 * frozen variable: set `trainable` first).
 */
function matMul2d(x: tf.Tensor2D, w: tf.Tensor2D): tf.Tensor2D {
  if (!EXPLICIT_TRANSPOSE_BACKENDS.has(tf.getBackend())) return tf.matMul(x, w);
  if (w instanceof tf.Variable && !w.trainable) return explicitTransposeFrozenMatMul(w)(x) as tf.Tensor2D;
  return explicitTransposeMatMul(x, w) as tf.Tensor2D;
}

const explicitTransposeMatMul = tf.customGrad((...args: Array<tf.Tensor | tf.GradSaveFunc>) => {
  const [x, w, save] = args as [tf.Tensor2D, tf.Tensor2D, tf.GradSaveFunc];
  save([x, w]);
  return {
    value: tf.matMul(x, w) as tf.Tensor,
    gradFunc: (dy: tf.Tensor, saved: tf.Tensor[]) => {
      const [xs, ws] = saved as [tf.Tensor2D, tf.Tensor2D];
      const g = dy as tf.Tensor2D; // [N, out]
      return [tf.matMul(g, tf.transpose(ws)), tf.matMul(tf.transpose(xs), g)];
    },
  };
});

/** `x · w` with a constant `w`: the gradient is `dx = dy · Wᵀ` alone. */
function explicitTransposeFrozenMatMul(w: tf.Tensor2D): (x: tf.Tensor) => tf.Tensor {
  return tf.customGrad((...args: Array<tf.Tensor | tf.GradSaveFunc>) => {
    const [x] = args as [tf.Tensor2D];
    return {
      value: tf.matMul(x, w) as tf.Tensor,
      gradFunc: (dy: tf.Tensor) => [tf.matMul(dy as tf.Tensor2D, tf.transpose(w))], // [N, in]
    };
  });
}

/**
 * `x · weight + bias` over the last axis. `x: [..., in]`, `weight: [in, out]`, `bias: [out]` →
 * `[..., out]`. Leading axes are flattened so every matmul is 2-D. The backward pass computes only the
 * gradients asked for: a frozen weight (`trainable: false` under `tf.variableGrads`, or not among
 * `tf.grads`' inputs) gets no `dW`, a frozen bias no `db`.
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
    let y = matMul2d(x2d as tf.Tensor2D, weight); // [N, out]
    if (bias !== undefined) y = tf.add(y, bias);
    return tf.reshape(y, [...leading, outDim]); // [..., out]
  });
}
