import type { tf } from '../tf.js';
import { linear } from '../ops/index.js';

/**
 * A linear layer as the model calls it: `apply(x)` maps `[..., inFeatures]` to `[..., outFeatures]`.
 * The transformer holds its projections through this interface, so an adapter (LoRA) can wrap a
 * layer and be swapped in with `Transformer.replaceLinear(name, layer)`.
 */
export interface LinearLayer {
  readonly inFeatures: number;
  readonly outFeatures: number;
  /** `[in, out]`. */
  readonly weight: tf.Variable;
  /** `[out]`. */
  readonly bias?: tf.Variable;
  apply(x: tf.Tensor): tf.Tensor;
  /** Variables the layer owns beyond `weight`/`bias` (e.g. LoRA's A and B), keyed by a local name. */
  extraParams?(): Map<string, tf.Variable>;
}

/**
 * The token embedding as the model runs it, in place of `embed.weight` (set with
 * `Transformer.replaceEmbedding`): e.g. the base embedding with some rows trained apart (PEFT's
 * trainable tokens). A tied output head uses the same matrix.
 */
export interface EmbeddingLayer {
  /** The `[V, d]` embedding to run with (computed from trainable variables, so gradients reach them). */
  weight(): tf.Tensor2D;
  /** Variables the layer owns, keyed by a local name (listed in `trainableParams()` as `embed.<name>`). */
  extraParams(): Map<string, tf.Variable>;
}

/** `y = x · weight + bias`, weight stored `[in, out]`. */
export class Linear implements LinearLayer {
  readonly inFeatures: number;
  readonly outFeatures: number;

  constructor(readonly weight: tf.Variable, readonly bias?: tf.Variable) {
    const [inFeatures, outFeatures] = weight.shape as [number, number];
    this.inFeatures = inFeatures;
    this.outFeatures = outFeatures;
  }

  apply(x: tf.Tensor): tf.Tensor {
    return linear(x, this.weight as tf.Tensor2D, this.bias as tf.Tensor1D | undefined);
  }
}
