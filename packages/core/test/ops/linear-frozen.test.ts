import { afterAll, describe, expect, it } from 'vitest';
import { tf } from '../../src/tf.js';
import { linear } from '../../src/ops/index.js';
import { cpu, useBackend, wasm } from '../../src/backends/index.js';
import type { Backend } from '../../src/backends/backend.js';
import { Transformer, resolveTransformerConfig } from '../../src/model/index.js';
import { randn } from './js-reference.js';

/** A LoRA-like layer: `x·W + b + (x·A)·B`, `x` `[2, 3, 7]`, `W` `[7, 5]`, `A` `[7, 2]`, `B` `[2, 5]`. */
function loraLike() {
  const v = (shape: number[], seed: number): tf.Variable => tf.tidy(() => tf.variable(tf.tensor(randn(shape.reduce((a, b) => a * b), seed), shape)));
  const [x, w, b, a, bB] = [v([2, 3, 7], 1), v([7, 5], 2), v([5], 3), v([7, 2], 4), v([2, 5], 5)];
  const dy = tf.tensor(randn(30, 6), [2, 3, 5]);
  const loss = (): tf.Scalar => tf.tidy(() => {
    const y = tf.add(linear(x, w as tf.Tensor2D, b as tf.Tensor1D), linear(linear(x, a as tf.Tensor2D), bB as tf.Tensor2D));
    return tf.sum(tf.mul(y, dy)) as tf.Scalar;
  });
  return { x, w, b, a, bB, all: [x, w, b, a, bB], loss, dispose: () => tf.dispose([x, w, b, a, bB, dy]) };
}

/** Gradients by variable and the output shapes of every kernel run, for `variableGrads(loss, list)`. */
async function gradsAndKernels(loss: () => tf.Scalar, list: tf.Variable[]) {
  let grads: Record<string, tf.Tensor> = {};
  const profile = await tf.profile(() => {
    const result = tf.variableGrads(loss, list);
    result.value.dispose();
    grads = result.grads;
  });
  const values = new Map<string, Float32Array | null>();
  for (const [name, g] of Object.entries(grads)) values.set(name, g === null ? null : Float32Array.from(await g.data()));
  tf.dispose(Object.values(grads).filter((g) => g !== null));
  return { values, kernels: profile.kernels.map((k) => ({ name: k.name, shape: (k.outputShapes[0] ?? []).join(',') })) };
}

const backends: Array<[string, () => Backend]> = [
  ['cpu, tf-op reference', () => cpu({ fusedKernels: false })],
  ['cpu, fused JS kernels', () => cpu()],
  ['wasm (explicit-transpose backward)', () => wasm({ fastMatMul: false })],
];

afterAll(async () => {
  await useBackend(cpu());
});

describe.each(backends)('linear with a frozen weight (%s)', (_, backend) => {
  it('gives the trainable tensors the same gradients, and computes no dW or db', async () => {
    await useBackend(backend());
    const t = loraLike();
    const before = tf.memory().numTensors;
    const trainable = await gradsAndKernels(t.loss, t.all);
    t.w.trainable = false;
    t.b.trainable = false;
    const frozen = await gradsAndKernels(t.loss, t.all);
    for (const v of [t.x, t.a, t.bB]) expect(frozen.values.get(v.name), v.name).toEqual(trainable.values.get(v.name));
    expect(frozen.values.get(t.w.name)).toBeNull(); // variableGrads' answer for a non-trainable variable
    expect(frozen.values.get(t.b.name)).toBeNull();
    // dW is the only computed [7, 5] and db the only computed [5] (besides tfjs's Identity reads of the
    // variables): computed when trainable, skipped when frozen.
    const count = (run: typeof frozen, shape: string) => run.kernels.filter((k) => k.shape === shape && k.name !== 'Identity').length;
    expect(count(trainable, '7,5')).toBeGreaterThan(0);
    expect(count(trainable, '5')).toBeGreaterThan(0);
    expect(count(frozen, '7,5')).toBe(0);
    expect(count(frozen, '5')).toBe(0);
    expect(frozen.kernels.filter((k) => k.name === 'BatchMatMul').length)
      .toBe(trainable.kernels.filter((k) => k.name === 'BatchMatMul').length - 1);
    expect(tf.memory().numTensors).toBe(before);
    t.dispose();
  });
});

describe('a transformer with every linear weight frozen', () => {
  it('backpropagates through them to the trainable embedding with the same gradient, one matmul fewer per linear', async () => {
    await useBackend(cpu());
    const model = new Transformer(resolveTransformerConfig('llama-tiny'), { seed: 3 });
    const ids = tf.tensor2d([[1, 5, 9, 2], [7, 3, 3, 8]], [2, 4], 'int32');
    const targets = tf.tensor2d([[5, 9, 2, 4], [3, 3, 8, 1]], [2, 4], 'int32');
    const loss = (): tf.Scalar => model.loss(ids, targets);
    const embed = model.params.get('embed.weight')!;
    const before = tf.memory().numTensors;
    const trainable = await gradsAndKernels(loss, [...model.params.values()]);
    const linearWeights = [...model.linears().values()].map((layer) => layer.weight).filter((w) => w !== embed);
    for (const w of linearWeights) w.trainable = false;
    const frozen = await gradsAndKernels(loss, [...model.params.values()]);
    expect(frozen.values.get(embed.name)).toEqual(trainable.values.get(embed.name));
    for (const w of linearWeights) expect(frozen.values.get(w.name)).toBeNull();
    const matmuls = (run: typeof frozen) => run.kernels.filter((k) => k.name === 'BatchMatMul').length;
    expect(matmuls(frozen)).toBe(matmuls(trainable) - linearWeights.length);
    expect(tf.memory().numTensors).toBe(before);
    tf.dispose([ids, targets]);
    model.dispose();
  });
});
