import {
  ADAMW_KERNEL, CAUSAL_ATTENTION_KERNEL, GAE_KERNEL, GELU_KERNEL, LAYER_NORM_KERNEL, RMS_NORM_KERNEL, ROPE_KERNEL, SILU_KERNEL,
  TOKEN_CROSS_ENTROPY_KERNEL,
} from '@stagecoach/core';
import type { KernelImpl, tf } from '@stagecoach/core';
import { cudaKernel, sizeOf } from './cuda-kernels.js';
import type { CudaBody } from './cuda-kernels.js';
import type { FallbackCounter } from './cuda-fallback.js';

type Inputs = Record<string, tf.TensorInfo | undefined>;

/** Largest head dimension of the fused attention kernels; larger heads run through the host. */
const MAX_HEAD_DIM = 128;

/** The named float32 inputs, or undefined when one is missing or not float32 (then the host runs it). */
function floats(inputs: Inputs, names: readonly string[]): tf.TensorInfo[] | undefined {
  const out: tf.TensorInfo[] = [];
  for (const name of names) {
    const t = inputs[name];
    if (t === undefined || t.dtype !== 'float32') return undefined;
    out.push(t);
  }
  return out;
}

function scalar(attrs: Record<string, unknown>, name: string): number {
  const v = attrs[name];
  if (typeof v !== 'number') throw new Error(`cuda: attribute ${name} must be a number, got ${String(v)}`);
  return v;
}

/** [rows, dim] of a norm input: every axis but the last is a row. */
function rowsOf(x: tf.TensorInfo): [number, number] {
  const dim = x.shape[x.shape.length - 1] ?? 1;
  return [dim === 0 ? 0 : sizeOf(x.shape) / dim, dim];
}

const rmsNorm: CudaBody = (b, inputs, attrs) => {
  const t = floats(inputs, ['x', 'weight']);
  if (t === undefined) return undefined;
  const [x, w] = t as [tf.TensorInfo, tf.TensorInfo];
  const [rows, dim] = rowsOf(x);
  const out = b.makeOutput(x.shape, 'float32');
  b.addon.rmsNorm(b.ptr(x), b.ptr(w), rows, dim, scalar(attrs, 'eps'), b.ptr(out));
  return out;
};

const rmsNormGrad: CudaBody = (b, inputs, attrs) => {
  const t = floats(inputs, ['dy', 'x', 'weight']);
  if (t === undefined) return undefined;
  const [dy, x, w] = t as [tf.TensorInfo, tf.TensorInfo, tf.TensorInfo];
  const [rows, dim] = rowsOf(x);
  const dx = b.makeOutput(x.shape, 'float32');
  const dw = b.makeOutput(w.shape, 'float32');
  b.addon.rmsNormGrad(b.ptr(dy), b.ptr(x), b.ptr(w), rows, dim, scalar(attrs, 'eps'), b.ptr(dx), b.ptr(dw));
  return [dx, dw];
};

const layerNorm: CudaBody = (b, inputs, attrs) => {
  const t = floats(inputs, ['x', 'gamma', 'beta']);
  if (t === undefined) return undefined;
  const [x, g, beta] = t as [tf.TensorInfo, tf.TensorInfo, tf.TensorInfo];
  const [rows, dim] = rowsOf(x);
  const out = b.makeOutput(x.shape, 'float32');
  b.addon.layerNorm(b.ptr(x), b.ptr(g), b.ptr(beta), rows, dim, scalar(attrs, 'eps'), b.ptr(out));
  return out;
};

const layerNormGrad: CudaBody = (b, inputs, attrs) => {
  const t = floats(inputs, ['dy', 'x', 'gamma', 'beta']);
  if (t === undefined) return undefined;
  const [dy, x, g, beta] = t as [tf.TensorInfo, tf.TensorInfo, tf.TensorInfo, tf.TensorInfo];
  const [rows, dim] = rowsOf(x);
  const dx = b.makeOutput(x.shape, 'float32');
  const dg = b.makeOutput(g.shape, 'float32');
  const db = b.makeOutput(beta.shape, 'float32');
  b.addon.layerNormGrad(b.ptr(dy), b.ptr(x), b.ptr(g), rows, dim, scalar(attrs, 'eps'), b.ptr(dx), b.ptr(dg), b.ptr(db));
  return [dx, dg, db];
};

const crossEntropy: CudaBody = (b, { logits, targets }) => {
  if (logits?.dtype !== 'float32' || targets?.dtype !== 'int32' || logits.shape.length !== 2) return undefined;
  const [rows, vocab] = logits.shape as [number, number];
  const nll = b.makeOutput([rows], 'float32');
  b.addon.crossEntropy(b.ptr(logits), b.ptr(targets), rows, vocab, b.ptr(nll));
  return nll;
};

const crossEntropyGrad: CudaBody = (b, { dy, logits, targets }) => {
  if (dy?.dtype !== 'float32' || logits?.dtype !== 'float32' || targets?.dtype !== 'int32' || logits.shape.length !== 2) return undefined;
  const [rows, vocab] = logits.shape as [number, number];
  const dLogits = b.makeOutput(logits.shape, 'float32');
  b.addon.crossEntropyGrad(b.ptr(dy), b.ptr(logits), b.ptr(targets), rows, vocab, b.ptr(dLogits));
  return dLogits;
};

function activation(op: 0 | 1): [CudaBody, CudaBody] {
  const forward: CudaBody = (b, { x }) => {
    if (x?.dtype !== 'float32') return undefined;
    const out = b.makeOutput(x.shape, 'float32');
    b.addon.activation(op, b.ptr(x), b.ptr(out), sizeOf(x.shape));
    return out;
  };
  const grad: CudaBody = (b, { dy, x }) => {
    if (x?.dtype !== 'float32' || dy?.dtype !== 'float32') return undefined;
    const dx = b.makeOutput(x.shape, 'float32');
    b.addon.activationGrad(op, b.ptr(dy), b.ptr(x), b.ptr(dx), sizeOf(x.shape));
    return dx;
  };
  return [forward, grad];
}

const adamw: CudaBody = (b, inputs, attrs) => {
  const t = floats(inputs, ['param', 'm', 'v', 'grad']);
  if (t === undefined) return undefined;
  const [p, m, v, g] = t as [tf.TensorInfo, tf.TensorInfo, tf.TensorInfo, tf.TensorInfo];
  const n = sizeOf(p.shape);
  if ([m, v, g].some((x) => sizeOf(x.shape) !== n)) {
    throw new Error(`${ADAMW_KERNEL}: param, m, v and grad must have the same size (param is [${p.shape}], grad [${g.shape}])`);
  }
  const hyper = ['lr', 'beta1', 'beta2', 'eps', 'weightDecay', 'bc1', 'bc2Sqrt'].map((name) => scalar(attrs, name));
  const outs = [0, 1, 2].map(() => b.makeOutput(p.shape, 'float32')) as [tf.TensorInfo, tf.TensorInfo, tf.TensorInfo];
  b.addon.adamw(b.ptr(p), b.ptr(m), b.ptr(v), b.ptr(g), n, hyper, b.ptr(outs[0]), b.ptr(outs[1]), b.ptr(outs[2]));
  return outs;
};

function ropeBody(sign: 1 | -1): CudaBody {
  return (b, inputs) => {
    const t = floats(inputs, sign === 1 ? ['x', 'cos', 'sin'] : ['dy', 'cos', 'sin']);
    if (t === undefined) return undefined;
    const [x, cos, sin] = t as [tf.TensorInfo, tf.TensorInfo, tf.TensorInfo];
    if (x.shape.length !== 4) return undefined;
    const out = b.makeOutput(x.shape, 'float32');
    b.addon.rope(b.ptr(x), b.ptr(cos), b.ptr(sin), x.shape as [number, number, number, number], sign, b.ptr(out));
    return out;
  };
}

const gae: CudaBody = (b, inputs, attrs) => {
  const t = floats(inputs, ['rewards', 'values', 'mask']);
  if (t === undefined) return undefined;
  const [r, v, m] = t as [tf.TensorInfo, tf.TensorInfo, tf.TensorInfo];
  if (r.shape.length !== 2) return undefined;
  const [rows, time] = r.shape as [number, number];
  const adv = b.makeOutput(r.shape, 'float32');
  const ret = b.makeOutput(r.shape, 'float32');
  b.addon.gae(b.ptr(r), b.ptr(v), b.ptr(m), rows, time, scalar(attrs, 'gamma'), scalar(attrs, 'lambda'), b.ptr(adv), b.ptr(ret));
  return [adv, ret];
};

/** [b, hq, hkv, tq, tk, d] of q [b, hq, tq, d] and k [b, hkv, tk, d], or undefined when the kernels do not take them. */
function attentionDims(q: tf.TensorInfo, k: tf.TensorInfo): number[] | undefined {
  if (q.shape.length !== 4 || k.shape.length !== 4) return undefined;
  const [batch, hq, tq, d] = q.shape as [number, number, number, number];
  const [, hkv, tk] = k.shape as [number, number, number, number];
  if (d > MAX_HEAD_DIM || hkv === 0 || hq % hkv !== 0) return undefined;
  return [batch, hq, hkv, tq, tk, d];
}

const attention: CudaBody = (b, inputs, attrs) => {
  const t = floats(inputs, ['q', 'k', 'v', 'keyMask']);
  if (t === undefined) return undefined;
  const [q, k, v, mask] = t as [tf.TensorInfo, tf.TensorInfo, tf.TensorInfo, tf.TensorInfo];
  const dims = attentionDims(q, k);
  if (dims === undefined) return undefined;
  const out = b.makeOutput(q.shape, 'float32');
  b.addon.attention(b.ptr(q), b.ptr(k), b.ptr(v), b.ptr(mask), dims, scalar(attrs, 'scale'), b.ptr(out));
  return out;
};

const attentionGrad: CudaBody = (b, inputs, attrs) => {
  const t = floats(inputs, ['dy', 'q', 'k', 'v', 'keyMask']);
  if (t === undefined) return undefined;
  const [dy, q, k, v, mask] = t as [tf.TensorInfo, tf.TensorInfo, tf.TensorInfo, tf.TensorInfo, tf.TensorInfo];
  const dims = attentionDims(q, k);
  if (dims === undefined) return undefined;
  const dq = b.makeOutput(q.shape, 'float32');
  const dk = b.makeOutput(k.shape, 'float32');
  const dv = b.makeOutput(v.shape, 'float32');
  b.addon.attentionGrad(b.ptr(dy), b.ptr(q), b.ptr(k), b.ptr(v), b.ptr(mask), dims, scalar(attrs, 'scale'), b.ptr(dq), b.ptr(dk), b.ptr(dv));
  return [dq, dk, dv];
};

/** Names of core's custom-op kernels (and gradient kernels) the CUDA addon implements. */
export const CUDA_FUSED_KERNELS: readonly string[] = [CAUSAL_ATTENTION_KERNEL, TOKEN_CROSS_ENTROPY_KERNEL, RMS_NORM_KERNEL,
  LAYER_NORM_KERNEL, GELU_KERNEL, SILU_KERNEL, ROPE_KERNEL].flatMap((name) => [name, `${name}Grad`]).concat(ADAMW_KERNEL, GAE_KERNEL);

/**
 * Core's fused custom ops on the GPU. `loraLinear` is left to its reference (BatchMatMul through
 * cuBLAS); a case a kernel does not take (head dimension over 128, a dtype) runs through the host.
 */
export function cudaFusedKernels(counter: FallbackCounter): KernelImpl[] {
  const [gelu, geluGrad] = activation(0);
  const [silu, siluGrad] = activation(1);
  const bodies: Record<string, CudaBody> = {
    [CAUSAL_ATTENTION_KERNEL]: attention, [`${CAUSAL_ATTENTION_KERNEL}Grad`]: attentionGrad,
    [TOKEN_CROSS_ENTROPY_KERNEL]: crossEntropy, [`${TOKEN_CROSS_ENTROPY_KERNEL}Grad`]: crossEntropyGrad,
    [RMS_NORM_KERNEL]: rmsNorm, [`${RMS_NORM_KERNEL}Grad`]: rmsNormGrad,
    [LAYER_NORM_KERNEL]: layerNorm, [`${LAYER_NORM_KERNEL}Grad`]: layerNormGrad,
    [GELU_KERNEL]: gelu, [`${GELU_KERNEL}Grad`]: geluGrad, [SILU_KERNEL]: silu, [`${SILU_KERNEL}Grad`]: siluGrad,
    [ROPE_KERNEL]: ropeBody(1), [`${ROPE_KERNEL}Grad`]: ropeBody(-1),
    [ADAMW_KERNEL]: adamw, [GAE_KERNEL]: gae,
  };
  return Object.entries(bodies).map(([name, body]) => cudaKernel(name, body, counter));
}

