import { GAE_KERNEL } from '../../ops/gae.js';
import type { JsKernel } from './js-kernel.js';

/** `StagecoachGae`: the GAE reverse scan of each row in one pass (float64 accumulation). Outputs `[advantages, returns]`. */
export const gaeKernel: JsKernel = {
  kernelName: GAE_KERNEL,
  inputNames: ['rewards', 'values', 'mask'],
  outputs: ([rewards]) => [0, 1].map(() => ({ shape: rewards as number[], dtype: 'float32' as const })),
  body([rewards, values, mask], [advantages, returns], [shape], { gamma, lambda }) {
    const [rows, time] = shape as [number, number];
    for (let b = 0; b < rows; b++) {
      let carried = 0; // A[t+1]·mask[t+1]
      let nextValue = 0; // values[t+1]·mask[t+1]
      for (let t = time - 1; t >= 0; t--) {
        const i = b * time + t;
        const m = mask![i]!;
        const advantage = (rewards![i]! + gamma! * nextValue - values![i]! + gamma! * lambda! * carried) * m;
        advantages![i] = advantage;
        returns![i] = (advantage + values![i]!) * m;
        carried = advantage;
        nextValue = values![i]! * m;
      }
    }
  },
};
