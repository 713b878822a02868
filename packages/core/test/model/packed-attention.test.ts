import { beforeAll, describe, expect, it } from 'vitest';
import { tf } from '../../src/tf.js';
import { cpu, useBackend } from '../../src/backends/index.js';
import { causalAttention } from '../../src/ops/index.js';
import { peakedModel } from './helpers.js';

beforeAll(async () => {
  await useBackend(cpu());
});

const EXAMPLES = [[256, 72, 105, 33], [256, 65, 66, 67, 68, 69], [256, 50]];

describe('packed examples (segmentIds)', () => {
  it.each(['gpt2-tiny', 'llama-tiny'] as const)('%s: the logits of a packed row equal each example run alone', (preset) => {
    const model = peakedModel(preset, {}, 3);
    const ids = EXAMPLES.flat();
    const segments = EXAMPLES.flatMap((e, i) => e.map(() => i + 1));
    const positions = EXAMPLES.flatMap((e) => e.map((_, t) => t));
    const packed = tf.tidy(() => model.forward(tf.tensor2d([ids], undefined, 'int32'), {
      segmentIds: tf.tensor2d([segments], undefined, 'int32'),
      positions: tf.tensor2d([positions], undefined, 'int32'),
    }).logits.arraySync()[0]!);
    let offset = 0;
    let maxDiff = 0;
    for (const example of EXAMPLES) {
      const alone = tf.tidy(() => model.logits([example]).arraySync()[0]!);
      alone.forEach((row, t) => row.forEach((v, j) => (maxDiff = Math.max(maxDiff, Math.abs(v - packed[offset + t]![j]!)))));
      offset += example.length;
    }
    expect(maxDiff).toBeLessThan(1e-4);
    // Without segmentIds the later examples see the earlier ones: different logits.
    const leaky = tf.tidy(() => model.forward(tf.tensor2d([ids], undefined, 'int32'), {
      positions: tf.tensor2d([positions], undefined, 'int32'),
    }).logits.arraySync()[0]!);
    expect(Math.abs(leaky[5]![0]! - packed[5]![0]!)).toBeGreaterThan(1e-3);
    model.dispose();
  });

  it('with one segment equals plain causal attention, values and gradients; refuses a KV offset', () => {
    const q = tf.randomNormal([2, 4, 5, 8], 0, 1, 'float32', 1) as tf.Tensor4D;
    const k = tf.randomNormal([2, 2, 5, 8], 0, 1, 'float32', 2) as tf.Tensor4D;
    const v = tf.randomNormal([2, 2, 5, 8], 0, 1, 'float32', 3) as tf.Tensor4D;
    const seg = tf.ones([2, 5], 'int32') as tf.Tensor2D;
    const f = (withSeg: boolean) => (a: tf.Tensor, b: tf.Tensor, c: tf.Tensor) =>
      tf.sum(tf.square(causalAttention(a as tf.Tensor4D, b as tf.Tensor4D, c as tf.Tensor4D, withSeg ? { segmentIds: seg } : {})));
    const [x, y] = [tf.grads(f(true))([q, k, v]), tf.grads(f(false))([q, k, v])];
    x.forEach((g, i) => expect(tf.max(tf.abs(tf.sub(g, y[i]!))).dataSync()[0]).toBeLessThan(1e-5));
    expect(() => causalAttention(tf.slice(q, [0, 0, 0, 0], [2, 4, 2, 8]) as tf.Tensor4D, k, v, { segmentIds: seg })).toThrow(/segmentIds must be \[B, T\]/);
    tf.dispose([q, k, v, seg, ...x, ...y]);
  });
});
