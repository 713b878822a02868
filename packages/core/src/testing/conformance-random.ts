import { SeededRandom } from '../seeded-random.js';

/** `count` standard-normal float32 values from `seed`, scaled by `std`: identical on every backend and run. */
export function seededNormal(count: number, seed: number, std = 1): Float32Array {
  return new SeededRandom(seed).normalArray(count, std);
}

/** `count` integers in `[0, high)` from `seed`. */
export function seededInts(count: number, seed: number, high: number): Int32Array {
  const random = new SeededRandom(seed);
  return Int32Array.from({ length: count }, () => random.nextInt(high));
}
