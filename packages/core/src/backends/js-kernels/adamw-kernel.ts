import { ADAMW_KERNEL } from '../../ops/adamw.js';
import type { JsKernel } from './js-kernel.js';

/**
 * `StagecoachAdamW`: one AdamW update of a parameter in a single pass (PyTorch's form), instead of
 * about twelve element-wise kernels and their temporaries. Outputs `[param', m', v']`.
 */
export const adamwKernel: JsKernel = {
  kernelName: ADAMW_KERNEL,
  inputNames: ['param', 'm', 'v', 'grad'],
  outputs: ([param]) => [0, 1, 2].map(() => ({ shape: param as number[], dtype: 'float32' as const })),
  body([p, m, v, g], [pOut, mOut, vOut], _, { lr, beta1, beta2, eps, weightDecay, bc1, bc2Sqrt }) {
    const decay = 1 - lr! * weightDecay!;
    const stepSize = lr! / bc1!;
    for (let i = 0; i < p!.length; i++) {
      const gi = g![i]!;
      const m1 = beta1! * m![i]! + (1 - beta1!) * gi;
      const v1 = beta2! * v![i]! + (1 - beta2!) * gi * gi;
      mOut![i] = m1;
      vOut![i] = v1;
      pOut![i] = p![i]! * decay - (stepSize * m1) / (Math.sqrt(v1) / bc2Sqrt! + eps!);
    }
  },
};
