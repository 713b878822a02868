import { tf } from '../tf.js';
import {
  adamwUpdate,
  cachedAttention,
  causalAttention,
  crossEntropyLoss,
  gae,
  gelu,
  kvCacheWrite,
  layerNorm,
  linear,
  loraLinear,
  rmsNorm,
  rope,
  silu,
  tokenCrossEntropy,
  tokenLogProbs,
} from '../ops/index.js';
import type { AdamWUpdateOptions, RopeConfig } from '../ops/index.js';
import { seededInts, seededNormal } from './conformance-random.js';

/** One input of a conformance case; `differentiable` inputs get their gradient checked. */
export interface ConformanceInput {
  shape: number[];
  dtype: 'float32' | 'int32';
  values: Float32Array | Int32Array;
  differentiable: boolean;
}

/** A fixed, seeded call of one custom op. */
export interface ConformanceCase {
  name: string;
  /** The public op the case calls (`causalAttention`, `rope`, ...). */
  op: string;
  inputs: Record<string, ConformanceInput>;
  run(inputs: Record<string, tf.Tensor>): tf.Tensor;
}

const sizeOf = (shape: number[]): number => shape.reduce((a, b) => a * b, 1);
let nextSeed = 1;
const float = (shape: number[], std = 1): ConformanceInput => ({
  shape, dtype: 'float32', values: seededNormal(sizeOf(shape), nextSeed++, std), differentiable: true,
});
const ints = (shape: number[], high: number): ConformanceInput => ({
  shape, dtype: 'int32', values: seededInts(sizeOf(shape), nextSeed++, high), differentiable: false,
});
/** A float input whose gradient is not checked (a frozen weight, as `loraLinear`'s base weight). */
const frozen = (input: ConformanceInput): ConformanceInput => ({ ...input, differentiable: false });
const fixed = (shape: number[], values: number[], dtype: 'float32' | 'int32' = 'int32'): ConformanceInput => ({
  shape, dtype, values: dtype === 'int32' ? Int32Array.from(values) : Float32Array.from(values), differentiable: false,
});

function attentionCase(
  name: string,
  dims: { b: number; hq: number; hkv: number; tq: number; tk: number; d: number },
  options: { keyMask?: number[]; scale?: number } = {},
): ConformanceCase {
  const { b, hq, hkv, tq, tk, d } = dims;
  const inputs: Record<string, ConformanceInput> = {
    q: float([b, hq, tq, d]),
    k: float([b, hkv, tk, d]),
    v: float([b, hkv, tk, d]),
  };
  if (options.keyMask !== undefined) inputs.keyMask = fixed([b, tk], options.keyMask, 'float32');
  return {
    name,
    op: 'causalAttention',
    inputs,
    run: (t) =>
      causalAttention(t.q as tf.Tensor4D, t.k as tf.Tensor4D, t.v as tf.Tensor4D, {
        scale: options.scale,
        keyMask: t.keyMask as tf.Tensor2D | undefined,
      }),
  };
}

function ropeCase(name: string, config: RopeConfig, positions: number[][]): ConformanceCase {
  const [b, t] = [positions.length, positions[0]?.length ?? 0];
  return {
    name,
    op: 'rope',
    inputs: { x: float([b, 3, t, config.headDim]), positions: fixed([b, t], positions.flat()) },
    run: (inputs) => rope(inputs.x as tf.Tensor4D, inputs.positions as tf.Tensor2D, config),
  };
}

/**
 * The AdamW update of a `shape` parameter from seeded state (`v` ≥ 0, as a second moment is); the value
 * compared is `[param', m', v']` stacked. Nothing is differentiated.
 */
function adamwCase(name: string, shape: number[], gradStd: number, options: AdamWUpdateOptions): ConformanceCase {
  const state = (input: ConformanceInput, map: (x: number) => number = (x) => x): ConformanceInput => ({
    ...input, values: Float32Array.from(input.values, map), differentiable: false,
  });
  return {
    name,
    op: 'adamwUpdate',
    inputs: {
      param: state(float(shape)),
      m: state(float(shape, 0.1)),
      v: state(float(shape, 0.1), (x) => x * x),
      grad: state(float(shape, gradStd)),
    },
    run: (t) => tf.stack(adamwUpdate(t.param as tf.Tensor, t.m as tf.Tensor, t.v as tf.Tensor, t.grad as tf.Tensor, options)),
  };
}

/**
 * GAE over rows of seeded rewards and values with the given response mask (1s then 0s per row); the
 * value compared is `[advantages, returns]` stacked. Nothing is differentiated (GAE has no gradient).
 */
function gaeCase(name: string, mask: number[][], gamma: number, lambda: number): ConformanceCase {
  const shape = [mask.length, mask[0]?.length ?? 0];
  const constant = (input: ConformanceInput): ConformanceInput => ({ ...input, differentiable: false });
  return {
    name,
    op: 'gae',
    inputs: { rewards: constant(float(shape)), values: constant(float(shape)), mask: fixed(shape, mask.flat(), 'float32') },
    run: (t) => {
      const { advantages, returns } = gae(t.rewards as tf.Tensor2D, t.values as tf.Tensor2D, t.mask as tf.Tensor2D, { gamma, lambda });
      return tf.stack([advantages, returns]);
    },
  };
}

/**
 * Attention of `tq` queries against the first `length` of `capacity` cache positions (the rest hold
 * values that must not be read), with GQA and a key mask over the filled part.
 */
function cachedAttentionCase(
  name: string,
  dims: { b: number; hq: number; hkv: number; tq: number; length: number; capacity: number; d: number },
  keyMask?: number[],
): ConformanceCase {
  const { b, hq, hkv, tq, length, capacity, d } = dims;
  const inputs: Record<string, ConformanceInput> = {
    q: float([b, hq, tq, d]),
    k: float([b, hkv, capacity, d]),
    v: float([b, hkv, capacity, d]),
  };
  if (keyMask !== undefined) inputs.keyMask = fixed([b, length], keyMask, 'float32');
  return {
    name,
    op: 'cachedAttention',
    inputs,
    run: (t) => cachedAttention(t.q as tf.Tensor4D, t.k as tf.Tensor4D, t.v as tf.Tensor4D, length, {
      keyMask: t.keyMask as tf.Tensor2D | undefined,
    }),
  };
}

/** `kvCacheWrite` of seeded rows into a seeded cache at `offset` (value only: the op has no gradient). */
function kvCacheWriteCase(name: string, cache: number[], time: number, offset: number): ConformanceCase {
  const [b, h, , d] = cache as [number, number, number, number];
  return {
    name,
    op: 'kvCacheWrite',
    inputs: { cache: frozen(float(cache)), rows: frozen(float([b, h, time, d])) },
    run: (t) => kvCacheWrite(t.cache as tf.Tensor4D, t.rows as tf.Tensor4D, offset),
  };
}

/**
 * Every conformance case: each custom op at several shapes, GQA, KV offsets, key masks, RoPE scalings,
 * the AdamW update and GAE.
 */
export function conformanceCases(): ConformanceCase[] {
  nextSeed = 1;
  const vocab = 13;
  return [
    { name: 'linear 3-D with bias', op: 'linear', inputs: { x: float([2, 3, 7]), w: float([7, 5], 0.4), b: float([5]) },
      run: (t) => linear(t.x as tf.Tensor, t.w as tf.Tensor2D, t.b as tf.Tensor1D) },
    { name: 'linear 2-D', op: 'linear', inputs: { x: float([4, 6]), w: float([6, 3], 0.4) },
      run: (t) => linear(t.x as tf.Tensor, t.w as tf.Tensor2D) },
    attentionCase('attention MHA', { b: 2, hq: 2, hkv: 2, tq: 5, tk: 5, d: 4 }),
    attentionCase('attention GQA 4/2', { b: 1, hq: 4, hkv: 2, tq: 4, tk: 4, d: 8 }),
    attentionCase('attention MQA 3/1 with scale', { b: 2, hq: 3, hkv: 1, tq: 3, tk: 3, d: 4 }, { scale: 0.3 }),
    attentionCase('attention KV offset (Tq 2, Tk 6)', { b: 2, hq: 2, hkv: 1, tq: 2, tk: 6, d: 4 }),
    attentionCase('attention single query over cache', { b: 1, hq: 2, hkv: 2, tq: 1, tk: 5, d: 4 }),
    attentionCase('attention key mask (left padding, fully masked rows)', { b: 2, hq: 2, hkv: 2, tq: 4, tk: 4, d: 4 }, {
      keyMask: [0, 0, 1, 1, 1, 1, 1, 0],
    }),
    attentionCase('attention key mask + KV offset + GQA', { b: 2, hq: 4, hkv: 2, tq: 2, tk: 5, d: 4 }, {
      keyMask: [0, 1, 1, 1, 1, 1, 1, 1, 0, 1],
    }),
    { name: 'tokenCrossEntropy [2, 3, V]', op: 'tokenCrossEntropy',
      inputs: { logits: float([2, 3, vocab], 3), targets: ints([2, 3], vocab) },
      run: (t) => tokenCrossEntropy(t.logits as tf.Tensor, t.targets as tf.Tensor) },
    { name: 'tokenLogProbs [5, V], large logits', op: 'tokenLogProbs',
      inputs: { logits: float([5, vocab], 40), targets: ints([5], vocab) },
      run: (t) => tokenLogProbs(t.logits as tf.Tensor, t.targets as tf.Tensor) },
    { name: 'crossEntropyLoss with mask', op: 'crossEntropyLoss',
      inputs: { logits: float([2, 4, vocab], 2), targets: ints([2, 4], vocab), mask: fixed([2, 4], [1, 1, 0, 0, 0, 1, 1, 1], 'float32') },
      run: (t) => crossEntropyLoss(t.logits as tf.Tensor, t.targets as tf.Tensor, t.mask) },
    { name: 'rmsNorm [2, 3, 8]', op: 'rmsNorm', inputs: { x: float([2, 3, 8]), w: float([8]) },
      run: (t) => rmsNorm(t.x as tf.Tensor, t.w as tf.Tensor1D) },
    { name: 'rmsNorm [4, 6] eps 1e-2', op: 'rmsNorm', inputs: { x: float([4, 6], 0.1), w: float([6]) },
      run: (t) => rmsNorm(t.x as tf.Tensor, t.w as tf.Tensor1D, 1e-2) },
    { name: 'layerNorm [2, 3, 8]', op: 'layerNorm', inputs: { x: float([2, 3, 8], 2), g: float([8]), b: float([8]) },
      run: (t) => layerNorm(t.x as tf.Tensor, t.g as tf.Tensor1D, t.b as tf.Tensor1D) },
    ropeCase('rope plain', { headDim: 8, theta: 10000 }, [[0, 1, 2, 3], [5, 6, 7, 8]]),
    ropeCase('rope linear x2', { headDim: 8, theta: 10000, scaling: { type: 'linear', factor: 2 } }, [[0, 1, 2, 3]]),
    ropeCase('rope ntk x4', { headDim: 8, theta: 10000, scaling: { type: 'ntk', factor: 4 } }, [[10, 11, 12, 13]]),
    ropeCase('rope yarn x4', {
      headDim: 16, theta: 10000, scaling: { type: 'yarn', factor: 4, originalMaxPositionEmbeddings: 64 },
    }, [[0, 50, 100, 200], [3, 4, 5, 6]]),
    // Wavelengths 2π·1e4^(i/8): pairs 0-1 kept (< 128/4), pair 2 smoothed, pairs 3-7 divided by 8.
    ropeCase('rope llama3 x8', {
      headDim: 16, theta: 10000,
      scaling: { type: 'llama3', factor: 8, lowFreqFactor: 1, highFreqFactor: 4, originalMaxPositionEmbeddings: 128 },
    }, [[0, 50, 100, 1000], [3, 4, 5, 6]]),
    { name: 'gelu', op: 'gelu', inputs: { x: float([3, 7], 2) }, run: (t) => gelu(t.x as tf.Tensor) },
    { name: 'silu', op: 'silu', inputs: { x: float([3, 7], 2) }, run: (t) => silu(t.x as tf.Tensor) },
    { name: 'gelu [2, 5, 33] wide range (saturated tails)', op: 'gelu', inputs: { x: float([2, 5, 33], 6) },
      run: (t) => gelu(t.x as tf.Tensor) },
    { name: 'silu [2, 5, 33] wide range (saturated tails)', op: 'silu', inputs: { x: float([2, 5, 33], 6) },
      run: (t) => silu(t.x as tf.Tensor) },
    adamwCase('adamwUpdate [3, 5], step 1, weight decay', [3, 5], 1, {
      lr: 1e-2, beta1: 0.9, beta2: 0.95, eps: 1e-8, weightDecay: 0.1, step: 1,
    }),
    adamwCase('adamwUpdate [37], step 7, no decay, large gradients', [37], 30, {
      lr: 3e-4, beta1: 0.8, beta2: 0.999, eps: 1e-6, weightDecay: 0, step: 7,
    }),
    // Last, so the seeds of the cases above stay as they were.
    { name: 'loraLinear 3-D r 4', op: 'loraLinear',
      inputs: { x: float([2, 3, 7]), w: frozen(float([7, 5], 0.4)), a: float([4, 7], 0.3), b: float([5, 4], 0.3) },
      run: (t) => loraLinear(t.x as tf.Tensor, t.w as tf.Tensor2D, t.a as tf.Tensor2D, t.b as tf.Tensor2D, 2) },
    { name: 'loraLinear 2-D r 1, rsLoRA scale', op: 'loraLinear',
      inputs: { x: float([6, 8]), w: frozen(float([8, 3], 0.4)), a: float([1, 8], 0.3), b: float([3, 1], 0.3) },
      run: (t) => loraLinear(t.x as tf.Tensor, t.w as tf.Tensor2D, t.a as tf.Tensor2D, t.b as tf.Tensor2D, 16 / Math.sqrt(1)) },
    gaeCase('gae [3, 7] ragged responses, gamma 0.99, lambda 0.95', [
      [1, 1, 1, 1, 1, 1, 1], [1, 1, 1, 0, 0, 0, 0], [1, 0, 0, 0, 0, 0, 0],
    ], 0.99, 0.95),
    gaeCase('gae [2, 5] gamma 1, lambda 1', [[1, 1, 1, 1, 0], [1, 1, 1, 1, 1]], 1, 1),
    cachedAttentionCase('cachedAttention decode step, GQA 4/2, key mask', { b: 2, hq: 4, hkv: 2, tq: 1, length: 5, capacity: 9, d: 4 }, [
      0, 1, 1, 1, 1, 1, 1, 0, 1, 1,
    ]),
    cachedAttentionCase('cachedAttention prefill (Tq = length < capacity)', { b: 1, hq: 2, hkv: 2, tq: 3, length: 3, capacity: 7, d: 8 }),
    cachedAttentionCase('cachedAttention full cache, offset queries', { b: 2, hq: 3, hkv: 1, tq: 2, length: 6, capacity: 6, d: 4 }),
    kvCacheWriteCase('kvCacheWrite one step mid-cache', [2, 3, 6, 4], 1, 3),
    kvCacheWriteCase('kvCacheWrite prefill at 0', [1, 2, 5, 8], 3, 0),
    kvCacheWriteCase('kvCacheWrite last positions', [2, 1, 4, 3], 2, 2),
  ];
}
