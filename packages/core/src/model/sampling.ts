import { ConfigError } from '../errors.js';
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

/** Throws `ConfigError`, prefixed with `caller`, unless temperature >= 0, topK is an integer >= 0 and topP is in (0, 1]. */
export function checkSamplingOptions(options: SamplingOptions, caller: string): void {
  const { temperature, topK, topP } = options;
  if (!(temperature >= 0)) throw new ConfigError(`${caller}: temperature must be >= 0 (0 = greedy), got ${temperature}.`);
  if (!Number.isInteger(topK) || topK < 0) throw new ConfigError(`${caller}: topK must be a non-negative integer, got ${topK}.`);
  if (!(topP > 0 && topP <= 1)) throw new ConfigError(`${caller}: topP must be in (0, 1], got ${topP}.`);
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

/** A drawn token and its log-probability under the distribution it was drawn from. */
export interface SampledToken {
  token: number;
  /**
   * Sampling: `log p(token)` under the distribution actually drawn from — `softmax(logits / temperature)`
   * restricted to the top-k, then the top-p nucleus, and renormalised. Greedy (temperature 0 or topK 1,
   * where that distribution is a point mass): `log softmax(logits)[token]`, the untruncated softmax of
   * the raw logits (temperature 1).
   */
  logProb: number;
}

/**
 * Picks a token id from one row of logits `[V]`. Greedy when `temperature` is 0 or `topK` is 1
 * (draws nothing from `rng`); otherwise one uniform draw from `rng`.
 */
export function sampleToken(logits: ArrayLike<number>, options: SamplingOptions, rng: SeededRandom): number {
  return sampleTokenWithLogProb(logits, options, rng).token;
}

/** {@link sampleToken}, also returning the token's log-probability (see {@link SampledToken.logProb}). */
export function sampleTokenWithLogProb(logits: ArrayLike<number>, options: SamplingOptions, rng: SeededRandom): SampledToken {
  const { temperature, topK, topP } = options;
  if (isGreedy(options)) {
    const token = argmax(logits);
    return { token, logProb: logits[token]! - logSumExp(logits) };
  }
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
  let chosen = candidates.length - 1;
  for (let j = 0; j < candidates.length; j++) {
    u -= weights[j]!;
    if (u < 0) {
      chosen = j;
      break;
    }
  }
  const token = candidates[chosen]!;
  return { token, logProb: (logits[token]! - maxLogit) / temperature - Math.log(total) };
}

/** Whether these options pick the most likely token instead of drawing one. */
export function isGreedy(options: SamplingOptions): boolean {
  return options.temperature <= 0 || options.topK === 1;
}

/** `log Σ exp(values)`, computed in float64 and shifted by the maximum. */
function logSumExp(values: ArrayLike<number>): number {
  let max = -Infinity;
  for (let i = 0; i < values.length; i++) max = Math.max(max, values[i]!);
  let sum = 0;
  for (let i = 0; i < values.length; i++) sum += Math.exp(values[i]! - max);
  return max + Math.log(sum);
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
