import { samplingLogProbs, tf } from '@stagecoach/core';
import type { Transformer } from '@stagecoach/core';
import { entropyFromLogits } from '../math/index.js';
import type { RolloutBatch } from './rollout-batch.js';

/** What one forward pass over (rows of) a rollout batch gives at the response tokens. */
export interface ResponseScores {
  /** `[N, R]` log-probabilities of the response tokens under `softmax(logits / temperature)`. */
  logProbs: tf.Tensor2D;
  /** `[N, R]` entropy of that distribution at each response position, in nats. */
  entropy: tf.Tensor2D;
  /** `[N, R]` the value head's output at the state before each response token (models with a value head). */
  values?: tf.Tensor2D;
}

/**
 * One forward pass of `model` over rollout rows: log-probs, entropy (and values) at the response
 * positions. Log-probs are taken under `softmax(logits / temperature)` without top-k / top-p
 * truncation (as TRL does), so the policy, the old policy and the reference are compared on the same
 * full distributions and no token gets probability 0. Differentiable (the trainers call it inside
 * the loss).
 */
export function scoreResponses(
  model: Transformer,
  rows: Pick<RolloutBatch, 'ids' | 'keyMask' | 'tokens'>,
  layout: Pick<RolloutBatch, 'promptWidth' | 'responseWidth'>,
  temperature: number,
  options: { inference?: boolean } = {},
): ResponseScores {
  return tf.tidy(() => {
    const { logits, values } = model.forward(rows.ids, { keyMask: rows.keyMask, ...(options.inference === true ? { inference: true } : {}) });
    const [n, , vocab] = logits.shape;
    const { promptWidth: p, responseWidth: r } = layout;
    const responseLogits = tf.slice(logits, [0, p - 1, 0], [n, r, vocab]); // [N, R, V]
    const scaled = temperature === 1 ? responseLogits : tf.div(responseLogits, temperature);
    const logProbs = samplingLogProbs(scaled, rows.tokens, { temperature: 1, topK: 0, topP: 1 }) as tf.Tensor2D;
    const entropy = entropyFromLogits(scaled) as tf.Tensor2D;
    if (values === undefined) return { logProbs, entropy };
    return { logProbs, entropy, values: tf.slice(values, [0, p - 1], [n, r]) as tf.Tensor2D };
  });
}
