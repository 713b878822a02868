import { tf } from '../tf.js';
import { defineCustomOp, runCustomOp } from './define-op.js';

/** `√(2/π)`, the scale inside GELU's tanh approximation. */
export const GELU_SQRT_2_OVER_PI = Math.sqrt(2 / Math.PI);
/** The cubic coefficient of GELU's tanh approximation. */
export const GELU_CUBIC = 0.044715;

/**
 * Kernel name of {@link gelu}.
 *
 * Kernel contract (forward):
 * - inputs: `x` float32, any shape. No attrs.
 * - output: float32, same shape, `y = 0.5 · x · (1 + tanh(u))` with
 *   `u = GELU_SQRT_2_OVER_PI · (x + GELU_CUBIC · x³)` (tanh approximation, Hugging Face `gelu_new`).
 *
 * Gradient kernel `StagecoachGeluGrad` (optional):
 * - inputs, in order: `dy`, `x` (same shape). No attrs.
 * - outputs: `[dx]`, `dx = dy · (0.5 · (1 + t) + 0.5 · x · (1 - t²) · GELU_SQRT_2_OVER_PI · (1 + 3 · GELU_CUBIC · x²))`
 *   with `t = tanh(u)`.
 */
export const GELU_KERNEL = 'StagecoachGelu';

/**
 * Kernel name of {@link silu}.
 *
 * Kernel contract (forward):
 * - inputs: `x` float32, any shape. No attrs.
 * - output: float32, same shape, `y = x · σ(x)`.
 *
 * Gradient kernel `StagecoachSiluGrad` (optional):
 * - inputs, in order: `dy`, `x` (same shape). No attrs.
 * - outputs: `[dx]`, `dx = dy · σ(x) · (1 + x · (1 - σ(x)))`.
 */
export const SILU_KERNEL = 'StagecoachSilu';

/** `√(2/π) · (x + 0.044715 · x³)`, the argument of GELU's tanh. */
function geluInner(x: tf.Tensor): tf.Tensor {
  return tf.mul(tf.add(x, tf.mul(tf.mul(tf.mul(x, x), x), GELU_CUBIC)), GELU_SQRT_2_OVER_PI);
}

const geluOp = defineCustomOp({
  kernelName: GELU_KERNEL,
  inputNames: ['x'],
  gradInputNames: ['x'],
  forward({ x }) {
    const xs = x as tf.Tensor;
    return tf.mul(tf.mul(xs, 0.5), tf.add(tf.tanh(geluInner(xs)), 1));
  },
  backward(dy, { x }) {
    const xs = x as tf.Tensor;
    const t = tf.tanh(geluInner(xs));
    const du = tf.mul(tf.add(tf.mul(tf.square(xs), 3 * GELU_CUBIC), 1), GELU_SQRT_2_OVER_PI); // du/dx
    const dTanh = tf.mul(tf.mul(tf.mul(xs, 0.5), tf.sub(1, tf.square(t))), du);
    return [tf.mul(dy, tf.add(tf.mul(tf.add(t, 1), 0.5), dTanh))];
  },
});

const siluOp = defineCustomOp({
  kernelName: SILU_KERNEL,
  inputNames: ['x'],
  gradInputNames: ['x'],
  forward({ x }) {
    return tf.mul(x as tf.Tensor, tf.sigmoid(x as tf.Tensor));
  },
  backward(dy, { x }) {
    const xs = x as tf.Tensor;
    const s = tf.sigmoid(xs);
    return [tf.mul(dy, tf.mul(s, tf.add(tf.mul(xs, tf.sub(1, s)), 1)))];
  },
});

/**
 * GELU, tanh approximation (Hugging Face `gelu_new`, GPT-2):
 * `0.5 · x · (1 + tanh(√(2/π) · (x + 0.044715 · x³)))`. Runs the backend's `StagecoachGelu` kernel
 * when it has one (see {@link GELU_KERNEL}). `x` is float32; the result has its shape.
 */
export function gelu<T extends tf.Tensor>(x: T): T {
  return tf.tidy(() => runCustomOp(geluOp, { x }, {}) as T);
}

/**
 * SiLU / swish: `x · sigmoid(x)` (Llama's MLP activation). Runs the backend's `StagecoachSilu`
 * kernel when it has one (see {@link SILU_KERNEL}). `x` is float32; the result has its shape.
 */
export function silu<T extends tf.Tensor>(x: T): T {
  return tf.tidy(() => runCustomOp(siluOp, { x }, {}) as T);
}
