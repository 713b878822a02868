import { tf } from '@stagecoach/core';

/**
 * How a per-token loss becomes the loss of a batch of responses (TRL's `loss_type`):
 * - `grpo`: each response's mean over its tokens, then the mean over responses (the GRPO paper): every
 *   response weighs the same, so a token of a long response weighs less than one of a short response.
 * - `bnpo`: the mean over every response token of the batch: every token weighs the same (DAPO's
 *   token-level loss; TRL's `dapo` and `bnpo`, which agree on one device).
 * - `dr_grpo`: the sum over the tokens divided by `responses × maxLength`, a constant (Dr. GRPO,
 *   Liu et al., 2025): no length normalisation that depends on the responses, so no bias toward longer
 *   wrong answers or shorter right ones.
 */
export type LossAggregation = 'grpo' | 'bnpo' | 'dr_grpo';

/** The aggregations' names, for messages. */
export const LOSS_AGGREGATIONS: readonly LossAggregation[] = ['grpo', 'bnpo', 'dr_grpo'];

/**
 * Aggregates `perToken` `[N, R]` (one row per response, `mask` 1 at its tokens) by `aggregation`;
 * `maxLength` is `dr_grpo`'s constant (the most new tokens a response may have). Differentiable.
 */
export function aggregateLoss(perToken: tf.Tensor2D, mask: tf.Tensor2D, aggregation: LossAggregation, maxLength: number): tf.Scalar {
  return tf.tidy(() => {
    const masked = tf.mul(perToken, mask); // [N, R]
    const rows = perToken.shape[0];
    switch (aggregation) {
      case 'grpo': {
        const perResponse = tf.div(tf.sum(masked, 1), tf.maximum(tf.sum(mask, 1), 1)); // [N]
        return tf.mean(perResponse) as tf.Scalar;
      }
      case 'bnpo':
        return tf.div(tf.sum(masked), tf.maximum(tf.sum(mask), 1)) as tf.Scalar;
      case 'dr_grpo':
        return tf.div(tf.sum(masked), rows * maxLength) as tf.Scalar;
    }
  });
}

/**
 * How micro-batches of one optimizer step are weighted so that accumulating their aggregated losses
 * equals aggregating the whole minibatch: by their tokens for `bnpo`, by their responses otherwise.
 */
export function aggregationWeight(aggregation: LossAggregation, rows: number, tokens: number): number {
  return aggregation === 'bnpo' ? tokens : rows;
}
