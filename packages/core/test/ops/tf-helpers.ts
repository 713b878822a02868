import { tf } from '../../src/tf.js';

/** Value and VJP (`dy`-weighted gradients w.r.t. `xs`) of `f`, as plain arrays. */
export function valueAndVjp(
  f: (...xs: tf.Tensor[]) => tf.Tensor,
  xs: tf.Tensor[],
  dy: number[],
): { value: number[]; grads: number[][] } {
  return tf.tidy(() => {
    const value = f(...xs);
    const grads = tf.grads(f)(xs, tf.tensor(dy, value.shape, 'float32'));
    return { value: Array.from(value.dataSync()), grads: grads.map((g) => Array.from(g.dataSync())) };
  });
}
