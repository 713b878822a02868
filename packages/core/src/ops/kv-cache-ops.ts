import { tf } from '../tf.js';
import { ConfigError } from '../errors.js';
import { causalAttentionOp } from './causal-attention.js';
import { defineCustomOp, runCustomOp } from './define-op.js';

/**
 * Kernel name of {@link kvCacheWrite}.
 *
 * Kernel contract:
 * - inputs, in order: `cache` float32 `[B, H, C, D]` (C = capacity), `rows` float32 `[B, H, T, D]`.
 * - attrs: `offset` (rows go to positions `[offset, offset + T)`, `offset + T <= C`), `donate`
 *   (boolean: the caller disposes `cache` right after the call and never reads it again).
 * - output: float32 `[B, H, C, D]`, `cache` with those positions replaced by `rows`.
 * - a kernel may write `rows` into `cache`'s own buffer and return it as the output when `donate` is
 *   set and nothing else holds that buffer (the old handle dies with the call, so no one can see
 *   the write); otherwise it must copy.
 * - no gradient: the cache holds keys and values for inference.
 */
export const KV_CACHE_WRITE_KERNEL = 'StagecoachKVCacheWrite';

/**
 * Kernel name of {@link cachedAttention}.
 *
 * Kernel contract (forward): inputs `q` `[B, Hq, Tq, D]`, `kCache`, `vCache` `[B, Hkv, C, D]`, `keyMask`
 * `[B, L]`; attrs `scale`, `length` (L, the filled positions, `Tq <= L <= C`). Output: exactly
 * `StagecoachCausalAttention` of `q` against the first `L` positions of the caches (see
 * `CAUSAL_ATTENTION_KERNEL`); positions `>= L` are never read. Gradient: the reference VJP (dk, dv
 * zero past `L`).
 */
export const CACHED_ATTENTION_KERNEL = 'StagecoachCachedAttention';

const kvCacheWriteOp = defineCustomOp({
  kernelName: KV_CACHE_WRITE_KERNEL,
  inputNames: ['cache', 'rows'],
  gradInputNames: [],
  forward(inputs, attrs) {
    const { cache, rows } = inputs as { cache: tf.Tensor4D; rows: tf.Tensor4D };
    const offset = attrs.offset as number;
    const [b, h, capacity, d] = cache.shape;
    const end = offset + rows.shape[2];
    const parts: tf.Tensor4D[] = [];
    if (offset > 0) parts.push(tf.slice(cache, [0, 0, 0, 0], [b, h, offset, d]));
    parts.push(rows);
    if (end < capacity) parts.push(tf.slice(cache, [0, 0, end, 0], [b, h, capacity - end, d]));
    return parts.length === 1 ? tf.clone(rows) : tf.concat(parts, 2);
  },
});

/** The first `length` positions of a `[B, H, C, D]` cache (and of nothing else). */
function filled(cache: tf.Tensor4D, length: number): tf.Tensor4D {
  const [b, h, capacity, d] = cache.shape;
  return length === capacity ? cache : tf.slice(cache, [0, 0, 0, 0], [b, h, length, d]);
}

const cachedAttentionOp = defineCustomOp({
  kernelName: CACHED_ATTENTION_KERNEL,
  inputNames: ['q', 'kCache', 'vCache', 'keyMask'],
  gradInputNames: ['q', 'kCache', 'vCache'],
  forward(inputs, attrs) {
    const { q, kCache, vCache, keyMask } = inputs as { q: tf.Tensor4D; kCache: tf.Tensor4D; vCache: tf.Tensor4D; keyMask: tf.Tensor2D };
    const length = attrs.length as number;
    return runCustomOp(causalAttentionOp, { q, k: filled(kCache, length), v: filled(vCache, length), keyMask }, { scale: attrs.scale as number });
  },
  backward(dy, inputs, attrs) {
    const { q, kCache, vCache, keyMask } = inputs as { q: tf.Tensor4D; kCache: tf.Tensor4D; vCache: tf.Tensor4D; keyMask: tf.Tensor2D };
    const length = attrs.length as number;
    const [dq, dk, dv] = causalAttentionOp.backward!(dy, { q, k: filled(kCache, length), v: filled(vCache, length), keyMask }, { scale: attrs.scale as number });
    const pad = (g: tf.Tensor): tf.Tensor => (length === kCache.shape[2] ? g : tf.pad(g, [[0, 0], [0, 0], [0, kCache.shape[2] - length], [0, 0]]));
    return [dq!, pad(dk!), pad(dv!)];
  },
});

/** Options of {@link kvCacheWrite}. */
export interface KVCacheWriteOptions {
  /**
   * The caller gives up `cache`: the op disposes it, and a backend may write `rows` into its buffer
   * instead of copying the whole cache (node-native does, when no other tensor shares the buffer).
   * Default false: `cache` is left as it was.
   */
  donate?: boolean;
}

/**
 * `cache` `[B, H, C, D]` with positions `[offset, offset + T)` replaced by `rows` `[B, H, T, D]`: how
 * a preallocated KV cache takes a step's new keys or values. Not differentiable. With `donate`, a
 * step costs O(B·H·T·D) on node-native instead of a copy of the whole cache.
 * @throws ConfigError when the shapes differ outside axis 2, or the rows do not fit at `offset`.
 */
export function kvCacheWrite(cache: tf.Tensor4D, rows: tf.Tensor4D, offset: number, options: KVCacheWriteOptions = {}): tf.Tensor4D {
  const [b, h, capacity, d] = cache.shape;
  const fits = rows.rank === 4 && rows.shape[0] === b && rows.shape[1] === h && rows.shape[3] === d
    && Number.isInteger(offset) && offset >= 0 && offset + rows.shape[2] <= capacity;
  if (cache.rank !== 4 || !fits) {
    throw new ConfigError(
      `kvCacheWrite: rows [${rows.shape.join(', ')}] at offset ${offset} do not fit a cache of [${cache.shape.join(', ')}]; ` +
        'rows must be [B, H, T, D] like the cache with offset + T <= its capacity (axis 2).',
    );
  }
  const donate = options.donate === true;
  const out = tf.tidy(() => runCustomOp(kvCacheWriteOp, { cache, rows: rows.dtype === 'float32' ? rows : tf.cast(rows, 'float32') }, { offset, donate }) as tf.Tensor4D);
  if (donate) cache.dispose();
  return out;
}

/**
 * Causal attention of `q` `[B, Hq, Tq, D]` against the first `length` positions of preallocated key
 * and value caches `[B, Hkv, C, D]` (see {@link kvCacheWrite}): equal to
 * `causalAttention(q, k[:, :, :length], v[:, :, :length], { keyMask })` without copying the filled part
 * out (on backends with the fused kernel). `keyMask` is `[B, length]`.
 */
export function cachedAttention(
  q: tf.Tensor4D,
  kCache: tf.Tensor4D,
  vCache: tf.Tensor4D,
  length: number,
  options: { keyMask?: tf.Tensor2D; scale?: number } = {},
): tf.Tensor4D {
  const [batch, hq, tq, headDim] = q.shape;
  const [kb, hkv, capacity, kd] = kCache.shape;
  const ok = q.rank === 4 && kCache.rank === 4 && kb === batch && kd === headDim && hq % hkv === 0
    && vCache.shape.every((dim, i) => dim === kCache.shape[i]) && Number.isInteger(length) && length >= tq && length <= capacity;
  if (!ok) {
    throw new ConfigError(
      `cachedAttention: expected q [B, Hq, Tq, D], caches [B, Hkv, C, D] (Hq a multiple of Hkv) and Tq <= length <= C; ` +
        `got q [${q.shape.join(', ')}], k [${kCache.shape.join(', ')}], v [${vCache.shape.join(', ')}], length ${length}.`,
    );
  }
  const { keyMask } = options;
  if (keyMask !== undefined && (keyMask.rank !== 2 || keyMask.shape[0] !== batch || keyMask.shape[1] !== length)) {
    throw new ConfigError(`cachedAttention: keyMask must be [B, length] = [${batch}, ${length}]; got [${keyMask.shape.join(', ')}].`);
  }
  return tf.tidy(() => {
    const mask = keyMask === undefined ? tf.ones([batch, length], 'float32') : keyMask.dtype === 'float32' ? keyMask : tf.cast(keyMask, 'float32');
    const scale = options.scale ?? 1 / Math.sqrt(headDim);
    return runCustomOp(cachedAttentionOp, { q, kCache, vCache, keyMask: mask }, { scale, length }) as tf.Tensor4D;
  });
}
