import { tf } from '../tf.js';
import { ConfigError } from '../errors.js';

/**
 * 2-D matmul with a gradient that transposes explicitly: `dx = dy · Wᵀ`, `dW = xᵀ · dy`.
 * Both backward matmuls are plain 2-D matmuls without transpose flags, the fast path on wasm (and the
 * `BatchMatMul` kernel a native backend replaces), unlike the flagged matmuls autograd would emit.
 */
const matMul2d = tf.customGrad((...args: Array<tf.Tensor | tf.GradSaveFunc>) => {
  const [x, w, save] = args as [tf.Tensor2D, tf.Tensor2D, tf.GradSaveFunc];
  save([x, w]);
  return {
    value: tf.matMul(x, w) as tf.Tensor,
    gradFunc: (dy: tf.Tensor, saved: tf.Tensor[]) => {
      const [xs, ws] = saved as [tf.Tensor2D, tf.Tensor2D];
      return [tf.matMul(dy as tf.Tensor2D, tf.transpose(ws)), tf.matMul(tf.transpose(xs), dy as tf.Tensor2D)];
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
