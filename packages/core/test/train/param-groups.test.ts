import { beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, cpu, tf, useBackend } from '@stagecoach/core';
import { AdamW, optimizerStep, type AdamWOptions } from '../../src/train/index.js';

beforeAll(async () => {
  await useBackend(cpu());
});

/** Three parameters of a tiny two-layer regression, seeded. */
function makeParams(): Map<string, tf.Variable> {
  const init = (shape: number[], seed: number) => tf.tidy(() => tf.variable(tf.randomNormal(shape, 0, 0.5, 'float32', seed)));
  return new Map([['body.weight', init([4, 3], 1)], ['head.weight', init([3, 2], 2)], ['head.bias', init([2], 3)]]);
}

const x = [[1, 2, 0, -1], [0.5, -1, 2, 1], [-2, 0, 1, 0.5]];
const y = [[1, 0], [0, 1], [0.5, -0.5]];
/** Mean squared error of the regression, with its mean absolute error as a metric. */
const regression = (params: Map<string, tf.Variable>, rows = [0, 1, 2]) => () => {
  const h = tf.relu(tf.matMul(tf.tensor2d(rows.map((r) => x[r]!)), params.get('body.weight')!));
  const error = tf.sub(tf.add(tf.matMul(h, params.get('head.weight')!), params.get('head.bias')!), tf.tensor2d(rows.map((r) => y[r]!)));
  return { loss: tf.mean(tf.square(error)) as tf.Scalar, metrics: { mae: tf.mean(tf.abs(error)) as tf.Scalar } };
};

/** Values of every parameter after `steps` optimizer steps with `options`, and the step results. */
async function train(options: AdamWOptions, steps = 1, lr = 0.01) {
  const params = makeParams();
  const before = new Map([...params].map(([n, p]) => [n, Array.from(p.dataSync())]));
  const optimizer = new AdamW(params, { weightDecay: 0, ...options });
  const results = [];
  for (let s = 0; s < steps; s += 1) results.push(await optimizerStep({ params, optimizer, lr, microBatches: [{ tokens: 3 }], loss: regression(params) }));
  const after = new Map([...params].map(([n, p]) => [n, Array.from(p.dataSync())]));
  const moments = [...optimizer.moments().keys()];
  optimizer.dispose();
  tf.dispose([...params.values()]);
  const delta = (name: string) => after.get(name)!.map((v, i) => v - before.get(name)![i]!);
  return { before, after, delta, results, moments };
}

describe('parameter groups', () => {
  it('lrMultiplier 0 leaves a group bit-identical while the rest trains', async () => {
    const { before, after } = await train({ groups: [{ params: /^head\./, lrMultiplier: 0 }] }, 3);
    expect(after.get('head.weight')).toEqual(before.get('head.weight'));
    expect(after.get('head.bias')).toEqual(before.get('head.bias'));
    expect(after.get('body.weight')).not.toEqual(before.get('body.weight'));
  });

  it('lrMultiplier 2 moves a group twice as far as 1 on the first step, as AdamW predicts (|Δ| = lr·mult)', async () => {
    const one = await train({});
    const two = await train({ groups: [{ params: ['head.bias'], lrMultiplier: 2 }] });
    // First AdamW step: m̂ / sqrt(v̂) = sign(g), so every weight with a gradient moves by lr × multiplier.
    one.delta('head.bias').forEach((d, i) => {
      expect(Math.abs(d)).toBeCloseTo(0.01, 5);
      expect(two.delta('head.bias')[i]).toBeCloseTo(2 * d, 5);
    });
    expect(two.delta('head.weight')).toEqual(one.delta('head.weight'));
    expect(two.delta('body.weight')).toEqual(one.delta('body.weight'));
  });

  it('a frozen group gets no gradient (the norm leaves it out), no update and no moments', async () => {
    const frozen = await train({ groups: [{ params: ['body.weight'], frozen: true }] });
    expect(frozen.after.get('body.weight')).toEqual(frozen.before.get('body.weight'));
    expect(frozen.moments).toEqual(['head.weight.exp_avg', 'head.weight.exp_avg_sq', 'head.bias.exp_avg', 'head.bias.exp_avg_sq']);
    // The same step with body.weight not handed to the optimizer at all: same norm, same head update.
    const params = makeParams();
    const head = new Map([...params].filter(([n]) => n.startsWith('head.')));
    const optimizer = new AdamW(head, { weightDecay: 0 });
    const alone = await optimizerStep({ params: head, optimizer, lr: 0.01, microBatches: [{ tokens: 3 }], loss: regression(params) });
    expect(frozen.results[0]!.gradNorm).toBe(alone.gradNorm);
    expect(Array.from(head.get('head.weight')!.dataSync())).toEqual(frozen.after.get('head.weight'));
    optimizer.dispose();
    tf.dispose([...params.values()]);
    const trainable = await train({});
    expect(trainable.results[0]!.gradNorm).toBeGreaterThan(alone.gradNorm);
    const all = makeParams();
    const none = new AdamW(all, { groups: [{ params: /./, frozen: true }] });
    await expect(optimizerStep({ params: all, optimizer: none, lr: 0.01, microBatches: [{ tokens: 3 }], loss: regression(all) }))
      .rejects.toThrow(/optimizerStep: all 3 parameter\(s\) are frozen, so there is nothing to train/);
    none.dispose();
    tf.dispose([...all.values()]);
  });

  it('a variable created with trainable: false (a frozen base weight) is skipped like a frozen group', async () => {
    const frozen = await train({ groups: [{ params: ['body.weight'], frozen: true }] });
    const params = makeParams();
    const body = params.get('body.weight')!;
    const before = Array.from(body.dataSync());
    body.trainable = false;
    const optimizer = new AdamW(params, { weightDecay: 0 });
    const result = await optimizerStep({ params, optimizer, lr: 0.01, microBatches: [{ tokens: 3 }], loss: regression(params) });
    expect(result.gradNorm).toBe(frozen.results[0]!.gradNorm);
    expect(Array.from(body.dataSync())).toEqual(before);
    expect(Array.from(params.get('head.weight')!.dataSync())).toEqual(frozen.after.get('head.weight'));
    optimizer.dispose();
    tf.dispose([...params.values()]);
  });

  it('a group weightDecay overrides the decay filter', async () => {
    // With a zero gradient Adam's step is 0, so only the decoupled decay p·(1 − lr·λ) moves the weights.
    const params = new Map<string, tf.Variable>([['head.bias', tf.variable(tf.tensor1d([1, -2]))], ['body.weight', tf.variable(tf.tensor2d([[1, 2]]))]]);
    const optimizer = new AdamW(params, { weightDecay: 0.1, groups: [{ params: ['head.bias'], weightDecay: 0.5 }, { params: ['body.weight'], weightDecay: 0 }] });
    expect(optimizer.decaysParameter('head.bias')).toBe(true);
    expect(optimizer.decaysParameter('body.weight')).toBe(false);
    const zeros = new Map([...params].map(([n, p]) => [n, tf.zerosLike(p)]));
    optimizer.step(zeros, 0.1);
    expect(Array.from(params.get('head.bias')!.dataSync())).toEqual([expect.closeTo(0.95, 6), expect.closeTo(-1.9, 6)]);
    expect(Array.from(params.get('body.weight')!.dataSync())).toEqual([1, 2]);
    tf.dispose([...zeros.values(), ...params.values()]);
    optimizer.dispose();
  });

  it('names a group that matches nothing, an unknown parameter or a bad multiplier', () => {
    const params = makeParams();
    const make = (groups: AdamWOptions['groups']) => () => new AdamW(params, { groups });
    expect(make([{ params: /^head/ }, { params: /^head\.bias/ }])).toThrow(ConfigError);
    expect(make([{ params: /^head/ }, { params: /^head\.bias/ }])).toThrow(/groups\[1\] matches no parameter \(each parameter joins the first group that matches it\)\. Parameters: body\.weight, head\.weight, head\.bias/);
    expect(make([{ params: ['head.weights'] }])).toThrow(/groups\[0\]\.params names unknown parameter\(s\) "head\.weights"; the optimizer's parameters are body\.weight/);
    expect(make([{ params: ['head.bias'], lrMultiplier: -1 }])).toThrow(/groups\[0\]\.lrMultiplier must be a number >= 0, got -1/);
    expect(make([{ params: /^body/, lrMultiplier: 0.5 }, { params: /^body/, frozen: true }])).toThrow(/groups\[1\] matches no parameter/); // the first match wins
    tf.dispose([...params.values()]);
  });
});

describe('optimizerStep metrics', () => {
  it('returns the loss callback\'s metrics, weighted over micro-batches like the loss, and leaves no tensors', async () => {
    const params = makeParams();
    const optimizer = new AdamW(params, { weightDecay: 0, groups: [{ params: /./, lrMultiplier: 0 }] }); // weights stay put
    const read = async (f: () => { loss: tf.Scalar; metrics: { mae: tf.Scalar } }) => {
      const out = f();
      const values = [await out.loss.data(), await out.metrics.mae.data()].map((d) => d[0]!);
      tf.dispose([out.loss, out.metrics.mae]);
      return values;
    };
    const [loss0, mae0] = await read(regression(params, [0]));
    const [loss12, mae12] = await read(regression(params, [1, 2]));
    const batches = [{ rows: [0], tokens: 1 }, { rows: [1, 2], tokens: 2 }];
    const before = tf.memory().numTensors;
    const result = await optimizerStep({ params, optimizer, lr: 0.1, microBatches: batches, loss: (b) => regression(params, b.rows)() });
    expect(tf.memory().numTensors).toBe(before);
    expect(result.loss).toBeCloseTo(loss0! / 3 + (2 * loss12!) / 3, 5);
    expect(result.metrics.mae).toBeCloseTo(mae0! / 3 + (2 * mae12!) / 3, 5);
    // A callback returning the plain scalar, as before: no metrics.
    const plain = await optimizerStep({ params, optimizer, lr: 0.1, microBatches: batches, loss: (b) => regression(params, b.rows)().loss });
    expect(plain.metrics).toEqual({});
    expect(plain.loss).toBeCloseTo(result.loss, 5);
    await expect(optimizerStep({
      params, optimizer, lr: 0.1, microBatches: [{ tokens: 1 }], loss: () => ({ loss: tf.scalar(1), metrics: { rows: tf.ones([2]) as tf.Scalar } }),
    })).rejects.toThrow(/the loss callback's metrics\.rows must be a scalar tensor, got shape \[2\]; reduce it/);
    expect(tf.memory().numTensors).toBe(before);
    optimizer.dispose();
    tf.dispose([...params.values()]);
  });
});
