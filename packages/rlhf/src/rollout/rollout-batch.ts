import { tf } from '@stagecoach/core';

/**
 * A batch of sampled responses laid out for one forward pass: each row is its prompt, left-padded to
 * the longest prompt (as `generate` lays it out, so positions match), then its response, right-padded
 * to the longest response. The response tokens then sit in the same columns of every row, so the
 * per-token tensors are `[N, R]` slices (R = longest response).
 */
export interface RolloutBatch {
  /** int32 `[N, P + R − 1]` inputs (the last response column is never an input). */
  ids: tf.Tensor2D;
  /** `[N, P + R − 1]` 1 for a real token, 0 for padding. */
  keyMask: tf.Tensor2D;
  /** int32 `[N, R]` the response tokens (padding where a response is shorter). */
  tokens: tf.Tensor2D;
  /** `[N, R]` 1 for a response token, 0 for padding. */
  mask: tf.Tensor2D;
  /** Width of the prompt part (P): the input at column `P − 1 + j` predicts response token `j`. */
  promptWidth: number;
  /** Longest response (R). */
  responseWidth: number;
  /** Response lengths, per row. */
  lengths: number[];
}

/** Lays out `prompts[i]` + `responses[i]` (see {@link RolloutBatch}); `padId` fills the padding. Every response has ≥ 1 token. */
export function rolloutBatch(prompts: readonly number[][], responses: readonly number[][], padId: number): RolloutBatch {
  const rows = prompts.length;
  const promptWidth = Math.max(...prompts.map((p) => p.length));
  const responseWidth = Math.max(1, ...responses.map((r) => r.length));
  const width = promptWidth + responseWidth - 1;
  const ids = new Int32Array(rows * width).fill(padId);
  const keyMask = new Float32Array(rows * width);
  const tokens = new Int32Array(rows * responseWidth).fill(padId);
  const mask = new Float32Array(rows * responseWidth);
  prompts.forEach((prompt, b) => {
    const sequence = [...prompt, ...responses[b]!];
    const start = promptWidth - prompt.length;
    for (let t = 0; t < sequence.length - 1; t++) {
      ids[b * width + start + t] = sequence[t]!;
      keyMask[b * width + start + t] = 1;
    }
    responses[b]!.forEach((token, j) => {
      tokens[b * responseWidth + j] = token;
      mask[b * responseWidth + j] = 1;
    });
  });
  return {
    ids: tf.tensor2d(ids, [rows, width], 'int32'),
    keyMask: tf.tensor2d(keyMask, [rows, width], 'float32'),
    tokens: tf.tensor2d(tokens, [rows, responseWidth], 'int32'),
    mask: tf.tensor2d(mask, [rows, responseWidth], 'float32'),
    promptWidth,
    responseWidth,
    lengths: responses.map((r) => r.length),
  };
}

/** The rows `rows` of a batch's tensors (a micro-batch); the caller disposes them (or runs inside a tidy). */
export function batchRows(batch: RolloutBatch, rows: tf.Tensor1D): Pick<RolloutBatch, 'ids' | 'keyMask' | 'tokens' | 'mask'> {
  return {
    ids: tf.gather(batch.ids, rows),
    keyMask: tf.gather(batch.keyMask, rows),
    tokens: tf.gather(batch.tokens, rows),
    mask: tf.gather(batch.mask, rows),
  };
}

/** Frees a batch's tensors. */
export function disposeRolloutBatch(batch: RolloutBatch): void {
  tf.dispose([batch.ids, batch.keyMask, batch.tokens, batch.mask]);
}
