/** A small seeded PRNG (mulberry32) so conformance inputs are identical on every backend and run. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `count` standard-normal float32 values (Box–Muller) from `seed`, scaled by `std`. */
export function seededNormal(count: number, seed: number, std = 1): Float32Array {
  const random = seededRandom(seed);
  const out = new Float32Array(count);
  for (let i = 0; i < count; i++) {
    const u = Math.max(random(), 1e-12);
    out[i] = std * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
  }
  return out;
}

/** `count` integers in `[0, high)` from `seed`. */
export function seededInts(count: number, seed: number, high: number): Int32Array {
  const random = seededRandom(seed);
  return Int32Array.from({ length: count }, () => Math.floor(random() * high));
}
