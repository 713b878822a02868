import { ConfigError } from './errors.js';

/** The whole state of a `SeededRandom`: four unsigned 32-bit words, not all zero. */
export type SeededRandomState = [number, number, number, number];

/**
 * The one seeded generator of Stagecoach: xoshiro128** (Blackman & Vigna), 128 bits of state. Used
 * for weight initialisation, token sampling, data shuffling and synthetic eval tasks. Same seed,
 * same numbers, on every platform; never Math.random. `state` / `fromState` let a checkpoint resume
 * the exact stream. Not for cryptography.
 */
export class SeededRandom {
  private readonly s = new Uint32Array(4);

  /** `stream` derives an independent generator from the same seed (e.g. one per batch row). */
  constructor(seed: number, stream = 0) {
    // splitmix32 expands (seed, stream) into the 4 state words; never all zero.
    let x = (Math.imul(seed >>> 0, 0x9e3779b9) ^ Math.imul(stream >>> 0, 0x85ebca6b) ^ 0x6a09e667) >>> 0;
    for (let i = 0; i < 4; i++) {
      x = (x + 0x9e3779b9) >>> 0;
      let z = x;
      z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
      z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
      this.s[i] = (z ^ (z >>> 16)) >>> 0;
    }
    if ((this.s[0]! | this.s[1]! | this.s[2]! | this.s[3]!) === 0) this.s[0] = 1;
  }

  /** The generator's state; `SeededRandom.fromState(random.state)` continues the same sequence. */
  get state(): SeededRandomState {
    return [this.s[0]!, this.s[1]!, this.s[2]!, this.s[3]!];
  }

  /** Whether `value` is a state `fromState` accepts (e.g. one read back from JSON). */
  static isState(value: unknown): value is SeededRandomState {
    return Array.isArray(value) && value.length === 4
      && value.every((w) => Number.isInteger(w) && w >= 0 && w <= 0xffffffff)
      && value.some((w) => w !== 0);
  }

  static fromState(state: readonly number[]): SeededRandom {
    if (!SeededRandom.isState(state)) {
      throw new ConfigError(
        `SeededRandom.fromState: the state must be 4 unsigned 32-bit integers, not all zero; got ${JSON.stringify(state)}. `
        + 'Pass the `state` of a SeededRandom.',
      );
    }
    const random = new SeededRandom(0);
    random.s.set(state);
    return random;
  }

  /** A uniform 32-bit unsigned integer. */
  nextUint32(): number {
    const s = this.s;
    const result = Math.imul(rotl(Math.imul(s[1]!, 5), 7), 9) >>> 0;
    const t = s[1]! << 9;
    s[2]! ^= s[0]!;
    s[3]! ^= s[1]!;
    s[1]! ^= s[2]!;
    s[0]! ^= s[3]!;
    s[2]! ^= t;
    s[3] = rotl(s[3]!, 11);
    return result;
  }

  /** A float in [0, 1). */
  nextFloat(): number {
    return this.nextUint32() / 4294967296;
  }

  /** An integer in [0, n). */
  nextInt(n: number): number {
    return Math.floor(this.nextFloat() * n);
  }

  /** An integer in [min, max] (inclusive). */
  int(min: number, max: number): number {
    return min + this.nextInt(max - min + 1);
  }

  /** A uniformly chosen item of a non-empty list. */
  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new RangeError('SeededRandom.pick needs a non-empty list');
    return items[this.nextInt(items.length)]!;
  }

  /** A shuffled copy (Fisher–Yates). */
  shuffle<T>(items: readonly T[]): T[] {
    const out = [...items];
    for (let i = out.length - 1; i > 0; i--) {
      const j = this.nextInt(i + 1);
      [out[i], out[j]] = [out[j]!, out[i]!];
    }
    return out;
  }

  /** A standard normal sample (Box–Muller). */
  normal(): number {
    const u = 1 - this.nextFloat(); // (0, 1]
    const v = this.nextFloat();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }

  /** `n` samples of N(0, std²). */
  normalArray(n: number, std: number): Float32Array {
    const out = new Float32Array(n);
    for (let i = 0; i < n; i += 2) {
      const u = 1 - this.nextFloat();
      const v = this.nextFloat();
      const r = Math.sqrt(-2 * Math.log(u)) * std;
      out[i] = r * Math.cos(2 * Math.PI * v);
      if (i + 1 < n) out[i + 1] = r * Math.sin(2 * Math.PI * v);
    }
    return out;
  }
}

/** A stateless hash of (seed, index) to a float in [0, 1): e.g. to split windows into train/validation. */
export function hashToUnit(seed: number, index: number): number {
  let h = (Math.imul(seed >>> 0, 0x9e3779b1) ^ Math.imul(index >>> 0, 0x85ebca77)) >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x7feb352d);
  h ^= h >>> 15;
  h = Math.imul(h, 0x846ca68b);
  h ^= h >>> 16;
  return (h >>> 0) / 4294967296;
}

function rotl(x: number, k: number): number {
  return ((x << k) | (x >>> (32 - k))) >>> 0;
}
