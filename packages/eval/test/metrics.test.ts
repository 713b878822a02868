import { tf } from '@stagecoach/core';
import { describe, expect, it } from 'vitest';
import { accuracy, majorityAnswer, majorityCorrect, meanPassAtK, passAtK, reasoningDepth, tokenKl, wilsonInterval } from '../src/index.js';

/** C(n, k) exactly, with BigInt. */
function binomial(n: number, k: number): bigint {
  if (k < 0 || k > n) return 0n;
  let out = 1n;
  for (let i = 1; i <= k; i++) out = (out * BigInt(n - k + i)) / BigInt(i);
  return out;
}

/** 1 − C(n−c,k)/C(n,k) from exact integers, to 1e-15. */
function exactPassAtK(n: number, c: number, k: number): number {
  const scale = 10n ** 18n;
  return 1 - Number((binomial(n - c, k) * scale) / binomial(n, k)) / 1e18;
}

describe('passAtK', () => {
  it('matches hand-computed values', () => {
    // n = 5, c = 2: pass@1 = 1 − 3/5, pass@2 = 1 − C(3,2)/C(5,2) = 1 − 3/10, pass@3 = 1 − 1/10, pass@4 = 1 (fewer than 4 wrong).
    expect(passAtK(5, 2, 1)).toBeCloseTo(0.4, 12);
    expect(passAtK(5, 2, 2)).toBeCloseTo(0.7, 12);
    expect(passAtK(5, 2, 3)).toBeCloseTo(0.9, 12);
    expect(passAtK(5, 2, 4)).toBe(1);
    // n = 10, c = 3, k = 5: 1 − C(7,5)/C(10,5) = 1 − 21/252.
    expect(passAtK(10, 3, 5)).toBeCloseTo(1 - 21 / 252, 12);
    // n = 200, c = 1, k = 100: 1 − C(199,100)/C(200,100) = 1 − 100/200.
    expect(passAtK(200, 1, 100)).toBeCloseTo(0.5, 12);
    expect(passAtK(10, 0, 3)).toBe(0);
    expect(passAtK(10, 10, 1)).toBe(1);
    expect(passAtK(1, 1, 1)).toBe(1);
  });

  it('pass@1 is c/n', () => {
    for (const [n, c] of [[7, 3], [100, 37], [13, 0]] as const) expect(passAtK(n, c, 1)).toBeCloseTo(c / n, 12);
  });

  it('stays exact where the binomials overflow doubles', () => {
    // C(1000, 500) ≈ 2.7e299; C(2000, 1000) overflows float64 entirely.
    for (const [n, c, k] of [[1000, 10, 500], [2000, 3, 1000], [100, 10, 20], [500, 250, 7]] as const) {
      expect(passAtK(n, c, k)).toBeCloseTo(exactPassAtK(n, c, k), 12);
    }
  });

  it('rejects impossible arguments', () => {
    expect(() => passAtK(5, 6, 1)).toThrow(RangeError);
    expect(() => passAtK(5, 2, 6)).toThrow(/1 <= k <= n/);
    expect(() => passAtK(0, 0, 1)).toThrow(RangeError);
  });

  it('averages over problems', () => {
    expect(meanPassAtK([{ n: 5, c: 2 }, { n: 5, c: 0 }], 2)).toBeCloseTo(0.35, 12);
  });
});

describe('tokenKl', () => {
  it('matches KL(P ‖ Q) computed by hand, is 0 for equal inputs and never negative for nearly equal ones', () => {
    const [kl, same, near] = tf.tidy(() => {
      const p = tf.randomNormal([64, 259], 0, 3, 'float32', 1) as tf.Tensor2D;
      const q = tf.add(p, tf.randomNormal([64, 259], 0, 1e-4, 'float32', 2)) as tf.Tensor2D;
      return [tokenKl(tf.tensor2d([[0, 0]]), tf.tensor2d([[2, 0]])).arraySync(), tokenKl(p, p).arraySync(), tokenKl(p, q).arraySync()];
    });
    // P uniform over 2 tokens, Q = softmax([2, 0]).
    const q0 = Math.exp(2) / (1 + Math.exp(2));
    expect(kl[0]).toBeCloseTo(0.5 * Math.log(0.5 / q0) + 0.5 * Math.log(0.5 / (1 - q0)), 6);
    expect(same.every((x) => x === 0)).toBe(true);
    expect(Math.min(...near)).toBeGreaterThanOrEqual(0);
  });
});

describe('maj@k', () => {
  it('votes numerically, ignores non-answers, breaks ties by first appearance', () => {
    expect(majorityAnswer(['3', '4', '3.0', null, null, null])).toBe('3');
    expect(majorityAnswer(['4', '3', '3', '4'])).toBe('4');
    expect(majorityAnswer([null, null])).toBeNull();
    expect(majorityCorrect(['5', '7', '7'], '7', 3)).toBe(true);
    expect(majorityCorrect(['5', '7', '7'], '7', 1)).toBe(false);
  });
});

describe('accuracy with a Wilson interval', () => {
  it('matches published values', () => {
    // 8/10 at 95%: (0.4902, 0.9433); 0/10: (0, 0.2775); 50/100: (0.4038, 0.5962).
    const a = wilsonInterval(8, 10);
    expect(a.lower).toBeCloseTo(0.4902, 4);
    expect(a.upper).toBeCloseTo(0.9433, 4);
    expect(wilsonInterval(0, 10).lower).toBe(0);
    expect(wilsonInterval(0, 10).upper).toBeCloseTo(0.2775, 4);
    expect(wilsonInterval(50, 100).lower).toBeCloseTo(0.4038, 4);
    expect(wilsonInterval(10, 10).upper).toBe(1);
    expect(accuracy(3, 4)).toMatchObject({ value: 0.75, correct: 3, total: 4 });
    expect(accuracy(0, 0)).toMatchObject({ value: 0, lower: 0, upper: 1 });
  });
});

describe('reasoningDepth', () => {
  it('counts lines before the answer and calculations', () => {
    const gsm = 'Janet sells 16 - 3 - 4 = 9 duck eggs a day.\nShe makes 9 * 2 = $18 every day.\n#### 18';
    expect(reasoningDepth(gsm)).toEqual({ answered: true, steps: 2, charactersBeforeAnswer: gsm.indexOf('####'), showsWork: true });
    expect(reasoningDepth('The answer is 18.')).toMatchObject({ steps: 0, showsWork: false });
    expect(reasoningDepth('9 * 2 = 18')).toMatchObject({ steps: 1, showsWork: true });
    expect(reasoningDepth('I think about it.\nIt is big.\nSo 18')).toMatchObject({ steps: 2, showsWork: false });
    expect(reasoningDepth('no answer at all\nreally')).toMatchObject({ answered: false, steps: 2, charactersBeforeAnswer: 23, showsWork: false });
  });
});
