import { tf } from '../tf.js';
import { ConfigError } from '../errors.js';
import { defineCustomOp, runCustomOp } from './define-op.js';

/**
 * Kernel name of {@link loraLinear}.
 *
 * Kernel contract (forward):
 * - inputs, in order: `x` float32 `[N, in]` (the op flattens leading axes), `weight` `[in, out]`
 *   (frozen), `loraA` `[r, in]`, `loraB` `[out, r]` (PEFT's layouts).
 * - attrs: `scale` (number, `alpha / r` or `alpha / √r`).
 * - output: float32 `[N, out]`, `y = x · weight + ((x · loraAᵀ) · scale) · loraBᵀ`.
 *
 * Gradient kernel `StagecoachLoraLinearGrad` (optional):
 * - inputs, in order: `dy` `[N, out]`, `x`, `weight`, `loraA`, `loraB`; same attrs.
 * - outputs, in order: `dx` `[N, in]`, `dLoraA` `[r, in]`, `dLoraB` `[out, r]`. With
 *   `h = x · loraAᵀ · scale` `[N, r]` and `g = dy · loraB · scale` `[N, r]`:
 *   `dx = dy · weightᵀ + g · loraA`, `dLoraA = gᵀ · x`, `dLoraB = dyᵀ · h`.
 * - `weight` receives no gradient: the base weight of a LoRA layer is frozen. (Where tfjs autograd
 *   runs the reference `forward`, it does not compute `dWeight` either when `weight` is not among
 *   the variables being differentiated.)
 */
export const LORA_LINEAR_KERNEL = 'StagecoachLoraLinear';

const loraLinearOp = defineCustomOp({
  kernelName: LORA_LINEAR_KERNEL,
  inputNames: ['x', 'weight', 'loraA', 'loraB'],
  gradInputNames: ['x', 'loraA', 'loraB'],
  forward(inputs, attrs) {
    const { x, weight, loraA, loraB } = inputs as { x: tf.Tensor2D; weight: tf.Tensor2D; loraA: tf.Tensor2D; loraB: tf.Tensor2D };
    const h = tf.mul(tf.matMul(x, loraA, false, true), attrs.scale as number); // [N, r]
    return tf.add(tf.matMul(x, weight), tf.matMul(h, loraB, false, true)); // [N, out]
  },
  backward(dy, inputs, attrs) {
    const { x, weight, loraA, loraB } = inputs as { x: tf.Tensor2D; weight: tf.Tensor2D; loraA: tf.Tensor2D; loraB: tf.Tensor2D };
    const scale = attrs.scale as number;
    const g = dy as tf.Tensor2D; // [N, out]
    const h = tf.mul(tf.matMul(x, loraA, false, true), scale); // [N, r]
    const gr = tf.mul(tf.matMul(g, loraB), scale) as tf.Tensor2D; // [N, r]
    const dx = tf.add(tf.matMul(g, weight, false, true), tf.matMul(gr, loraA)); // [N, in]
    const dLoraA = tf.matMul(gr, x, true, false); // [r, in]
    const dLoraB = tf.matMul(g, h, true, false); // [out, r]
    return [dx, dLoraA, dLoraB];
  },
});

/**
 * A linear layer with a LoRA adapter (Hu et al., 2021): `x · weight + (x · loraAᵀ · loraBᵀ) · scale`
 * over the last axis. `x: [..., in]`, `weight: [in, out]` (frozen: it gets no gradient),
 * `loraA: [r, in]`, `loraB: [out, r]` → `[..., out]`. Runs the backend's fused `StagecoachLoraLinear`
 * kernel when it has one. A bias, if any, is added by the caller.
 */
export function loraLinear(x: tf.Tensor, weight: tf.Tensor2D, loraA: tf.Tensor2D, loraB: tf.Tensor2D, scale: number): tf.Tensor {
  const [inDim, outDim] = weight.shape;
  const lastDim = x.shape[x.rank - 1];
  if (x.rank < 1 || lastDim !== inDim) {
    throw new ConfigError(
      `loraLinear: input last axis is ${lastDim} (shape [${x.shape.join(', ')}]) but weight is [${inDim}, ${outDim}]; ` +
        'weights are stored [in, out], so the input must end with `in`.',
    );
  }
  const r = loraA.shape[0];
  if (loraA.rank !== 2 || loraA.shape[1] !== inDim || loraB.rank !== 2 || loraB.shape[0] !== outDim || loraB.shape[1] !== r) {
    throw new ConfigError(
      `loraLinear: loraA [${loraA.shape.join(', ')}] and loraB [${loraB.shape.join(', ')}] must be [r, ${inDim}] and ` +
        `[${outDim}, r] for a weight of [${inDim}, ${outDim}].`,
    );
  }
  if (!Number.isFinite(scale)) throw new ConfigError(`loraLinear: scale must be a finite number; got ${scale}.`);
  return tf.tidy(() => {
    const leading = x.shape.slice(0, -1);
    const x2d = tf.reshape(x, [-1, inDim]); // [N, in]
    const y = runCustomOp(loraLinearOp, { x: x2d, weight, loraA, loraB }, { scale }); // [N, out]
    return tf.reshape(y, [...leading, outDim]); // [..., out]
  });
}
