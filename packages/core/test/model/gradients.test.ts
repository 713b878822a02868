import { describe, expect, it } from 'vitest';
import { tf } from '../../src/tf.js';
import { Transformer, resolveTransformerConfig } from '../../src/model/index.js';

describe.each(['gpt2-tiny', 'llama-tiny'] as const)('gradients %s', (preset) => {
  it('reach every trainable parameter through loss, with a padding mask, and a step lowers the loss', () => {
    const model = new Transformer(resolveTransformerConfig({ preset, tieEmbeddings: false, valueHead: true }), { seed: 1 });
    const ids = tf.tensor2d([[258, 258, 1, 2, 3, 4], [5, 6, 7, 8, 9, 10]], undefined, 'int32');
    const targets = tf.tensor2d([[0, 0, 2, 3, 4, 5], [6, 7, 8, 9, 10, 11]], undefined, 'int32');
    const mask = tf.tensor2d([[0, 0, 1, 1, 1, 1], [1, 1, 1, 1, 1, 1]]);
    const params = model.trainableParams();
    const lossFn = (): tf.Scalar => tf.tidy(() => {
      const { logits, values } = model.forward(ids, { keyMask: mask });
      return tf.add(
        tf.div(tf.sum(tf.mul(tf.neg(tf.sum(tf.mul(tf.logSoftmax(logits), tf.oneHot(targets, 259)), -1)), mask)), tf.sum(mask)),
        tf.mul(tf.mean(tf.square(values!)), 0.1),
      ) as tf.Scalar;
    });
    const { value, grads } = tf.variableGrads(lossFn, [...params.values()]);
    for (const [name, v] of params) {
      const g = grads[v.name];
      expect(g, name).toBeDefined();
      expect(tf.tidy(() => tf.max(tf.abs(g!)).dataSync()[0]!), name).toBeGreaterThan(0);
    }
    const before = value.dataSync()[0]!;
    for (const v of params.values()) v.assign(tf.tidy(() => tf.sub(v, tf.mul(grads[v.name]!, 0.5))));
    const after = lossFn();
    expect(after.dataSync()[0]!).toBeLessThan(before);
    tf.dispose([value, after, ids, targets, mask, ...Object.values(grads)]);
    model.dispose();
  });
});
