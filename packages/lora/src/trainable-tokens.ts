import { tf } from '@stagecoach/core';
import type { EmbeddingLayer } from '@stagecoach/core';

/**
 * Embedding rows trained apart from the frozen rest (PEFT's `trainable_token_indices`), e.g. the
 * rows of chat-marker tokens added to a vocabulary: the model runs with `embed.weight` whose rows
 * `indices` are replaced by `rows` (PEFT's `trainable_tokens_delta`, which holds the rows
 * themselves), in the input embedding and in a tied output head alike.
 */
export class TrainableTokens implements EmbeddingLayer {
  /** `[n, d]`, trainable; starts as the base rows. */
  readonly rows: tf.Variable;
  // Frozen variables rather than plain tensors, so the model's dispose frees them with `rows`.
  /** `[V, n]` one-hot: column i puts row i at `indices[i]`. */
  private readonly placement: tf.Variable;
  /** `[V, 1]`: 1 for the rows the base keeps, 0 for the trained ones. */
  private readonly keep: tf.Variable;
  /** The base rows, `[n, d]`, for `unmerge`. */
  private readonly original: tf.Variable;
  private merged = false;

  constructor(readonly base: tf.Variable, readonly indices: readonly number[]) {
    const [vocab] = base.shape as [number, number];
    [this.original, this.placement, this.keep, this.rows] = tf.tidy(() => {
      const original = tf.gather(base, tf.tensor1d([...indices], 'int32')); // [n, d]
      const placement = tf.transpose(tf.oneHot(tf.tensor1d([...indices], 'int32'), vocab, 1, 0, 'float32')); // [V, n]
      const keep = tf.sub(1, tf.sum(placement, 1, true)); // [V, 1]
      return [tf.variable(original, false), tf.variable(placement, false), tf.variable(keep, false), tf.variable(original, true)];
    });
  }

  /** `embed.weight` with the trained rows in place (exactly: a 0/1 mask and a one-hot product). */
  weight(): tf.Tensor2D {
    if (this.merged) return this.base as tf.Tensor2D;
    return tf.tidy(() => tf.add(tf.mul(this.base, this.keep), tf.matMul(this.placement as tf.Tensor2D, this.rows as tf.Tensor2D)) as tf.Tensor2D); // [V, d]
  }

  /** `trainableTokens` (the rows, trainable) and the frozen helpers. */
  extraParams(): Map<string, tf.Variable> {
    return new Map([
      ['trainableTokens', this.rows], ['trainableTokens.original', this.original],
      ['trainableTokens.placement', this.placement], ['trainableTokens.keep', this.keep],
    ]);
  }

  /** Writes the trained rows into `embed.weight` (PEFT's merge); `weight()` is then the base itself. */
  merge(): void {
    if (this.merged) return;
    const next = this.weight();
    this.base.assign(next);
    next.dispose();
    this.merged = true;
  }

  /** Puts the base rows back into `embed.weight`. */
  unmerge(): void {
    if (!this.merged) return;
    this.merged = false;
    const next = tf.tidy(() => tf.add(tf.mul(this.base, this.keep), tf.matMul(this.placement as tf.Tensor2D, this.original as tf.Tensor2D)));
    this.base.assign(next);
    next.dispose();
  }

  /** Frees the rows and the helper tensors. */
  dispose(): void {
    tf.dispose([this.rows, this.placement, this.keep, this.original]);
  }
}
