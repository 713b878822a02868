import type { TokenBatch } from '@stagecoach/core';
import type { SftExample } from './sft-tokenize.js';

/**
 * A right-padded batch of examples, `seqLen` inputs each: inputs `ids[0..n-1)`, targets `ids[1..n)`,
 * loss mask 1 where the target is a learned (completion / assistant) token. Padding carries no loss
 * and, as it comes after every real token, no real token attends to it under the causal mask.
 */
export function sftBatch(examples: readonly SftExample[], seqLen: number, padId: number): TokenBatch {
  const batchSize = examples.length;
  const ids = new Int32Array(batchSize * seqLen).fill(padId);
  const targets = new Int32Array(batchSize * seqLen).fill(padId);
  const mask = new Float32Array(batchSize * seqLen);
  let tokens = 0;
  examples.forEach((example, b) => {
    const n = Math.min(example.ids.length - 1, seqLen);
    for (let t = 0; t < n; t++) {
      const i = b * seqLen + t;
      ids[i] = example.ids[t]!;
      targets[i] = example.ids[t + 1]!;
      const learn = example.learn[t + 1]!;
      mask[i] = learn;
      tokens += learn;
    }
  });
  return { batchSize, seqLen, ids, targets, mask, tokens };
}
