/** An accuracy with its 95% Wilson score interval. */
export interface Accuracy {
  /** correct / total (0 when total is 0). */
  value: number;
  correct: number;
  total: number;
  /** Lower bound of the 95% Wilson score interval. */
  lower: number;
  /** Upper bound of the 95% Wilson score interval. */
  upper: number;
}

/** z for a two-sided 95% interval. */
export const Z_95 = 1.959963984540054;

/**
 * The Wilson score interval for a binomial proportion. Unlike the normal approximation it stays
 * inside [0, 1] and is sensible at 0/n and n/n, which small evaluations hit often.
 */
export function wilsonInterval(correct: number, total: number, z = Z_95): { lower: number; upper: number } {
  if (total <= 0) return { lower: 0, upper: 1 };
  const p = correct / total;
  const z2 = z * z;
  const denominator = 1 + z2 / total;
  const centre = (p + z2 / (2 * total)) / denominator;
  const half = (z * Math.sqrt((p * (1 - p)) / total + z2 / (4 * total * total))) / denominator;
  // At 0/n and n/n the bound is exactly 0 or 1; rounding would otherwise give 1e-17 off.
  return {
    lower: correct <= 0 ? 0 : Math.max(0, centre - half),
    upper: correct >= total ? 1 : Math.min(1, centre + half),
  };
}

export function accuracy(correct: number, total: number): Accuracy {
  return { value: total > 0 ? correct / total : 0, correct, total, ...wilsonInterval(correct, total) };
}
