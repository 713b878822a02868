import { linear, loraLinear, tf } from '@stagecoach/core';
import type { LinearLayer, SeededRandom } from '@stagecoach/core';

/** Options of {@link LoraLinear}. */
export interface LoraLinearOptions {
  /** `alpha / r` (or `alpha / √r`). */
  scale: number;
  /** `[r, in]`. Shared by GPT-2's q, k and v (one `c_attn` adapter): only the first of them owns it. */
  loraA: tf.Variable;
  /** `[out, r]`. */
  loraB: tf.Variable;
  /** Whether this layer owns `loraA` (lists it in `extraParams()`). Default true. */
  ownsLoraA?: boolean;
  /** Dropout rate on the adapter's input while training. Default 0. */
  dropout?: number;
}

/**
 * A frozen linear layer with a LoRA adapter: `y = x · W + (x · loraAᵀ · loraBᵀ) · scale + b`, run as
 * core's `loraLinear` op. Disabled (or merged), it is exactly the base layer. `W` and `b` are the base
 * layer's own variables (no copy).
 */
export class LoraLinear implements LinearLayer {
  readonly inFeatures: number;
  readonly outFeatures: number;
  readonly loraA: tf.Variable;
  readonly loraB: tf.Variable;
  readonly scale: number;
  readonly dropout: number;
  /** The adapter is applied (set by `LoraModel.enable()` / `disable()`). */
  enabled = true;
  /** Dropout is active (set by `LoraModel.train()`). */
  training = false;
  /**
   * The generator each dropout mask draws its seed from (set by `LoraModel.train()`): a seeded stream
   * whose state a checkpoint saves, so a resumed run draws the same masks.
   */
  dropoutRandom: SeededRandom | undefined;
  private mergedDelta = false;
  private readonly ownsLoraA: boolean;

  constructor(readonly base: LinearLayer, options: LoraLinearOptions) {
    this.inFeatures = base.inFeatures;
    this.outFeatures = base.outFeatures;
    this.loraA = options.loraA;
    this.loraB = options.loraB;
    this.scale = options.scale;
    this.ownsLoraA = options.ownsLoraA ?? true;
    this.dropout = options.dropout ?? 0;
  }

  get weight(): tf.Variable {
    return this.base.weight;
  }

  get bias(): tf.Variable | undefined {
    return this.base.bias;
  }

  /** Whether the update is folded into `W` (see {@link merge}). */
  get merged(): boolean {
    return this.mergedDelta;
  }

  get rank(): number {
    return this.loraA.shape[0] as number;
  }

  apply(x: tf.Tensor): tf.Tensor {
    if (!this.enabled || this.mergedDelta) return this.base.apply(x);
    return tf.tidy(() => {
      const weight = this.weight as tf.Tensor2D;
      const [loraA, loraB] = [this.loraA as tf.Tensor2D, this.loraB as tf.Tensor2D];
      let y: tf.Tensor;
      if (this.training && this.dropout > 0 && this.dropoutRandom !== undefined) {
        // PEFT: base(x) + B(A(dropout(x))) · scale. The adapter sees another input than W: not one op.
        const dropped = tf.reshape(tf.dropout(x, this.dropout, undefined, this.dropoutRandom.nextUint32()), [-1, this.inFeatures]); // [N, in]
        const h = tf.mul(tf.matMul(dropped, loraA, false, true), this.scale); // [N, r]
        const delta = tf.reshape(tf.matMul(h, loraB, false, true), [...x.shape.slice(0, -1), this.outFeatures]); // [..., out]
        y = tf.add(linear(x, weight), delta);
      } else {
        y = loraLinear(x, weight, loraA, loraB, this.scale); // [..., out]
      }
      return this.bias === undefined ? y : tf.add(y, this.bias);
    });
  }

  extraParams(): Map<string, tf.Variable> {
    const params = new Map<string, tf.Variable>();
    if (this.ownsLoraA) params.set('loraA', this.loraA);
    params.set('loraB', this.loraB);
    return params;
  }

  /** `scale · loraAᵀ · loraBᵀ`, `[in, out]`: what the adapter adds to `W`. */
  deltaWeight(): tf.Tensor2D {
    return tf.tidy(() => tf.mul(tf.matMul(this.loraA, this.loraB, true, true), this.scale) as tf.Tensor2D);
  }

  /** Folds the update into `W` (`W += scale · Aᵀ · Bᵀ`): inference then costs one matmul. */
  merge(): void {
    if (this.mergedDelta) return;
    this.assignWeight(1);
    this.mergedDelta = true;
  }

  /** Takes the update out of `W` again (equal up to float rounding). */
  unmerge(): void {
    if (!this.mergedDelta) return;
    this.assignWeight(-1);
    this.mergedDelta = false;
  }

  private assignWeight(sign: 1 | -1): void {
    const delta = this.deltaWeight();
    const next = tf.tidy(() => (sign > 0 ? tf.add(this.weight, delta) : tf.sub(this.weight, delta)));
    this.weight.assign(next);
    tf.dispose([delta, next]);
  }
}

/**
 * A layer trained in full beside the adapters (PEFT's `modules_to_save`): a trainable copy of the
 * base layer's weight and bias. Disabled, the untouched original runs.
 */
export class SavedLinear implements LinearLayer {
  readonly inFeatures: number;
  readonly outFeatures: number;
  readonly savedWeight: tf.Variable;
  readonly savedBias: tf.Variable | undefined;
  enabled = true;

  constructor(readonly base: LinearLayer) {
    this.inFeatures = base.inFeatures;
    this.outFeatures = base.outFeatures;
    // Shares the base's data until the optimizer assigns new values (tfjs variables copy on assign).
    this.savedWeight = tf.variable(base.weight, true);
    this.savedBias = base.bias === undefined ? undefined : tf.variable(base.bias, true);
  }

  get weight(): tf.Variable {
    return this.enabled ? this.savedWeight : this.base.weight;
  }

  get bias(): tf.Variable | undefined {
    return this.enabled ? this.savedBias : this.base.bias;
  }

  apply(x: tf.Tensor): tf.Tensor {
    if (!this.enabled) return this.base.apply(x);
    return linear(x, this.savedWeight as tf.Tensor2D, this.savedBias as tf.Tensor1D | undefined);
  }

  extraParams(): Map<string, tf.Variable> {
    const params = new Map<string, tf.Variable>([['saved.weight', this.savedWeight]]);
    if (this.savedBias !== undefined) params.set('saved.bias', this.savedBias);
    return params;
  }
}
