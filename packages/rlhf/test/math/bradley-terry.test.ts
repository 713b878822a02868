import { beforeAll, describe, expect, it } from 'vitest';
import { cpu, tf, useBackend } from '@stagecoach/core';
import { bradleyTerryLoss, preferenceAccuracy } from '../../src/index.js';

const sigmoid = (x: number): number => 1 / (1 + Math.exp(-x));

describe('bradleyTerryLoss', () => {
  beforeAll(async () => {
    await useBackend(cpu());
  });

  it('is −log σ(r_c − r_r) averaged over pairs: log 2 at a tie, small for a clear win, large for a clear loss', async () => {
    const chosen = tf.tensor1d([0, 3, -1, 20]);
    const rejected = tf.tensor1d([0, 1, 1, -20]);
    const loss = bradleyTerryLoss(chosen, rejected);
    const expected = [0, 2, -2, 40].map((x) => -Math.log(sigmoid(x))).reduce((a, b) => a + b) / 4;
    expect((await loss.data())[0]).toBeCloseTo(expected, 6);
    expect(expected).toBeCloseTo((Math.LN2 + 0.126928 + 2.126928 + 0) / 4, 5); // −log σ(2) = 0.126928
    tf.dispose([chosen, rejected, loss]);
  });

  it('subtracts the margin inside the sigmoid (a number or per pair)', async () => {
    const chosen = tf.tensor1d([2, 2]);
    const rejected = tf.tensor1d([1, 1]);
    const scalar = bradleyTerryLoss(chosen, rejected, 1);
    const perPair = bradleyTerryLoss(chosen, rejected, tf.tensor1d([1, 3]));
    expect((await scalar.data())[0]).toBeCloseTo(Math.LN2, 6); // gap 1 − margin 1 = 0
    expect((await perPair.data())[0]).toBeCloseTo((Math.LN2 - Math.log(sigmoid(-2))) / 2, 6);
    tf.dispose([chosen, rejected, scalar, perPair]);
  });

  it('stays finite for huge reward gaps (softplus, not log of a sigmoid that rounds to 0)', async () => {
    const loss = tf.tidy(() => bradleyTerryLoss(tf.tensor1d([-200]), tf.tensor1d([200])));
    expect((await loss.data())[0]).toBeCloseTo(400, 3);
    loss.dispose();
  });

  it('has gradient −σ(−x)/N for r_chosen and +σ(−x)/N for r_rejected', async () => {
    const gaps = [-2, 0, 0.5, 4];
    const chosen = tf.tensor1d(gaps.map((g) => g + 1));
    const rejected = tf.tensor1d(gaps.map(() => 1));
    const [dChosen, dRejected] = tf.grads((c: tf.Tensor, r: tf.Tensor) => bradleyTerryLoss(c as tf.Tensor1D, r as tf.Tensor1D))([chosen, rejected]);
    const expected = gaps.map((x) => -sigmoid(-x) / gaps.length);
    const gc = await dChosen!.data();
    const gr = await dRejected!.data();
    expected.forEach((e, i) => {
      expect(gc[i]).toBeCloseTo(e, 6);
      expect(gr[i]).toBeCloseTo(-e, 6);
    });
    tf.dispose([chosen, rejected, dChosen!, dRejected!]);
  });
});

describe('preferenceAccuracy', () => {
  it('counts strict wins; ties are wrong', () => {
    expect(preferenceAccuracy([1, 2, 3, 0], [0, 2, 4, -1])).toBe(0.5);
    expect(preferenceAccuracy([], [])).toBeNaN();
  });
});
