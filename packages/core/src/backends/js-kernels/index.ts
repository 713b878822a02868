import { tf } from '../../tf.js';
import type { KernelImpl } from '../backend.js';
import { adamwKernel } from './adamw-kernel.js';
import { gaeKernel } from './gae-kernel.js';
import { geluGradKernel, geluKernel, siluGradKernel, siluKernel } from './activation-kernels.js';
import { causalAttentionGradKernel, causalAttentionKernel } from './causal-attention-kernels.js';
import { tokenCrossEntropyGradKernel, tokenCrossEntropyKernel } from './cross-entropy-kernels.js';
import { toKernelImpl } from './js-kernel.js';
import type { JsKernel } from './js-kernel.js';
import type { MemoryAdapter } from './kernel-memory.js';
import { layerNormGradKernel, layerNormKernel, rmsNormGradKernel, rmsNormKernel } from './norm-kernels.js';
import { ropeGradKernel, ropeKernel } from './rope-kernels.js';

export { cpuMemory, wasmMemory } from './kernel-memory.js';
export type { KernelMemory, MemoryAdapter, OutputSpec } from './kernel-memory.js';
export type { JsKernel } from './js-kernel.js';

/**
 * Every core custom op but `loraLinear` and the KV-cache ops as a fused JavaScript kernel (float64
 * accumulation), the fused AdamW update and the GAE scan. The KV-cache ops keep their reference
 * composition here: an in-place write needs the backend's buffer ownership (node-native has it). `loraLinear` is matmuls, which tfjs's `BatchMatMul` does
 * as well as a JavaScript loop; its reference keeps the base product `x · W` bit-identical to the
 * frozen layer's (so a LoRA layer with B = 0 equals its base exactly).
 */
export const jsFusedKernels: readonly JsKernel[] = [
  causalAttentionKernel, causalAttentionGradKernel,
  tokenCrossEntropyKernel, tokenCrossEntropyGradKernel,
  rmsNormKernel, rmsNormGradKernel,
  layerNormKernel, layerNormGradKernel,
  ropeKernel, ropeGradKernel,
  geluKernel, geluGradKernel,
  siluKernel, siluGradKernel,
  adamwKernel,
  gaeKernel,
];

/**
 * The fused JavaScript kernels for the backend `memory` reaches (`cpuMemory` or `wasmMemory`), for
 * the given custom-op kernel names (each brings its `Grad` kernel). Default: all.
 */
export function jsFusedKernelImpls(memory: MemoryAdapter, ops?: readonly string[]): KernelImpl[] {
  const wanted = (name: string): boolean => ops === undefined || ops.includes(name.replace(/Grad$/, ''));
  return jsFusedKernels.filter((kernel) => wanted(kernel.kernelName)).map((kernel) => toKernelImpl(kernel, memory));
}

/** Removes the fused JavaScript kernels registered on `backendName` (a backend created without them). */
export function unregisterJsFusedKernels(backendName: string): void {
  for (const kernel of jsFusedKernels) {
    if (tf.getKernel(kernel.kernelName, backendName) !== undefined) tf.unregisterKernel(kernel.kernelName, backendName);
  }
}
