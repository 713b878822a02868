import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tf } from '@stagecoach/core';
import { NATIVE_TFJS_KERNELS, loadNativeAddon } from '../src/index.js';
import { compareWithCpu, noBlasReason, simdPaths, useNative, useSimd, values } from './helpers.js';

const t = (shape: number[], seed: number, scale = 1) => tf.tensor(values(shape.reduce((a, b) => a * b, 1), seed, scale), shape);

for (const { path, runs, label } of simdPaths()) describe.skipIf(!runs)(`native tfjs kernels match tfjs-backend-cpu, ${label}`, () => {
  beforeAll(async () => {
    await useNative();
    useSimd(path);
  });
  afterAll(() => useSimd(undefined));

  it('replaces every listed kernel on node-native and leaves cpu alone', () => {
    for (const name of NATIVE_TFJS_KERNELS) {
      const native = tf.getKernel(name, 'node-native');
      const reference = tf.getKernel(name, 'cpu');
      expect(native, name).toBeDefined();
      expect(native?.kernelFunc, name).not.toBe(reference?.kernelFunc);
    }
  });

  const matMulCases: Array<[number[], number[], boolean, boolean]> = [
    [[7, 5], [5, 13], false, false],
    [[5, 7], [5, 13], true, false],
    [[7, 5], [13, 5], false, true],
    [[5, 7], [13, 5], true, true],
    [[1, 300], [300, 1], false, false],
    [[3, 65, 33], [3, 33, 17], false, false],
    [[3, 33, 65], [3, 17, 33], true, true],
    [[4, 9, 6], [6, 11], false, false],
    [[9, 6], [4, 6, 11], false, false],
    [[1, 9, 6], [4, 11, 6], false, true],
    [[2, 3, 8, 4], [2, 3, 4, 5], false, false],
    [[130, 257], [257, 129], false, false],
  ];
  /** Every case on the sgemm `mode` selects (0 builtin, 1 BLAS), checking that it is the one in use. */
  async function checkMatMul(mode: 0 | 1, gemm: RegExp): Promise<void> {
    const loaded = loadNativeAddon();
    if (!loaded.ok) throw new Error(loaded.reason);
    try {
      expect(loaded.addon.setBlas(mode)).toBe(mode === 1);
      expect(loaded.addon.info().gemm).toMatch(gemm);
      for (const [sa, sb, ta, tb] of matMulCases) {
        const err = await compareWithCpu(() => tf.matMul(t(sa, 1), t(sb, 2), ta, tb));
        expect(err, `${loaded.addon.info().gemm}: ${sa} x ${sb} ${ta} ${tb}`).toBeLessThan(1e-5);
      }
    } finally {
      loaded.addon.setBlas(2);
    }
  }

  it('BatchMatMul on the builtin sgemm: 2-D/3-D, transposes, odd sizes, broadcast batch', async () => {
    await checkMatMul(0, new RegExp(`^builtin-${path}$`));
  });

  it.skipIf(noBlasReason !== undefined)(`BatchMatMul on the BLAS${noBlasReason ? ` (skipped: ${noBlasReason})` : ''}`, async () => {
    await checkMatMul(1, /^(openblas|accelerate)$/);
  });

  it('binary ops with broadcasting', async () => {
    const ops = [tf.add, tf.sub, tf.mul, tf.div, tf.maximum, tf.minimum, tf.squaredDifference];
    const shapes: Array<[number[], number[]]> = [
      [[6, 7], [6, 7]], [[6, 7], [7]], [[7], [6, 7]], [[6, 7], []], [[], [6, 7]], [[6, 1], [1, 7]],
      [[2, 3, 4, 5], [3, 1, 5]], [[2, 1, 4, 1], [1, 3, 1, 5]], [[100001], [100001]], [[333, 300], [300]],
    ];
    for (const op of ops) {
      for (const [sa, sb] of shapes) {
        const err = await compareWithCpu(() => op(t(sa, 3), tf.add(t(sb, 4), op === tf.div ? 2 : 0)));
        expect(err, `${op.name} ${sa} ${sb}`).toBeLessThan(1e-6);
      }
    }
  });

  it('unary ops', async () => {
    const ops: Array<[string, (x: tf.Tensor) => tf.Tensor, number]> = [
      ['exp', tf.exp, 8], ['log', (x) => tf.log(tf.abs(x)), 8], ['tanh', tf.tanh, 6], ['sqrt', (x) => tf.sqrt(tf.abs(x)), 4],
      ['rsqrt', (x) => tf.rsqrt(tf.add(tf.abs(x), 0.1)), 4], ['neg', tf.neg, 4], ['square', tf.square, 4],
      ['relu', tf.relu, 4], ['sigmoid', tf.sigmoid, 10], ['abs', tf.abs, 4], ['reciprocal', (x) => tf.reciprocal(tf.add(tf.abs(x), 0.5)), 4],
    ];
    for (const [name, op, scale] of ops) {
      const err = await compareWithCpu(() => op(t([1001, 67], 5, scale)));
      expect(err, name).toBeLessThan(2e-6);
    }
    // Special values and small tanh arguments.
    const special = () => tf.tensor([0, -0, 1e-7, -1e-3, 0.09, 0.11, 50, -50, 88.5, -88, -200, 200, NaN]);
    expect(await compareWithCpu(() => [tf.exp(special()), tf.tanh(special()), tf.sigmoid(special())])).toBeLessThan(1e-6);
  });

  it('reductions over leading, middle and trailing axes, keepDims', async () => {
    const x = () => t([6, 50, 7], 6, 3);
    const fns: Array<() => tf.Tensor> = [
      () => tf.sum(x(), -1), () => tf.sum(x(), 0), () => tf.sum(x(), [0, 1]), () => tf.sum(x(), 1, true),
      () => tf.max(x(), -1), () => tf.max(x(), 0, true), () => tf.min(x(), 1), () => tf.mean(x(), -1, true),
      () => tf.mean(x(), [1, 2]), () => tf.prod(tf.add(tf.div(x(), 10), 1), -1), () => tf.sum(x(), [0, 2]),
      () => tf.sum(t([2048, 256], 7)), () => tf.sum(t([4096, 129], 8), 0),
    ];
    for (const [i, fn] of fns.entries()) expect(await compareWithCpu(fn), `case ${i}`).toBeLessThan(1e-5);
  });

  it('softmax, transpose, gather, unsortedSegmentSum', async () => {
    expect(await compareWithCpu(() => tf.softmax(t([37, 301], 9, 20)))).toBeLessThan(1e-6);
    expect(await compareWithCpu(() => tf.softmax(t([2, 3, 17], 10, 5)))).toBeLessThan(1e-6);
    const transposes: Array<[number[], number[]]> = [
      [[37, 53], [1, 0]], [[3, 5, 7, 11], [0, 2, 1, 3]], [[3, 5, 7, 11], [3, 2, 1, 0]], [[3, 5, 7, 11], [2, 0, 3, 1]],
      [[3, 40, 50], [0, 2, 1]], [[9, 10, 33], [2, 1, 0]], [[2, 33, 3, 65], [0, 3, 2, 1]], [[1, 1], [1, 0]],
    ];
    for (const [shape, perm] of transposes) {
      expect(await compareWithCpu(() => tf.transpose(t(shape, 11), perm)), `${shape} ${perm}`).toBe(0);
    }
    expect(await compareWithCpu(() => tf.cast(tf.transpose(tf.tensor([[1, 2, 3], [4, 5, 6]], undefined, 'int32')), 'float32'))).toBe(0);
    const ids = () => tf.tensor([[3, 0, 3], [9, 1, 0]], undefined, 'int32');
    expect(await compareWithCpu(() => tf.gather(t([10, 17], 12), ids()))).toBe(0);
    expect(await compareWithCpu(() => tf.gather(t([4, 10, 3], 13), ids(), 1))).toBe(0);
    expect(await compareWithCpu(() => tf.unsortedSegmentSum(t([6, 70], 14), tf.tensor1d([3, 0, 3, 9, 1, 3], 'int32'), 11))).toBeLessThan(1e-6);
  });

  it('concat on every axis, of several inputs, empty ones and int32 (the KV cache appends this way)', async () => {
    const concats: Array<[number[][], number]> = [
      [[[16, 4, 37, 8], [16, 4, 1, 8]], 2], [[[3, 5], [3, 7], [3, 1]], 1], [[[2, 3, 4], [5, 3, 4]], 0],
      [[[2, 3, 4], [2, 3, 6]], -1], [[[2, 0, 4], [2, 3, 4]], 1], [[[4], [9]], 0],
    ];
    for (const [shapes, axis] of concats) {
      expect(await compareWithCpu(() => tf.concat(shapes.map((s, i) => t(s, 20 + i)), axis)), `${JSON.stringify(shapes)} ${axis}`).toBe(0);
    }
    const ints = () => [tf.tensor([[1, 2], [3, 4]], undefined, 'int32'), tf.tensor([[5], [6]], undefined, 'int32')];
    expect(await compareWithCpu(() => tf.cast(tf.concat(ints(), 1), 'float32'))).toBe(0);
    expect(await compareWithCpu(() => tf.concat([tf.tensor([1, 2], undefined, 'bool'), tf.tensor([0], undefined, 'bool')]).cast('float32'))).toBe(0);
  });

  it('falls back to tfjs-backend-cpu for dtypes it does not handle', async () => {
    expect(await compareWithCpu(() => tf.cast(tf.add(tf.tensor([1, 2], undefined, 'int32'), tf.tensor([3, 4], undefined, 'int32')), 'float32'))).toBe(0);
    expect(await compareWithCpu(() => tf.cast(tf.sum(tf.tensor([[1, 2], [3, 4]], undefined, 'int32'), 0), 'float32'))).toBe(0);
    expect(() => tf.tidy(() => tf.gather(tf.tensor([1, 2, 3]), tf.tensor1d([5], 'int32')).dataSync())).toThrow();
  });

  it('gradients through native kernels match (matmul, broadcast add, softmax, gather, tanh)', async () => {
    const loss = () => {
      const emb = t([11, 8], 20);
      const w = t([8, 8], 21);
      const b = t([8], 22);
      return tf.grads((e: tf.Tensor, ww: tf.Tensor, bb: tf.Tensor) => {
        const x = tf.gather(e, tf.tensor1d([1, 3, 3, 10, 0], 'int32')); // [5, 8]
        const h = tf.tanh(tf.add(tf.matMul(x, ww, false, true), bb));
        return tf.sum(tf.mul(tf.softmax(h), tf.exp(h)));
      })([emb, w, b]);
    };
    expect(await compareWithCpu(loss)).toBeLessThan(1e-5);
  });
});
