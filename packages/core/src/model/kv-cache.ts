import { tf } from '../tf.js';

/**
 * Keys and values of every layer for the tokens seen so far, plus their key mask, so each generation
 * step runs the model on the new tokens only. Keys are stored after RoPE. Shapes: keys/values
 * `[B, Hkv, Tk, headDim]`, mask `[B, Tk]` (1 real token, 0 padding). Owns its tensors: `dispose()`.
 */
export class KVCache {
  private keys: Array<tf.Tensor4D | undefined>;
  private values: Array<tf.Tensor4D | undefined>;
  private mask: tf.Tensor2D | undefined;

  constructor(readonly nLayers: number) {
    this.keys = new Array<tf.Tensor4D | undefined>(nLayers).fill(undefined);
    this.values = new Array<tf.Tensor4D | undefined>(nLayers).fill(undefined);
  }

  /** Cached time steps (padding included). */
  get length(): number {
    return this.mask?.shape[1] ?? 0;
  }

  /** `[B, Tk]` mask of the cached tokens, or undefined when empty. */
  get keyMask(): tf.Tensor2D | undefined {
    return this.mask;
  }

  /** Appends `layer`'s new keys and values `[B, Hkv, T, D]`; returns the whole cached keys and values. */
  append(layer: number, k: tf.Tensor4D, v: tf.Tensor4D): { k: tf.Tensor4D; v: tf.Tensor4D } {
    const oldK = this.keys[layer];
    const oldV = this.values[layer];
    const allK = oldK === undefined ? k : tf.concat([oldK, k], 2); // [B, Hkv, Tk, D]
    const allV = oldV === undefined ? v : tf.concat([oldV, v], 2);
    this.keys[layer] = tf.keep(allK);
    this.values[layer] = tf.keep(allV);
    oldK?.dispose();
    oldV?.dispose();
    return { k: allK, v: allV };
  }

  /** Replaces the cached key mask with `mask` `[B, Tk]` (the old mask followed by the new tokens'). */
  setKeyMask(mask: tf.Tensor2D): void {
    if (mask === this.mask) return;
    const old = this.mask;
    this.mask = tf.keep(mask);
    old?.dispose();
  }

  dispose(): void {
    for (const t of [...this.keys, ...this.values, this.mask]) t?.dispose();
    this.keys.fill(undefined);
    this.values.fill(undefined);
    this.mask = undefined;
  }
}
