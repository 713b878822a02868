/** A batch of packed windows as flat typed arrays, ready for tf.tensor2d. */
export interface TokenBatch {
  batchSize: number;
  seqLen: number;
  /** [B * T] input ids. */
  ids: Int32Array;
  /** [B * T] target ids (inputs shifted left by one). */
  targets: Int32Array;
  /** [B * T] 1 where the target counts toward the loss, 0 where it does not. */
  mask: Float32Array;
  /** Loss-bearing targets (sum of the mask). */
  tokens: number;
}

/**
 * Splits windows of seqLen + 1 tokens into inputs and targets, with a loss mask that is 0 where the
 * target is BOS (the start of the next document cannot be predicted from the previous one) or PAD.
 * When BOS and EOS are one token (GPT-2's <|endoftext|>) it is a target like any other.
 */
export function makeBatch(windows: readonly (readonly number[])[], special: { bos?: number; eos?: number; pad?: number }): TokenBatch {
  const bos = special.bos !== special.eos ? special.bos : undefined;
  const batchSize = windows.length;
  const seqLen = (windows[0]?.length ?? 1) - 1;
  const ids = new Int32Array(batchSize * seqLen);
  const targets = new Int32Array(batchSize * seqLen);
  const mask = new Float32Array(batchSize * seqLen);
  let tokens = 0;
  windows.forEach((window, b) => {
    for (let t = 0; t < seqLen; t += 1) {
      const i = b * seqLen + t;
      const target = window[t + 1]!;
      ids[i] = window[t]!;
      targets[i] = target;
      const counts = target !== bos && target !== special.pad ? 1 : 0;
      mask[i] = counts;
      tokens += counts;
    }
  });
  return { batchSize, seqLen, ids, targets, mask, tokens };
}
