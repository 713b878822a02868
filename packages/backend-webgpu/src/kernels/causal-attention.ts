import { CAUSAL_ATTENTION_KERNEL, tf } from '@stagecoach/core';
import type { KernelImpl } from '@stagecoach/core';
import {
  AttentionDecodeProgram,
  AttentionForwardProgram,
  DECODE_MAX_HEAD_DIM,
  DECODE_MAX_QUERIES,
  AttentionGradKVProgram,
  AttentionGradQProgram,
  AttentionMaskedRowsProgram,
  attentionUniformData,
} from './attention-programs.js';
import type { AttentionDims } from './attention-programs.js';
import { numberAttrs, sizeOf, tensorInputs, webgpuBackendOf } from './program-util.js';
import type { WebGPUBackend } from '../tfjs-internals.js';

const INPUTS = ['q', 'k', 'v', 'keyMask'] as const;

function dimsOf(q: tf.TensorInfo, k: tf.TensorInfo): AttentionDims {
  const [batch, hq, tq, headDim] = q.shape as [number, number, number, number];
  const [, hkv, tk] = k.shape as [number, number, number, number];
  return { batch, hq, hkv, tq, tk, headDim };
}

function attentionForward({ inputs, backend, attrs }: Parameters<tf.KernelFunc>[0]): tf.TensorInfo {
  const gpu = webgpuBackendOf(backend, CAUSAL_ATTENTION_KERNEL);
  const { q, k, v, keyMask } = tensorInputs(inputs, INPUTS, CAUSAL_ATTENTION_KERNEL);
  const { scale } = numberAttrs(attrs, ['scale'], CAUSAL_ATTENTION_KERNEL);
  const dims = dimsOf(q, k);
  // A few queries over the cache (generation): spread each query's keys over a workgroup.
  const decode = dims.tq <= DECODE_MAX_QUERIES && dims.headDim <= DECODE_MAX_HEAD_DIM;
  const program = decode ? new AttentionDecodeProgram(dims) : new AttentionForwardProgram('output', dims);
  return gpu.runWebGPUProgram(program, [q, k, v, keyMask], 'float32', attentionUniformData(dims, scale));
}

/** A contiguous range of a flat tensor, through the backend's own `Slice` kernel. */
function sliceRange(gpu: WebGPUBackend, x: tf.TensorInfo, index: number, shape: number[]): tf.TensorInfo {
  const slice = tf.getKernel('Slice', 'webgpu');
  if (slice === undefined) throw new Error(`${CAUSAL_ATTENTION_KERNEL}Grad: the webgpu backend has no Slice kernel`);
  const size = sizeOf(shape);
  const flat = { dataId: x.dataId, shape: [sizeOf(x.shape)], dtype: x.dtype };
  const out = slice.kernelFunc({ inputs: { x: flat }, backend: gpu, attrs: { begin: [index * size], size: [size] } });
  if (Array.isArray(out)) throw new Error('Slice returned several tensors');
  return { dataId: out.dataId, shape, dtype: out.dtype };
}

function attentionGrad({ inputs, backend, attrs }: Parameters<tf.KernelFunc>[0]): tf.TensorInfo[] {
  const name = `${CAUSAL_ATTENTION_KERNEL}Grad`;
  const gpu = webgpuBackendOf(backend, name);
  const { dy, q, k, v, keyMask } = tensorInputs(inputs, ['dy', ...INPUTS], name);
  const { scale } = numberAttrs(attrs, ['scale'], name);
  const dims = dimsOf(q, k);
  const uniforms = attentionUniformData(dims, scale);
  // Recompute each row's log-sum-exp and delta = dy · out (no probabilities are kept from the forward).
  const stats = gpu.runWebGPUProgram(new AttentionForwardProgram('stats', dims), [q, k, v, keyMask, dy], 'float32', uniforms);
  const maskedDy = gpu.runWebGPUProgram(new AttentionMaskedRowsProgram(dims), [dy, stats], 'float32', uniforms);
  const dq = gpu.runWebGPUProgram(new AttentionGradQProgram(dims), [q, k, v, keyMask, dy, stats], 'float32', uniforms);
  const dkv = gpu.runWebGPUProgram(new AttentionGradKVProgram(dims), [q, k, v, keyMask, dy, stats, maskedDy], 'float32', uniforms);
  const kvShape = [...k.shape];
  const dk = sliceRange(gpu, dkv, 0, kvShape);
  const dv = sliceRange(gpu, dkv, 1, kvShape);
  for (const t of [stats, maskedDy, dkv]) gpu.disposeData(t.dataId);
  return [dq, dk, dv];
}

/** `StagecoachCausalAttention` and its gradient as tiled WGSL kernels (see `attention-programs.ts`). */
export const causalAttentionKernels: KernelImpl[] = [
  { kernelName: CAUSAL_ATTENTION_KERNEL, kernelFunc: attentionForward },
  { kernelName: `${CAUSAL_ATTENTION_KERNEL}Grad`, kernelFunc: attentionGrad },
];
