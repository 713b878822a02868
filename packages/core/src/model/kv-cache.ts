import { tf } from '../tf.js';
import { KV_CACHE_WRITE_KERNEL, hasKernel, kvCacheWrite } from '../ops/index.js';

/** Keys and values of one layer: `[B, Hkv, capacity, headDim]` buffers, the first `length` positions filled. */
interface LayerCache {
  keys: tf.Tensor4D;
  values: tf.Tensor4D;
  length: number;
}

/** Options of the {@link KVCache} constructor. */
export interface KVCacheOptions {
  /**
   * Positions to allocate on the first append (e.g. prompt + new tokens). The cache grows (doubling,
   * one copy) when a step does not fit, so this only saves copies. Default: the first append's length.
   */
  capacity?: number;
}

/**
 * Keys and values of every layer for the tokens seen so far, plus their key mask, so each generation
 * step runs the model on the new tokens only. Keys are stored after RoPE.
 *
 * On a backend with an in-place `kvCacheWrite` kernel (node-native), storage is preallocated,
 * `[B, Hkv, capacity, headDim]` per layer, and a step writes its new rows in place (`donate`): a step
 * costs O(new tokens) instead of copying the whole cache, which made generation O(T²) in copies.
 * Elsewhere each step concatenates the new rows to the filled part (one copy, as the reference write
 * would cost more). This is safe because the buffers never leave this class: the
 * attention reads them through `cachedAttention` inside the model's forward pass, synchronously, and
 * the old handle is disposed by the write itself, so no tensor that anyone holds changes its values.
 * Inference only: the cache is not differentiable. Owns its tensors: `dispose()`.
 */
export class KVCache {
  private readonly layers: Array<LayerCache | undefined>;
  private mask: tf.Tensor2D | undefined;
  private readonly capacity: number | undefined;

  constructor(readonly nLayers: number, options: KVCacheOptions = {}) {
    this.layers = new Array<LayerCache | undefined>(nLayers).fill(undefined);
    this.capacity = options.capacity;
  }

  /** Cached time steps (padding included). */
  get length(): number {
    return this.mask?.shape[1] ?? 0;
  }

  /** `[B, Tk]` mask of the cached tokens, or undefined when empty. */
  get keyMask(): tf.Tensor2D | undefined {
    return this.mask;
  }

  /**
   * Appends `layer`'s new keys and values `[B, Hkv, T, D]`. Returns the layer's buffers `[B, Hkv, C, D]`
   * and how many positions are filled (`length`, the new ones included): read them with
   * `cachedAttention`, within the current forward pass only (the next append overwrites them).
   */
  append(layer: number, k: tf.Tensor4D, v: tf.Tensor4D): { k: tf.Tensor4D; v: tf.Tensor4D; length: number } {
    const time = k.shape[2];
    const old = this.layers[layer];
    const offset = old?.length ?? 0;
    const needed = offset + time;
    if (!hasKernel(KV_CACHE_WRITE_KERNEL)) {
      // No in-place write on this backend: its reference (slices and a concat of the whole capacity)
      // would cost more than one concat of the filled part per step, which is what runs instead.
      const keys = tf.keep(appended(old?.keys, offset, k));
      const values = tf.keep(appended(old?.values, offset, v));
      tf.dispose([old?.keys, old?.values].filter((t) => t !== undefined));
      this.layers[layer] = { keys, values, length: needed };
      return { k: keys, v: values, length: needed };
    }
    let keys = old?.keys;
    let values = old?.values;
    const capacity = keys?.shape[2] ?? 0;
    if (keys === undefined || values === undefined || needed > capacity) {
      // First append or out of room: allocate (twice the room needed when growing) and carry the filled part over.
      const size = keys === undefined ? Math.max(needed, this.capacity ?? 0) : Math.max(needed, 2 * capacity);
      keys = tf.keep(grow(keys, k.shape, size));
      values = tf.keep(grow(values, v.shape, size));
      old?.keys.dispose();
      old?.values.dispose();
    }
    keys = tf.keep(kvCacheWrite(keys, k, offset, { donate: true }));
    values = tf.keep(kvCacheWrite(values, v, offset, { donate: true }));
    this.layers[layer] = { keys, values, length: needed };
    return { k: keys, v: values, length: needed };
  }

  /** Replaces the cached key mask with `mask` `[B, Tk]` (the old mask followed by the new tokens'). */
  setKeyMask(mask: tf.Tensor2D): void {
    if (mask === this.mask) return;
    const old = this.mask;
    this.mask = tf.keep(mask);
    old?.dispose();
  }

  dispose(): void {
    for (const entry of this.layers) tf.dispose([entry?.keys, entry?.values].filter((t) => t !== undefined));
    this.layers.fill(undefined);
    this.mask?.dispose();
    this.mask = undefined;
  }
}

/** The first `length` positions of `old` followed by `rows` (a copy of `rows` when there is no `old`). */
function appended(old: tf.Tensor4D | undefined, length: number, rows: tf.Tensor4D): tf.Tensor4D {
  if (old === undefined) return tf.clone(rows);
  return tf.tidy(() => {
    const [b, h, , d] = old.shape;
    const filled = old.shape[2] === length ? old : tf.slice(old, [0, 0, 0, 0], [b, h, length, d]);
    return tf.concat([filled, rows], 2) as tf.Tensor4D;
  });
}

/** A zero buffer `[B, H, size, D]` shaped like `rows`, holding `old`'s positions first when given. */
function grow(old: tf.Tensor4D | undefined, rows: readonly number[], size: number): tf.Tensor4D {
  const [b, h, , d] = rows as [number, number, number, number];
  return tf.tidy(() => {
    if (old === undefined) return tf.zeros([b, h, size, d]) as tf.Tensor4D;
    return tf.concat([old, tf.zeros([b, h, size - old.shape[2], d])], 2) as tf.Tensor4D;
  });
}
