import { TOKEN_CROSS_ENTROPY_KERNEL } from '../../ops/cross-entropy.js';
import type { JsKernel } from './js-kernel.js';

/** Row max and log-sum-exp of `logits[r, :]`. */
function logSumExp(logits: ArrayLike<number>, o: number, v: number): number {
  let max = -Infinity;
  for (let j = 0; j < v; j++) max = Math.max(max, logits[o + j]!);
  let sum = 0;
  for (let j = 0; j < v; j++) sum += Math.exp(logits[o + j]! - max);
  return max + Math.log(sum);
}

/** `StagecoachTokenCrossEntropy`: `nll[n] = logsumexp(logits[n]) - logits[n, targets[n]]`. */
export const tokenCrossEntropyKernel: JsKernel = {
  kernelName: TOKEN_CROSS_ENTROPY_KERNEL,
  inputNames: ['logits', 'targets'],
  outputs: ([logits]) => [{ shape: [logits![0]!], dtype: 'float32' }],
  body([logits, targets], [nll], [shape]) {
    const [n, v] = shape as [number, number];
    for (let r = 0; r < n; r++) nll![r] = logSumExp(logits!, r * v, v) - logits![r * v + targets![r]!]!;
  },
};

/** `StagecoachTokenCrossEntropyGrad`: `dLogits = dy[n]·(softmax(logits[n]) - onehot(targets[n]))`. */
export const tokenCrossEntropyGradKernel: JsKernel = {
  kernelName: `${TOKEN_CROSS_ENTROPY_KERNEL}Grad`,
  inputNames: ['dy', 'logits', 'targets'],
  outputs: ([, logits]) => [{ shape: logits as number[], dtype: 'float32' }],
  body([dy, logits, targets], [dLogits], [, shape]) {
    const [n, v] = shape as [number, number];
    for (let r = 0; r < n; r++) {
      const o = r * v;
      const lse = logSumExp(logits!, o, v);
      const g = dy![r]!;
      for (let j = 0; j < v; j++) dLogits![o + j] = g * Math.exp(logits![o + j]! - lse);
      dLogits![o + targets![r]!] = dLogits![o + targets![r]!]! - g;
    }
  },
};
