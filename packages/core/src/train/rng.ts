/**
 * A small seeded pseudo-random generator (mulberry32) whose whole state is one 32-bit integer, so a
 * checkpoint can save it and a resumed run continues the exact same sequence. Math.random is never
 * used by the training code.
 */
export class SeededRng {
  private s: number;

  constructor(seed: number) {
    this.s = seed >>> 0;
  }

  /** The generator's state; `SeededRng.fromState(rng.state)` continues the same sequence. */
  get state(): number {
    return this.s;
  }

  static fromState(state: number): SeededRng {
    const rng = new SeededRng(0);
    rng.s = state >>> 0;
    return rng;
  }

  /** A float in [0, 1). */
  next(): number {
    this.s = (this.s + 0x6d2b79f5) >>> 0;
    let t = this.s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [0, n). */
  nextInt(n: number): number {
    return Math.floor(this.next() * n);
  }
}

/** A stateless hash of (seed, index) to a float in [0, 1): used to split windows into train/validation. */
export function hashToUnit(seed: number, index: number): number {
  let h = (Math.imul(seed >>> 0, 0x9e3779b1) ^ Math.imul(index >>> 0, 0x85ebca77)) >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x7feb352d);
  h ^= h >>> 15;
  h = Math.imul(h, 0x846ca68b);
  h ^= h >>> 16;
  return (h >>> 0) / 4294967296;
}
