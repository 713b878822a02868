import { defaultDecayFilter, hfTensorRules, internalToHf, tensorFromFloat32, tf } from '@stagecoach/core';
import type { SafetensorsTensor, TransformerConfig } from '@stagecoach/core';

/** Moments as `readCheckpoint` returns them: `<internal name>.exp_avg` / `.exp_avg_sq`. */
export type SavedMoments = Map<string, { shape: number[]; data: Float32Array }>;

export const MOMENT_NAMES = ['exp_avg', 'exp_avg_sq'] as const;

/**
 * The AdamW moments of a model trained in full, under the Hugging Face parameter names and layouts
 * (transposed linears, GPT-2's fused c_attn), as `torch.optim.AdamW` keeps them per parameter; and
 * the Hugging Face names of the parameters Stagecoach does not decay. Moments are elementwise, so
 * they map exactly like the weights.
 */
export function hfMoments(config: TransformerConfig, saved: SavedMoments): { moments: Map<string, SafetensorsTensor>; noDecay: string[] } {
  const moments = new Map<string, SafetensorsTensor>();
  const noDecay: string[] = [];
  for (const rule of hfTensorRules(config)) {
    if (!rule.internal.every((name) => saved.has(`${name}.exp_avg`))) continue; // frozen: no moments
    for (const suffix of MOMENT_NAMES) {
      const hf = tf.tidy(() => {
        const params = new Map(rule.internal.map((name) => {
          const m = saved.get(`${name}.${suffix}`)!;
          return [name, tf.tensor(m.data, m.shape, 'float32')] as const;
        }));
        return internalToHf(rule, params);
      });
      moments.set(`${rule.hfName}.${suffix}`, tensorFromFloat32(hf.dataSync() as Float32Array, hf.shape));
      hf.dispose();
    }
    if (!decays(rule.internal[0]!, saved.get(`${rule.internal[0]}.exp_avg`)!.shape)) noDecay.push(rule.hfName);
  }
  return { moments, noDecay };
}

/** Whether Stagecoach's AdamW decays a parameter of this name and shape (its default decay filter). */
export function decays(name: string, shape: readonly number[]): boolean {
  // The filter reads only the name and the rank: a variable of ones of that rank stands in.
  const ones = tf.ones(shape.map(() => 1));
  const variable = tf.variable(ones, false);
  try {
    return defaultDecayFilter(name, variable);
  } finally {
    tf.dispose([ones, variable]);
  }
}
