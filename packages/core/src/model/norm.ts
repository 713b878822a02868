import type { tf } from '../tf.js';
import { layerNorm, rmsNorm } from '../ops/index.js';

/** LayerNorm (`bias` given, GPT-2) or RMSNorm (no bias, Llama) over the last axis. */
export class Norm {
  constructor(
    readonly kind: 'layer' | 'rms',
    readonly weight: tf.Variable,
    readonly bias: tf.Variable | undefined,
    readonly eps: number,
  ) {}

  apply(x: tf.Tensor): tf.Tensor {
    const weight = this.weight as tf.Tensor1D;
    if (this.kind === 'rms') return rmsNorm(x, weight, this.eps);
    if (this.bias === undefined) throw new Error('Norm: LayerNorm needs a bias variable');
    return layerNorm(x, weight, this.bias as tf.Tensor1D, this.eps);
  }
}
