import type { KernelImpl } from '@stagecoach/core';
import { activationKernels } from './activations.js';
import { adamwKernels } from './adamw.js';
import { addNKernel } from './add-n.js';
import { causalAttentionKernels } from './causal-attention.js';
import { crossEntropyKernels } from './cross-entropy.js';
import { gaeKernels } from './gae.js';
import { layerNormKernels } from './layer-norm.js';
import { loraLinearKernels } from './lora-linear.js';
import { rmsNormKernels } from './rms-norm.js';
import { ropeKernels } from './rope.js';
import { trigKernels } from './trig.js';

export { ActivationProgram } from './activations.js';
export { AdamWProgram } from './adamw.js';
export { AddNProgram } from './add-n.js';
export {
  AttentionDecodeProgram,
  AttentionForwardProgram,
  AttentionGradKVProgram,
  AttentionGradQProgram,
  AttentionMaskedRowsProgram,
} from './attention-programs.js';
export { ColumnSumProgram } from './column-sum.js';
export { CrossEntropyGradProgram, CrossEntropyProgram } from './cross-entropy.js';
export { GaeProgram } from './gae.js';
export { LayerNormGradStatsProgram, LayerNormGradXProgram, LayerNormProgram } from './layer-norm.js';
export { LoraProjectProgram, LowRankLinearProgram, RowOuterSumProgram } from './lora-linear.js';
export { RmsNormGradStatsProgram, RmsNormGradXProgram, RmsNormProgram } from './rms-norm.js';
export { RopeProgram } from './rope.js';
export { RowElementProgram, RowProgram } from './row-program.js';
export { ReducedTrigProgram } from './trig.js';

/**
 * Every fused WGSL kernel `webgpu()` registers (a fresh list; nothing is registered here): causal
 * attention, token cross-entropy, RMSNorm, LayerNorm, RoPE, the LoRA linear, GELU and SiLU
 * (each with its `...Grad` kernel), AdamW and GAE.
 */
export function webgpuFusedKernels(): KernelImpl[] {
  return [
    ...causalAttentionKernels, ...crossEntropyKernels, ...rmsNormKernels, ...layerNormKernels, ...ropeKernels, ...loraLinearKernels,
    ...activationKernels, ...adamwKernels, ...gaeKernels,
  ];
}

/**
 * tfjs-webgpu kernels `webgpu()` always replaces: `Sin`/`Cos` (accurate to 1e-7 instead of 2e-4 on
 * some drivers) and `AddN` (any number of inputs instead of at most seven).
 */
export function webgpuKernelFixes(): KernelImpl[] {
  return [...trigKernels, addNKernel];
}
