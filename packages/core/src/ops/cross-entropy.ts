import { tf } from '../tf.js';
import { ConfigError } from '../errors.js';
import { defineCustomOp, runCustomOp } from './define-op.js';

/**
 * Kernel name of {@link tokenCrossEntropy} (also behind {@link crossEntropyLoss} and {@link tokenLogProbs}).
 *
 * Kernel contract (forward):
 * - inputs, in order: `logits` float32 `[N, V]` (the op flattens leading axes), `targets` int32 `[N]`
 *   with values in `[0, V)`.
 * - attrs: none.
 * - output: float32 `[N]`, `nll[n] = logsumexp(logits[n, :]) - logits[n, targets[n]]`, computed stably
 *   (subtract the row max before `exp`).
 *
 * Gradient kernel `StagecoachTokenCrossEntropyGrad` (optional):
 * - inputs, in order: `dy` float32 `[N]`, `logits`, `targets`.
 * - outputs: `[dLogits]`, float32 `[N, V]` = `dy[n] · (softmax(logits[n])[v] - [v = targets[n]])`.
 */
export const TOKEN_CROSS_ENTROPY_KERNEL = 'StagecoachTokenCrossEntropy';

/** `[N, 2]` int32 (row, target) index pairs. */
function targetIndices(targets: tf.Tensor1D): tf.Tensor2D {
  const rows = tf.range(0, targets.shape[0], 1, 'int32'); // [N]
  return tf.stack([rows, targets], 1) as tf.Tensor2D; // [N, 2]
}

/**
 * `logits[n, targets[n]]` as `[N]`, with the gradient `scatterND` of `dy` into `[N, V]` zeros. Neither
 * direction allocates more than one `[N, V]` tensor: no one-hot matrix, and no `gather` gradient (an
 * `UnsortedSegmentSum` over `N·V` segments, which tfjs cpu runs in O(segments · size)).
 */
const pickTargets = tf.customGrad((...args: Array<tf.Tensor | tf.GradSaveFunc>) => {
  const [logits, indices, save] = args as [tf.Tensor2D, tf.Tensor2D, tf.GradSaveFunc];
  save([indices]);
  return {
    value: tf.gatherND(logits, indices) as tf.Tensor,
    gradFunc: (dy: tf.Tensor, saved: tf.Tensor[]) => {
      const [idx] = saved as [tf.Tensor2D];
      return [tf.scatterND(idx, dy, logits.shape), tf.zeros(idx.shape, 'float32')];
    },
  };
});

const tokenCrossEntropyOp = defineCustomOp({
  kernelName: TOKEN_CROSS_ENTROPY_KERNEL,
  inputNames: ['logits', 'targets'],
  gradInputNames: ['logits'],
  forward(inputs) {
    const { logits, targets } = inputs as { logits: tf.Tensor2D; targets: tf.Tensor1D };
    const lse = tf.logSumExp(logits, -1); // [N]
    return tf.sub(lse, pickTargets(logits, targetIndices(targets)));
  },
  backward(dy, inputs) {
    const { logits, targets } = inputs as { logits: tf.Tensor2D; targets: tf.Tensor1D };
    const scaledProbs = tf.mul(tf.softmax(logits), tf.expandDims(dy, 1)); // [N, V]
    return [tf.sub(scaledProbs, tf.scatterND(targetIndices(targets), dy, logits.shape))];
  },
});

/**
 * Per-token negative log-likelihood. `logits: [..., V]`, `targets: int32 [...]` with values in
 * `[0, V)` → float32 `[...]`.
 */
export function tokenCrossEntropy(logits: tf.Tensor, targets: tf.Tensor): tf.Tensor {
  const leading = logits.shape.slice(0, -1);
  const vocab = logits.shape[logits.rank - 1] as number;
  if (logits.rank < 2 || targets.shape.length !== leading.length || targets.shape.some((d, i) => d !== leading[i])) {
    throw new ConfigError(
      `tokenCrossEntropy: targets shape [${targets.shape.join(', ')}] must equal logits shape ` +
        `[${logits.shape.join(', ')}] without its last (vocabulary) axis.`,
    );
  }
  return tf.tidy(() => {
    const logits2d = tf.reshape(tf.cast(logits, 'float32'), [-1, vocab]); // [N, V]
    const targets1d = tf.reshape(tf.cast(targets, 'int32'), [-1]); // [N]
    const nll = runCustomOp(tokenCrossEntropyOp, { logits: logits2d, targets: targets1d }, {});
    return tf.reshape(nll, leading); // [...]
  });
}

/**
 * Mean token cross-entropy over the tokens where `mask` is 1: `Σ nll·mask / max(Σ mask, 1)`.
 * Without a mask every token counts.
 */
export function crossEntropyLoss(logits: tf.Tensor, targets: tf.Tensor, mask?: tf.Tensor): tf.Scalar {
  return tf.tidy(() => {
    const nll = tokenCrossEntropy(logits, targets);
    if (mask === undefined) return tf.mean(nll) as tf.Scalar;
    if (mask.shape.length !== nll.shape.length || mask.shape.some((d, i) => d !== nll.shape[i])) {
      throw new ConfigError(
        `crossEntropyLoss: mask shape [${mask.shape.join(', ')}] must equal targets shape [${targets.shape.join(', ')}].`,
      );
    }
    const m = tf.cast(mask, 'float32');
    return tf.div(tf.sum(tf.mul(nll, m)), tf.maximum(tf.sum(m), 1)) as tf.Scalar;
  });
}

/** Log-probability of each target token, `log p(target) = -nll`. Shapes as {@link tokenCrossEntropy}. */
export function tokenLogProbs(logits: tf.Tensor, targets: tf.Tensor): tf.Tensor {
  return tf.tidy(() => tf.neg(tokenCrossEntropy(logits, targets)));
}
