import { tf } from '../tf.js';
import { gelu, silu } from '../ops/index.js';
import type { LinearLayer } from './linear.js';

/**
 * The feed-forward block. GPT-2: `down(gelu(up(x)))`. Llama (SwiGLU): `down(silu(gate(x)) * up(x))`.
 */
export class Mlp {
  constructor(
    public up: LinearLayer,
    public down: LinearLayer,
    public gate?: LinearLayer,
  ) {}

  apply(x: tf.Tensor): tf.Tensor {
    if (this.gate === undefined) return this.down.apply(gelu(this.up.apply(x)));
    return this.down.apply(tf.mul(silu(this.gate.apply(x)), this.up.apply(x)));
  }
}
