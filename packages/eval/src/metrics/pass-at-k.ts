import { sameNumber } from '../extract-answer.js';

/**
 * The unbiased pass@k estimator (Chen et al. 2021, "Evaluating Large Language Models Trained on
 * Code"): with n samples of which c are correct, pass@k = 1 − C(n−c, k) / C(n, k).
 * Computed as 1 − ∏_{i=n−c+1}^{n} (1 − k/i), which never forms the huge binomials.
 */
export function passAtK(n: number, c: number, k: number): number {
  if (!Number.isInteger(n) || !Number.isInteger(c) || !Number.isInteger(k) || n < 1 || c < 0 || c > n || k < 1 || k > n) {
    throw new RangeError(`passAtK needs integers with 0 <= c <= n and 1 <= k <= n; got n=${n}, c=${c}, k=${k}.`);
  }
  if (n - c < k) return 1;
  let allWrong = 1;
  for (let i = n - c + 1; i <= n; i++) allWrong *= 1 - k / i;
  return 1 - allWrong;
}

/** pass@k averaged over problems, each with its own (n, c). */
export function meanPassAtK(counts: readonly { n: number; c: number }[], k: number): number {
  if (counts.length === 0) return 0;
  return counts.reduce((sum, { n, c }) => sum + passAtK(n, c, k), 0) / counts.length;
}

/**
 * The most common answer (numerically equal answers count together; `null`s never win).
 * Ties go to the answer that appeared first.
 */
export function majorityAnswer(answers: readonly (string | null)[]): string | null {
  const groups: { answer: string; votes: number }[] = [];
  for (const answer of answers) {
    if (answer === null) continue;
    const group = groups.find((g) => sameNumber(g.answer, answer));
    if (group) group.votes++;
    else groups.push({ answer, votes: 1 });
  }
  let best: { answer: string; votes: number } | undefined;
  for (const group of groups) if (best === undefined || group.votes > best.votes) best = group;
  return best?.answer ?? null;
}

/** maj@k for one problem: whether the majority answer of the first k samples is the reference. */
export function majorityCorrect(answers: readonly (string | null)[], reference: string, k: number): boolean {
  const vote = majorityAnswer(answers.slice(0, k));
  return vote !== null && sameNumber(vote, reference);
}
