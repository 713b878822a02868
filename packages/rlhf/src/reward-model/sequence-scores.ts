import { tf } from '@stagecoach/core';
import type { Transformer } from '@stagecoach/core';

/**
 * Where a sequence-classification model reads each row's score, as transformers does: the rightmost token
 * that is not `padTokenId` (position 0 for a row of padding only); without a pad id, the row's last
 * real token (`lengths`), which is what transformers reads for a single unpadded row.
 */
export function lastTokenIndices(rows: readonly (readonly number[])[], width: number, padTokenId: number | undefined): Int32Array {
  return Int32Array.from(rows, (row) => {
    if (padTokenId === undefined) return Math.min(row.length, width) - 1;
    for (let t = Math.min(row.length, width) - 1; t >= 0; t--) if (row[t] !== padTokenId) return t;
    return 0;
  });
}

/**
 * The reward of each row, `[B]`: the score head at the row's last real token. Rows are right-padded to the
 * longest (padding comes after every real token, so under the causal mask it changes no score).
 * Differentiable in the model's weights (the trainer's loss) and kept by the caller.
 */
export function sequenceScores(model: Transformer, rows: readonly (readonly number[])[]): tf.Tensor1D {
  const { padTokenId } = model.config;
  const width = Math.max(...rows.map((row) => row.length));
  const ids = new Int32Array(rows.length * width).fill(padTokenId ?? 0);
  rows.forEach((row, b) => ids.set(row, b * width));
  const last = lastTokenIndices(rows, width, padTokenId);
  const flatIndex = Int32Array.from(last, (t, b) => b * width + t);
  return tf.tidy(() => {
    const scores = model.scores(tf.tensor2d(ids, [rows.length, width], 'int32')); // [B, T]
    return tf.gather(tf.reshape(scores, [-1]), tf.tensor1d(flatIndex, 'int32')) as tf.Tensor1D; // [B]
  });
}
