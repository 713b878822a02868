import type { AdaptiveKlConfig } from './ppo-config.js';

/**
 * The next β of adaptive KL control (Ziegler et al., 2019): with `e = clip(kl / target − 1, −0.2, 0.2)`,
 * `β ← β · (1 + e · samples / horizon)`: β grows while the KL is above the target and shrinks below it.
 */
export function nextKlCoef(klCoef: number, kl: number, samples: number, control: Required<AdaptiveKlConfig>): number {
  const error = Math.min(0.2, Math.max(-0.2, kl / control.target - 1));
  return klCoef * (1 + (error * samples) / control.horizon);
}
