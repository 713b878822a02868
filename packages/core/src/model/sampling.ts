import type { SeededRandom } from '../seeded-random.js';

/** How the next token is picked from the logits. */
export interface SamplingOptions {
  /** Divides the logits; 0 picks the most likely token (greedy). */
  temperature: number;
  /** Keep only the `topK` most likely tokens (0 = all). */
  topK: number;
  /** Keep the smallest set of most likely tokens whose probability reaches `topP` (1 = all). */
  topP: number;
}

/** Index of the largest value; ties go to the lowest index. */
export function argmax(values: ArrayLike<number>): number {
  let best = 0;
  let bestValue = -Infinity;
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (v > bestValue) {
      bestValue = v;
      best = i;
    }
  }
  return best;
}

/**
 * Picks a token id from one row of logits `[V]`. Greedy when `temperature` is 0 or `topK` is 1
 * (draws nothing from `rng`); otherwise one uniform draw from `rng`.
 */
export function sampleToken(logits: ArrayLike<number>, options: SamplingOptions, rng: SeededRandom): number {
  const { temperature, topK, topP } = options;
  if (temperature <= 0 || topK === 1) return argmax(logits);
  const vocab = logits.length;
  // Candidates sorted by logit, descending; ties by lower id (so top-k is deterministic).
  let candidates: number[];
  if (topK > 0 && topK < vocab) candidates = topIndices(logits, topK);
  else if (topP < 1) {
    // Tokens e^30 times less likely than the best hold < vocab·1e-13 of the mass: leave them out of the sort.
    let best = -Infinity;
    for (let i = 0; i < vocab; i++) best = Math.max(best, logits[i]!);
    const floor = best - 30 * temperature;
    candidates = [];
    for (let i = 0; i < vocab; i++) if (logits[i]! >= floor) candidates.push(i);
    candidates.sort((a, b) => logits[b]! - logits[a]! || a - b);
  } else {
    candidates = Array.from({ length: vocab }, (_, i) => i);
  }
  let maxLogit = -Infinity;
  for (const i of candidates) maxLogit = Math.max(maxLogit, logits[i]!);
  const weights = candidates.map((i) => Math.exp((logits[i]! - maxLogit) / temperature));
  let total = weights.reduce((a, b) => a + b, 0);
  if (topP < 1) {
    // candidates are sorted: keep the prefix whose mass first reaches topP.
    let mass = 0;
    let keep = 0;
    while (keep < weights.length && mass < topP * total) mass += weights[keep++]!;
    keep = Math.max(keep, 1);
    candidates = candidates.slice(0, keep);
    weights.length = keep;
    total = mass;
  }
  let u = rng.nextFloat() * total;
  for (let j = 0; j < candidates.length; j++) {
    u -= weights[j]!;
    if (u < 0) return candidates[j]!;
  }
  return candidates[candidates.length - 1]!;
}

/** The `k` indices with the largest values, sorted descending (ties: lower index first). */
function topIndices(values: ArrayLike<number>, k: number): number[] {
  const top: number[] = [];
  const better = (a: number, b: number): boolean => values[a]! > values[b]! || (values[a] === values[b] && a < b);
  for (let i = 0; i < values.length; i++) {
    if (top.length === k && !better(i, top[k - 1]!)) continue;
    let j = top.length === k ? k - 1 : top.length;
    while (j > 0 && better(i, top[j - 1]!)) {
      if (j < k) top[j] = top[j - 1]!;
      j--;
    }
    top[j] = i;
  }
  return top;
}
