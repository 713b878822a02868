import { tf } from '../tf.js';
import { applyRope, cachedAttention, causalAttention } from '../ops/index.js';
import type { KVCache } from './kv-cache.js';
import type { LinearLayer } from './linear.js';

/** What one forward pass shares across the attention blocks. */
export interface AttentionContext {
  /** RoPE tables `[B, T, headDim/2]` for the new tokens (llama family only). */
  rope?: { cos: tf.Tensor3D; sin: tf.Tensor3D };
  /** `[B, Tk]` mask over every key the queries may see (cached + new); undefined = all real. */
  keyMask?: tf.Tensor2D;
  cache?: KVCache;
  /** int32 `[B, T]`: packed examples; a token attends only to its own example's (see `causalAttention`). */
  segmentIds?: tf.Tensor2D;
  layer: number;
}

/** Causal self-attention with grouped-query heads: q has `nHeads` heads, k/v have `nKvHeads`. */
export class Attention {
  constructor(
    readonly nHeads: number,
    readonly nKvHeads: number,
    public q: LinearLayer,
    public k: LinearLayer,
    public v: LinearLayer,
    public o: LinearLayer,
  ) {}

  /** `x: [B, T, dModel]` → `[B, T, dModel]`. */
  apply(x: tf.Tensor3D, context: AttentionContext): tf.Tensor3D {
    const [batch, time, dModel] = x.shape;
    const headDim = dModel / this.nHeads;
    // With one token (a decode step) [B, 1, n, D] and [B, n, 1, D] hold the same values in the same order: a reshape.
    const heads = (t: tf.Tensor, n: number): tf.Tensor4D => time === 1
      ? tf.reshape(t, [batch, n, 1, headDim])
      : tf.transpose(tf.reshape(t, [batch, time, n, headDim]), [0, 2, 1, 3]); // [B, n, T, headDim]
    let q = heads(this.q.apply(x), this.nHeads);
    let k = heads(this.k.apply(x), this.nKvHeads);
    let v = heads(this.v.apply(x), this.nKvHeads);
    if (context.rope !== undefined) {
      q = applyRope(q, context.rope.cos, context.rope.sin);
      k = applyRope(k, context.rope.cos, context.rope.sin);
    }
    const keyMask = context.keyMask === undefined ? {} : { keyMask: context.keyMask };
    let out: tf.Tensor4D; // [B, Hq, T, D]
    if (context.cache !== undefined) {
      const cached = context.cache.append(context.layer, k, v); // [B, Hkv, C, D], `length` filled
      out = cachedAttention(q, cached.k, cached.v, cached.length, keyMask);
    } else {
      out = causalAttention(q, k, v, { ...keyMask, ...(context.segmentIds === undefined ? {} : { segmentIds: context.segmentIds }) });
    }
    const merged = tf.reshape(time === 1 ? out : tf.transpose(out, [0, 2, 1, 3]), [batch, time, dModel]); // [B, T, dModel]
    return this.o.apply(merged) as tf.Tensor3D;
  }
}
