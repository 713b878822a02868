import { tf } from '../tf.js';
import { ConfigError } from '../errors.js';
import { defineCustomOp, runCustomOp } from './define-op.js';
import type { CustomOpAttrs, CustomOpInputs } from './define-op.js';

/**
 * Kernel name of {@link causalAttention}.
 *
 * Kernel contract (forward), for a backend's fused implementation:
 * - inputs, in order: `q` float32 `[B, Hq, Tq, D]`, `k` float32 `[B, Hkv, Tk, D]`, `v` float32
 *   `[B, Hkv, Tk, D]`, `keyMask` float32 `[B, Tk]` (1 = real key, 0 = padding; all ones when the
 *   caller passed none). `Hq` is a multiple of `Hkv`; query head `h` reads kv head `floor(h / (Hq / Hkv))`.
 *   `Tk >= Tq`.
 * - attrs: `scale` (number; the op passes `1/sqrt(D)` unless the caller chose another).
 * - output: float32 `[B, Hq, Tq, D]`.
 * - semantics: query `i` sits at key position `p = (Tk - Tq) + i`. Score
 *   `s[j] = scale · q_i·k_j` when `j <= p` and `keyMask[b, j] = 1`, else exactly `MASKED_SCORE`
 *   (-1e9, replaced, not added). `out_i = Σ_j softmax(s)_j · v_j`. A fully masked row therefore
 *   averages all values uniformly and stays finite.
 *
 * Gradient kernel `StagecoachCausalAttentionGrad` (optional; the reference VJP runs otherwise):
 * - inputs, in order: `dy` `[B, Hq, Tq, D]`, then `q`, `k`, `v`, `keyMask` as above; same attrs.
 * - outputs, in order: `dq` `[B, Hq, Tq, D]`, `dk` `[B, Hkv, Tk, D]`, `dv` `[B, Hkv, Tk, D]`
 *   (gradients of masked scores are zero; `keyMask` gets no gradient).
 */
export const CAUSAL_ATTENTION_KERNEL = 'StagecoachCausalAttention';

/** The score masked positions get before the softmax. Large, negative and finite. */
export const MASKED_SCORE = -1e9;

/** Options of {@link causalAttention}. */
export interface CausalAttentionOptions {
  /** Multiplies `q·k`. Default `1 / sqrt(D)`. */
  scale?: number;
  /** `[B, Tk]`, 1 for a real key, 0 for padding. Default: every key is real. */
  keyMask?: tf.Tensor2D;
  /**
   * int32 `[B, T]`: which packed example each token belongs to; a query attends only to keys of its
   * own example (several short examples in one row, each seeing only itself). Needs `Tq = Tk` (no KV
   * cache). Runs on tf ops (autograd), not on a backend's fused attention kernel.
   */
  segmentIds?: tf.Tensor2D;
}

/**
 * Causal scaled-dot-product attention with grouped-query heads, key padding masks and a KV-cache
 * offset. `q: [B, Hq, Tq, D]`, `k`, `v: [B, Hkv, Tk, D]` → `[B, Hq, Tq, D]`. With a KV cache pass
 * the cached keys followed by the new ones: query `i` sits at key position `(Tk - Tq) + i`.
 */
export function causalAttention(
  q: tf.Tensor4D,
  k: tf.Tensor4D,
  v: tf.Tensor4D,
  options: CausalAttentionOptions = {},
): tf.Tensor4D {
  const [batch, hq, tq, headDim] = q.shape;
  const [kb, hkv, tk, kd] = k.shape;
  const shapesMatch = q.rank === 4 && k.rank === 4 && v.rank === 4 && kb === batch && kd === headDim
    && v.shape.every((d, i) => d === k.shape[i]);
  if (!shapesMatch) {
    throw new ConfigError(
      `causalAttention: expected q [B, Hq, Tq, D] and k, v [B, Hkv, Tk, D]; got q [${q.shape.join(', ')}], ` +
        `k [${k.shape.join(', ')}], v [${v.shape.join(', ')}].`,
    );
  }
  if (hq % hkv !== 0) {
    throw new ConfigError(`causalAttention: query heads (${hq}) must be a multiple of key/value heads (${hkv}).`);
  }
  if (tk < tq) {
    throw new ConfigError(`causalAttention: keys (Tk = ${tk}) must be at least as many as queries (Tq = ${tq}).`);
  }
  const { keyMask } = options;
  if (keyMask !== undefined && (keyMask.rank !== 2 || keyMask.shape[0] !== batch || keyMask.shape[1] !== tk)) {
    throw new ConfigError(`causalAttention: keyMask must be [B, Tk] = [${batch}, ${tk}]; got [${keyMask.shape.join(', ')}].`);
  }
  const scale = options.scale ?? 1 / Math.sqrt(headDim);
  const { segmentIds } = options;
  if (segmentIds !== undefined && (tq !== tk || segmentIds.rank !== 2 || segmentIds.shape[0] !== batch || segmentIds.shape[1] !== tk)) {
    throw new ConfigError(
      `causalAttention: segmentIds must be [B, T] = [${batch}, ${tk}] with as many queries as keys (no KV cache); ` +
        `got [${segmentIds.shape.join(', ')}] with Tq ${tq}, Tk ${tk}.`,
    );
  }
  return tf.tidy(() => {
    const mask = keyMask === undefined ? tf.ones([batch, tk], 'float32') : tf.cast(keyMask, 'float32');
    if (segmentIds !== undefined) return segmentedAttention({ q, k, v, keyMask: mask }, segmentIds, scale);
    return runCustomOp(causalAttentionOp, { q, k, v, keyMask: mask }, { scale }) as tf.Tensor4D;
  });
}

/**
 * The reference forward with the causal and key masks narrowed to pairs of the same segment
 * (packed examples): `[B, Hq, T, D]`, differentiated by tfjs autograd.
 */
function segmentedAttention(inputs: CustomOpInputs, segmentIds: tf.Tensor2D, scale: number): tf.Tensor4D {
  const { q, k, v, keyMask } = inputs as { q: tf.Tensor4D; k: tf.Tensor4D; v: tf.Tensor4D; keyMask: tf.Tensor2D };
  const [batch, hq, time, headDim] = q.shape;
  const hkv = k.shape[1];
  const groups = hq / hkv;
  const qGrouped = tf.reshape(q, [batch, hkv, groups * time, headDim]); // [B, Hkv, G·T, D]
  const scores = tf.mul(tf.matMul(qGrouped, k, false, true), scale); // [B, Hkv, G·T, T]
  const seg = tf.cast(segmentIds, 'int32');
  const same = tf.cast(tf.equal(tf.expandDims(seg, 2), tf.expandDims(seg, 1)), 'float32'); // [B, T, T]
  const sameGrouped = tf.reshape(groups === 1 ? same : tf.tile(same, [1, groups, 1]), [batch, 1, groups * time, time]); // [B, 1, G·T, T]
  const allowed = tf.mul(allowedMask(keyMask, groups, time, time), sameGrouped); // [B, 1, G·T, T]
  const masked = tf.add(tf.mul(scores, allowed), tf.mul(tf.sub(1, allowed), MASKED_SCORE));
  return tf.reshape(tf.matMul(tf.softmax(masked), v), q.shape) as tf.Tensor4D; // [B, Hkv, G·T, D] -> [B, Hq, T, D]
}

/** `[B, 1, G·Tq, Tk]` float 0/1: which (grouped query row, key) pairs may attend. Row `r` is query `r mod Tq`. */
function allowedMask(keyMask: tf.Tensor, groups: number, tq: number, tk: number): tf.Tensor {
  const queryPos = tf.range(tk - tq, tk, 1, 'int32'); // [Tq]
  const keyPos = tf.range(0, tk, 1, 'int32'); // [Tk]
  const causal = tf.cast(tf.lessEqual(tf.expandDims(keyPos, 0), tf.expandDims(queryPos, 1)), 'float32'); // [Tq, Tk]
  const grouped = groups === 1 ? causal : tf.tile(causal, [groups, 1]); // [G·Tq, Tk]
  const [batch] = keyMask.shape as [number, number];
  return tf.mul(tf.reshape(grouped, [1, 1, groups * tq, tk]), tf.reshape(keyMask, [batch, 1, 1, tk])); // [B, 1, G·Tq, Tk]
}

interface AttentionParts {
  /** `[B, Hkv, G·Tq, D]` queries grouped by the kv head they read. */
  qGrouped: tf.Tensor4D;
  /** `[B, Hkv, G·Tq, Tk]` attention probabilities. */
  probs: tf.Tensor4D;
  allowed: tf.Tensor;
}

function attentionProbs(inputs: CustomOpInputs, attrs: CustomOpAttrs): AttentionParts {
  const { q, k, keyMask } = inputs as { q: tf.Tensor4D; k: tf.Tensor4D; keyMask: tf.Tensor2D };
  const [batch, hq, tq, headDim] = q.shape;
  const [, hkv, tk] = k.shape;
  const groups = hq / hkv;
  const qGrouped = tf.reshape(q, [batch, hkv, groups * tq, headDim]) as tf.Tensor4D; // [B, Hkv, G·Tq, D]
  const scores = tf.mul(tf.matMul(qGrouped, k, false, true), attrs.scale as number); // [B, Hkv, G·Tq, Tk]
  const allowed = allowedMask(keyMask, groups, tq, tk); // [B, 1, G·Tq, Tk]
  const masked = tf.add(tf.mul(scores, allowed), tf.mul(tf.sub(1, allowed), MASKED_SCORE));
  return { qGrouped, probs: tf.softmax(masked) as tf.Tensor4D, allowed };
}

/** The op itself: `kv-cache-ops.ts` reuses its reference forward and VJP over the filled part of a KV cache. */
export const causalAttentionOp = defineCustomOp({
  kernelName: CAUSAL_ATTENTION_KERNEL,
  inputNames: ['q', 'k', 'v', 'keyMask'],
  gradInputNames: ['q', 'k', 'v'],
  forward(inputs, attrs) {
    const { q, v } = inputs as { q: tf.Tensor4D; v: tf.Tensor4D };
    const { probs } = attentionProbs(inputs, attrs);
    return tf.reshape(tf.matMul(probs, v), q.shape); // [B, Hkv, G·Tq, D] -> [B, Hq, Tq, D]
  },
  backward(dy, inputs, attrs) {
    const { q, k, v } = inputs as { q: tf.Tensor4D; k: tf.Tensor4D; v: tf.Tensor4D };
    const scale = attrs.scale as number;
    const { qGrouped, probs, allowed } = attentionProbs(inputs, attrs);
    const dyGrouped = tf.reshape(dy, qGrouped.shape) as tf.Tensor4D; // [B, Hkv, G·Tq, D]
    const dv = tf.matMul(probs, dyGrouped, true, false); // [B, Hkv, Tk, D]
    const dProbs = tf.matMul(dyGrouped, v, false, true); // [B, Hkv, G·Tq, Tk]
    const rowDot = tf.sum(tf.mul(dProbs, probs), -1, true); // [B, Hkv, G·Tq, 1]
    const dScores = tf.mul(tf.mul(tf.mul(probs, tf.sub(dProbs, rowDot)), allowed), scale) as tf.Tensor4D;
    const dq = tf.reshape(tf.matMul(dScores, k), q.shape); // [B, Hq, Tq, D]
    const dk = tf.matMul(dScores, qGrouped, true, false); // [B, Hkv, Tk, D]
    return [dq, dk, dv];
  },
});
