import { SeededRandom } from '@stagecoach/core';

/** Stream of the data order's generator (one per epoch after it). */
const ORDER_STREAM = 0x5f70;

/**
 * The shuffled order of `n` examples in one epoch, from the seed: a Fisher–Yates shuffle, a new one each
 * epoch, so a trainer that saves `(epoch, position)` resumes the same order. Cached: the same for every
 * step of the epoch.
 */
export function epochOrder(n: number, seed: number, epoch: number): Int32Array {
  const key = `${n}:${seed}:${epoch}`;
  let order = orders.get(key);
  if (order === undefined) {
    const random = new SeededRandom(seed, ORDER_STREAM + epoch);
    order = Int32Array.from({ length: n }, (_, i) => i);
    for (let i = n - 1; i > 0; i--) {
      const j = random.nextInt(i + 1);
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    if (orders.size > 8) orders.clear();
    orders.set(key, order);
  }
  return order;
}

const orders = new Map<string, Int32Array>();
