import { tf } from '../tf.js';
import { ConfigError } from '../errors.js';
import { tokenLogProbs } from '../ops/index.js';
import { checkSamplingOptions, isGreedy } from './sampling.js';
import type { SamplingOptions } from './sampling.js';

/**
 * `log p(targets)` under the distribution `generate` samples from with these options, computed from
 * logits on the device: `softmax(logits / temperature)` restricted to the top-k tokens, then to the
 * top-p nucleus, renormalised; greedy options (temperature 0 or topK 1) give the untruncated
 * `log softmax(logits)`. The same numbers as `GenerationResult.logProbs`, so a trainer can recompute
 * them (e.g. PPO's new policy) and take gradients: the truncation is a constant mask, the log-softmax
 * is differentiable. A target outside the kept set gets `-Infinity`.
 *
 * Ties at the top-k or top-p boundary keep every tied token (the sampler keeps the lower ids only);
 * float32 logits make such ties rare.
 *
 * `logits` `[..., V]`, `targets` int32 `[...]` → `[...]` float32.
 */
export function samplingLogProbs(logits: tf.Tensor, targets: tf.Tensor, options: SamplingOptions): tf.Tensor {
  checkSamplingOptions(options, 'samplingLogProbs');
  const vocab = logits.shape[logits.rank - 1]!;
  const leading = logits.shape.slice(0, -1);
  if (targets.shape.length !== leading.length || targets.shape.some((d, i) => d !== leading[i])) {
    throw new ConfigError(`samplingLogProbs: targets must be [${leading.join(', ')}] to match logits [${logits.shape.join(', ')}]; got [${targets.shape.join(', ')}].`);
  }
  return tf.tidy(() => {
    const rows = leading.reduce((a, b) => a * b, 1);
    const flat = tf.reshape(logits, [rows, vocab]) as tf.Tensor2D; // [N, V]
    const ids = tf.reshape(tf.cast(targets, 'int32'), [rows]) as tf.Tensor1D; // [N]
    if (isGreedy(options)) return tf.reshape(tokenLogProbs(flat, ids), leading);
    const scaled = tf.div(flat, options.temperature) as tf.Tensor2D;
    const truncated = tf.add(scaled, truncationPenalty(scaled, options.topK, options.topP)); // [N, V]
    return tf.reshape(tokenLogProbs(truncated, ids), leading);
  });
}

/**
 * `[N, V]`: 0 for the tokens that survive top-k and then top-p on the scaled logits `[N, V]`, -Infinity
 * for the others. A constant for autodiff (zero gradient): the sampler's choice of the kept set is not
 * differentiated, and tfjs has no gradient for the `topk` and `less` that compute it.
 */
const truncationPenalty = (scaled: tf.Tensor2D, topK: number, topP: number): tf.Tensor2D =>
  tf.customGrad((...args: Array<tf.Tensor | tf.GradSaveFunc>) => {
    const [x] = args as [tf.Tensor2D];
    return { value: keptPenalty(x, topK, topP), gradFunc: (dy: tf.Tensor) => [tf.zerosLike(dy)] };
  })(scaled) as tf.Tensor2D;

function keptPenalty(scaled: tf.Tensor2D, topK: number, topP: number): tf.Tensor2D {
  const [rows, vocab] = scaled.shape;
  const dropped = tf.fill([rows, vocab], -Infinity);
  let kept: tf.Tensor2D = scaled;
  if (topK > 0 && topK < vocab) {
    const kth = tf.slice(tf.topk(kept, topK).values, [0, topK - 1], [rows, 1]); // [N, 1]
    kept = tf.where(tf.greaterEqual(kept, kth), kept, dropped) as tf.Tensor2D;
  }
  if (topP < 1) {
    const sorted = tf.topk(kept, vocab).values; // [N, V], descending
    const before = tf.cumsum(tf.softmax(sorted, 1), 1, true); // mass of the more likely tokens, [N, V]
    // A token is in the nucleus while the mass before it is under topP (so the most likely always is).
    const inNucleus = tf.less(before, topP);
    const smallest = tf.min(tf.where(inNucleus, sorted, tf.fill([rows, vocab], Infinity)), 1, true); // [N, 1]
    kept = tf.where(tf.greaterEqual(kept, smallest), kept, dropped) as tf.Tensor2D;
  }
  return tf.where(tf.isFinite(kept), tf.zeros([rows, vocab]), dropped) as tf.Tensor2D;
}
