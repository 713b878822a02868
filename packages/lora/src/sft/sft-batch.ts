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

/** A batch of rows that each hold several examples back to back (see {@link packSftExamples}). */
export interface PackedSftBatch extends TokenBatch {
  /** `[B * T]` position of each token inside its own example (restarts at 0). */
  positions: Int32Array;
  /** `[B * T]` which example of the row each token belongs to (1, 2, ...; 0 for padding). */
  segmentIds: Int32Array;
  /** Examples packed. */
  examples: number;
}

/**
 * Packs examples, in order, into as few rows of `seqLen` inputs as fit (a row takes the next example
 * while it has room). Each example keeps its own loss mask, its positions restart at 0, and its
 * tokens carry a segment id, so with `forward(ids, { positions, segmentIds })` no example attends to
 * another: the packed row computes what each example would alone.
 */
export function packSftExamples(examples: readonly SftExample[], seqLen: number, padId: number): PackedSftBatch {
  const rows: SftExample[][] = [];
  let used = seqLen;
  for (const example of examples) {
    const n = Math.min(example.ids.length - 1, seqLen);
    if (n <= 0) continue;
    if (used + n > seqLen) {
      rows.push([]);
      used = 0;
    }
    rows.at(-1)!.push(example);
    used += n;
  }
  const batchSize = rows.length;
  const ids = new Int32Array(batchSize * seqLen).fill(padId);
  const targets = new Int32Array(batchSize * seqLen).fill(padId);
  const mask = new Float32Array(batchSize * seqLen);
  const positions = new Int32Array(batchSize * seqLen);
  const segmentIds = new Int32Array(batchSize * seqLen);
  let tokens = 0;
  rows.forEach((row, b) => {
    let offset = b * seqLen;
    row.forEach((example, s) => {
      const n = Math.min(example.ids.length - 1, seqLen);
      for (let t = 0; t < n; t++) {
        ids[offset + t] = example.ids[t]!;
        targets[offset + t] = example.ids[t + 1]!;
        mask[offset + t] = example.learn[t + 1]!;
        tokens += example.learn[t + 1]!;
        positions[offset + t] = t;
        segmentIds[offset + t] = s + 1;
      }
      offset += n;
    });
  });
  return { batchSize, seqLen, ids, targets, mask, tokens, positions, segmentIds, examples: rows.reduce((n, r) => n + r.length, 0) };
}
