import { tf } from '../../tf.js';

/** sqrt(Σ‖g‖²) over all gradients, as a scalar tensor (the caller disposes it). */
export function globalNorm(grads: Iterable<tf.Tensor>): tf.Scalar {
  return tf.tidy(() => {
    const squares = [...grads].map((g) => tf.sum(tf.square(g)));
    return squares.length === 0 ? tf.scalar(0) : (tf.sqrt(tf.addN(squares)) as tf.Scalar);
  });
}

/**
 * Scales every gradient by min(1, maxNorm / (norm + 1e-6)) when the global norm exceeds `maxNorm`
 * (torch.nn.utils.clip_grad_norm_). Returns new tensors (the caller disposes both old and new) and
 * the norm before clipping.
 */
export function clipByGlobalNorm(grads: Map<string, tf.Tensor>, maxNorm: number, norm: number): Map<string, tf.Tensor> {
  const scale = Math.min(1, maxNorm / (norm + 1e-6));
  const out = new Map<string, tf.Tensor>();
  for (const [name, g] of grads) out.set(name, tf.mul(g, scale));
  return out;
}
