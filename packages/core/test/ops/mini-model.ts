import { tf } from '../../src/tf.js';
import { causalAttention, crossEntropyLoss, layerNorm, linear, rmsNorm, rope } from '../../src/ops/index.js';
import { randn } from './js-reference.js';

/** A tiny Llama-like block: embedding, rmsNorm, rope, GQA attention, layerNorm, tied logits, masked CE. */
export function miniModelLoss(params: Record<string, tf.Variable>): tf.Scalar {
  const [b, t, d, hq, hkv] = [2, 4, 8, 2, 1];
  const ids = tf.tensor2d([[1, 2, 3, 4], [5, 6, 0, 0]], [b, t], 'int32');
  const x = rmsNorm(tf.gather(params.emb as tf.Tensor2D, ids), params.norm as tf.Tensor1D); // [B, T, D]
  const heads = (w: tf.Tensor2D, h: number): tf.Tensor4D =>
    tf.transpose(tf.reshape(linear(x, w), [b, t, h, d / hq]), [0, 2, 1, 3]); // [B, h, T, hd]
  const positions = tf.tensor2d([[0, 1, 2, 3], [0, 1, 2, 3]], [b, t], 'int32');
  const config = { headDim: d / hq, theta: 10000 };
  const q = rope(heads(params.wq as tf.Tensor2D, hq), positions, config);
  const k = rope(heads(params.wk as tf.Tensor2D, hkv), positions, config);
  const keyMask = tf.tensor2d([[1, 1, 1, 1], [1, 1, 0, 0]]);
  const att = causalAttention(q, k, heads(params.wv as tf.Tensor2D, hkv), { keyMask }); // [B, Hq, T, hd]
  const merged = tf.reshape(tf.transpose(att, [0, 2, 1, 3]), [b, t, d]); // [B, T, D]
  const h = layerNorm(merged, params.gamma as tf.Tensor1D, params.beta as tf.Tensor1D);
  const logits = linear(h, tf.transpose(params.emb as tf.Tensor2D)); // [B, T, V]
  return crossEntropyLoss(logits, tf.tensor2d([[2, 3, 4, 5], [6, 0, 0, 0]], [b, t], 'int32'), keyMask);
}

export function makeParams(): Record<string, tf.Variable> {
  const [v, d] = [7, 8];
  const p = (shape: number[], seed: number): tf.Variable => tf.variable(tf.tensor(randn(shape.reduce((a, c) => a * c, 1), seed, 0.5), shape));
  return { emb: p([v, d], 1), norm: p([d], 2), wq: p([d, d], 3), wk: p([d, d / 2], 4), wv: p([d, d / 2], 5), gamma: p([d], 6), beta: p([d], 7) };
}
