import { beforeAll, describe, expect, it } from 'vitest';
import { tf } from '../../src/tf.js';
import { crossEntropyLoss, tokenCrossEntropy, tokenLogProbs } from '../../src/ops/index.js';
import { useBackend } from '../../src/backends/index.js';
import { cpuVariants } from './cpu-variants.js';
import { dot, expectClose, finiteDifference, nllJs, randn } from './js-reference.js';
import { valueAndVjp } from './tf-helpers.js';

describe.each(cpuVariants)('on cpu, %s', (_variant, backend) => {
  beforeAll(async () => {
    await useBackend(backend());
  });

  const vocab = 7;
  const logits = randn(2 * 3 * vocab, 21, 2);
  const targets = [0, 6, 3, 2, 5, 1];
  const dy = randn(6, 22);

  describe('tokenCrossEntropy', () => {
    it('is logsumexp - logit[target], with the right gradient', () => {
      const { value, grads } = valueAndVjp(
        (l) => tokenCrossEntropy(l as tf.Tensor, tf.tensor2d(targets, [2, 3], 'int32')),
        [tf.tensor3d(logits, [2, 3, vocab])],
        dy,
      );
      expectClose(value, nllJs(logits, targets, vocab), 1e-5);
      expectClose(grads[0] as number[], finiteDifference((x) => dot(dy, nllJs(x, targets, vocab)), logits), 1e-4);
    });

    it('stays finite and exact for huge logits', () => {
      const big = [1000, -1000, 990, 0];
      const out = tokenCrossEntropy(tf.tensor2d([big], [1, 4]), tf.tensor1d([2], 'int32'));
      expectClose(out.dataSync(), [10 + Math.log1p(Math.exp(-10))], 1e-4);
      out.dispose();
    });

    it('tokenLogProbs is -nll', () => {
      const l = tf.tensor3d(logits, [2, 3, vocab]);
      const t = tf.tensor2d(targets, [2, 3], 'int32');
      const lp = tokenLogProbs(l, t);
      expect(lp.shape).toEqual([2, 3]);
      expectClose(lp.dataSync(), nllJs(logits, targets, vocab).map((v) => -v), 1e-5);
      tf.dispose([l, t, lp]);
    });
  });

  describe('crossEntropyLoss', () => {
    const mask = [1, 0, 1, 1, 0, 0];
    const expected = (x: number[]): number => {
      const nll = nllJs(x, targets, vocab);
      return dot(nll, mask) / mask.reduce((a, b) => a + b, 0);
    };

    it('averages the NLL over masked-in tokens, with the right gradient', () => {
      const { value, grads } = valueAndVjp(
        (l) => crossEntropyLoss(l as tf.Tensor, tf.tensor2d(targets, [2, 3], 'int32'), tf.tensor2d(mask, [2, 3])),
        [tf.tensor3d(logits, [2, 3, vocab])],
        [1],
      );
      expectClose(value, [expected(logits)], 1e-5);
      expectClose(grads[0] as number[], finiteDifference(expected, logits), 1e-4);
    });

    it('without a mask is the plain mean; with an all-zero mask is 0', () => {
      const l = tf.tensor3d(logits, [2, 3, vocab]);
      const t = tf.tensor2d(targets, [2, 3], 'int32');
      const plain = crossEntropyLoss(l, t);
      const nll = nllJs(logits, targets, vocab);
      expectClose(plain.dataSync(), [nll.reduce((a, b) => a + b, 0) / 6], 1e-5);
      const zeros = tf.zeros([2, 3]);
      const none = crossEntropyLoss(l, t, zeros);
      expect(none.dataSync()[0]).toBe(0);
      tf.dispose([l, t, plain, zeros, none]);
    });

    it('rejects targets that do not match the logits', () => {
      const l = tf.zeros([2, 3, vocab]);
      const t = tf.zeros([2, 4], 'int32');
      expect(() => crossEntropyLoss(l, t)).toThrow(/targets shape \[2, 4\]/);
      tf.dispose([l, t]);
    });

    it('keeps numTensors flat across calls', () => {
      const l = tf.tensor3d(logits, [2, 3, vocab]);
      const t = tf.tensor2d(targets, [2, 3], 'int32');
      const m = tf.tensor2d(mask, [2, 3]);
      const before = tf.memory().numTensors;
      for (let i = 0; i < 3; i++) {
        const { value, grads } = tf.valueAndGrads((x: tf.Tensor) => crossEntropyLoss(x, t, m))([l]);
        tf.dispose([value, ...grads]);
      }
      expect(tf.memory().numTensors).toBe(before);
      tf.dispose([l, t, m]);
    });
  });
});
