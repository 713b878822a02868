import { samplingLogProbs, tf } from '@stagecoach/core';
import type { SamplingOptions, Transformer } from '@stagecoach/core';
import { entropyFromLogits } from '../math/index.js';
import { batchRows } from './rollout-batch.js';
import type { RolloutBatch } from './rollout-batch.js';

/** What one forward pass over (rows of) a rollout batch gives at the response tokens. */
export interface ResponseScores {
  /** `[N, R]` log-probabilities of the response tokens under the sampling distribution (see {@link scoreResponses}). */
  logProbs: tf.Tensor2D;
  /** `[N, R]` entropy of `softmax(logits / temperature)` (before top-k / top-p) at each response position, in nats. */
  entropy: tf.Tensor2D;
  /** `[N, R]` the value at the state before each response token: the critic's, else the model's value head (when it has one). */
  values?: tf.Tensor2D;
}

/** Options of {@link scoreResponses}. */
export interface ScoreOptions {
  /** A forward pass without gradients or dropout. */
  inference?: boolean;
  /** A separate critic (a model with a score head, read at every position) that gives the values instead of `model`'s value head. */
  critic?: Transformer;
}

/**
 * One forward pass of `model` over rollout rows: log-probs, entropy (and values) at the response
 * positions. The log-probs are those of the distribution `generate` samples from with `sampling`:
 * `softmax(logits / temperature)` truncated to the top-k tokens, then the top-p nucleus, renormalised
 * (core's `samplingLogProbs`; the policy that sampled a rollout scores it exactly as `generate` reported).
 * The truncation is the model's own: a token outside this model's kept set (the reference's, or the policy's
 * after an update moved the token out) is scored under the untruncated `softmax(logits / temperature)`
 * instead of −∞, so ratios and KL estimates stay finite. Without top-k / top-p both are the same. TRL
 * instead scores every model on the untruncated distribution. Differentiable (the trainers call it inside
 * the loss); the kept set is a constant for autodiff.
 */
export function scoreResponses(
  model: Transformer,
  rows: Pick<RolloutBatch, 'ids' | 'keyMask' | 'tokens'>,
  layout: Pick<RolloutBatch, 'promptWidth' | 'responseWidth'>,
  sampling: SamplingOptions,
  options: ScoreOptions = {},
): ResponseScores {
  return tf.tidy(() => {
    const forward = { keyMask: rows.keyMask, ...(options.inference === true ? { inference: true } : {}) };
    const { logits, values: headValues } = model.forward(rows.ids, forward);
    const values = options.critic === undefined ? headValues : options.critic.scores(rows.ids, forward); // [N, T]
    const [n, , vocab] = logits.shape;
    const { promptWidth: p, responseWidth: r } = layout;
    const responseLogits = tf.slice(logits, [0, p - 1, 0], [n, r, vocab]); // [N, R, V]
    const scaled = sampling.temperature === 1 ? responseLogits : tf.div(responseLogits, sampling.temperature);
    const logProbs = sampledLogProbs(scaled, rows.tokens, sampling);
    const entropy = entropyFromLogits(scaled) as tf.Tensor2D;
    if (values === undefined) return { logProbs, entropy };
    return { logProbs, entropy, values: tf.slice(values, [0, p - 1], [n, r]) as tf.Tensor2D };
  });
}

/** Log-probs of `tokens` `[N, R]` under the tempered logits `scaled` `[N, R, V]` truncated by top-k / top-p, untruncated where that gives −∞. */
function sampledLogProbs(scaled: tf.Tensor, tokens: tf.Tensor2D, { topK, topP }: SamplingOptions): tf.Tensor2D {
  const full = samplingLogProbs(scaled, tokens, { temperature: 1, topK: 0, topP: 1 }) as tf.Tensor2D;
  if (topK === 0 && topP === 1) return full;
  const truncated = samplingLogProbs(scaled, tokens, { temperature: 1, topK, topP });
  return tf.where(tf.isFinite(truncated), truncated, full) as tf.Tensor2D;
}

/**
 * {@link scoreResponses} of a whole rollout batch without gradients (values from `critic` when given),
 * `rowsPerPass` rows per forward pass (0: all in one), the results concatenated: bounds the `[rows, T, V]` logits of a large vocabulary.
 */
export function scoreBatch(model: Transformer, batch: RolloutBatch, sampling: SamplingOptions, rowsPerPass: number, critic?: Transformer): ResponseScores {
  const n = batch.lengths.length;
  const options = { inference: true, ...(critic === undefined ? {} : { critic }) };
  if (rowsPerPass === 0 || rowsPerPass >= n) return scoreResponses(model, batch, batch, sampling, options);
  return tf.tidy(() => {
    const parts: ResponseScores[] = [];
    for (let start = 0; start < n; start += rowsPerPass) {
      const rows = tf.range(start, Math.min(n, start + rowsPerPass), 1, 'int32') as tf.Tensor1D;
      parts.push(scoreResponses(model, batchRows(batch, rows), batch, sampling, options));
    }
    const join = (pick: (s: ResponseScores) => tf.Tensor2D) => tf.concat(parts.map(pick), 0) as tf.Tensor2D;
    const logProbs = join((s) => s.logProbs);
    const entropy = join((s) => s.entropy);
    return parts[0]!.values === undefined ? { logProbs, entropy } : { logProbs, entropy, values: join((s) => s.values!) };
  });
}
