/**
 * xoshiro128** — a small, fast, seeded generator (Blackman & Vigna) with 128 bits of state, used for
 * weight initialisation and token sampling. Same seed, same numbers, on every platform; never
 * Math.random. `state` / `fromState` let a checkpoint resume the exact stream.
 */
export class Xoshiro128 {
  private s: Uint32Array;

  /** `stream` derives an independent generator from the same seed (e.g. one per batch row). */
  constructor(seed: number, stream = 0) {
    this.s = new Uint32Array(4);
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

  get state(): [number, number, number, number] {
    return [this.s[0]!, this.s[1]!, this.s[2]!, this.s[3]!];
  }

  static fromState(state: readonly number[]): Xoshiro128 {
    const rng = new Xoshiro128(0);
    rng.s.set(state.slice(0, 4));
    return rng;
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

function rotl(x: number, k: number): number {
  return ((x << k) | (x >>> (32 - k))) >>> 0;
}
