import { ConfigError } from '@stagecoach/core';

/**
 * GRPO's group-relative advantages (Shao et al., 2024): `rewards` holds consecutive groups of
 * `groupSize` samples of one prompt each; each sample's advantage is its reward minus its group's
 * mean, divided by the group's standard deviation (Bessel-corrected, + `eps`) when `scaleByStd`. A
 * group whose samples all scored the same gets advantage 0: it carries no learning signal.
 */
export function groupAdvantages(rewards: readonly number[], groupSize: number, options: { scaleByStd?: boolean; eps?: number } = {}): number[] {
  if (!Number.isInteger(groupSize) || groupSize < 1 || rewards.length % groupSize !== 0) {
    throw new ConfigError(`groupAdvantages: ${rewards.length} rewards do not split into groups of ${groupSize}.`);
  }
  const scaleByStd = options.scaleByStd ?? true;
  const eps = options.eps ?? 1e-4;
  const out: number[] = [];
  for (let start = 0; start < rewards.length; start += groupSize) {
    const group = rewards.slice(start, start + groupSize);
    const mean = group.reduce((a, b) => a + b, 0) / groupSize;
    const variance = groupSize > 1 ? group.reduce((a, r) => a + (r - mean) ** 2, 0) / (groupSize - 1) : 0;
    const spread = Math.sqrt(variance) + eps;
    const scale = scaleByStd && spread > 0 ? 1 / spread : 1;
    for (const r of group) out.push((r - mean) * scale);
  }
  return out;
}
