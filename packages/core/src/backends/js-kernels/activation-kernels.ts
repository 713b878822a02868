import { GELU_CUBIC, GELU_KERNEL, GELU_SQRT_2_OVER_PI, SILU_KERNEL } from '../../ops/activations.js';
import type { JsKernel } from './js-kernel.js';

const sameShape: JsKernel['outputs'] = (shapes) => [{ shape: shapes[shapes.length - 1] as number[], dtype: 'float32' }];

/**
 * `StagecoachGelu`: `y = 0.5·x·(1 + tanh(u))`, `u = √(2/π)·(x + 0.044715·x³)`, computed as the equal
 * `x·σ(2u)` (`0.5·(1 + tanh(u)) = σ(2u)`): V8's `Math.exp` is about 1.5× faster than `Math.tanh`.
 */
export const geluKernel: JsKernel = {
  kernelName: GELU_KERNEL,
  inputNames: ['x'],
  outputs: sameShape,
  body([x], [y]) {
    for (let i = 0; i < x!.length; i++) {
      const v = x![i]!;
      y![i] = v / (1 + Math.exp(-2 * GELU_SQRT_2_OVER_PI * (v + GELU_CUBIC * v * v * v)));
    }
  },
};

/**
 * `StagecoachGeluGrad`: `dx = dy·(0.5·(1 + t) + 0.5·x·(1 - t²)·u')` with `t = tanh(u)`,
 * `u' = √(2/π)·(1 + 3·0.044715·x²)`; with `s = σ(2u)` (so `0.5·(1 + t) = s`, `1 - t² = 4·s·(1 - s)`)
 * that is `dy·s·(1 + 2·x·(1 - s)·u')`.
 */
export const geluGradKernel: JsKernel = {
  kernelName: `${GELU_KERNEL}Grad`,
  inputNames: ['dy', 'x'],
  outputs: sameShape,
  body([dy, x], [dx]) {
    for (let i = 0; i < x!.length; i++) {
      const v = x![i]!;
      const s = 1 / (1 + Math.exp(-2 * GELU_SQRT_2_OVER_PI * (v + GELU_CUBIC * v * v * v)));
      const du = GELU_SQRT_2_OVER_PI * (1 + 3 * GELU_CUBIC * v * v);
      dx![i] = dy![i]! * s * (1 + 2 * v * (1 - s) * du);
    }
  },
};

/** `StagecoachSilu`: `y = x·σ(x)`. */
export const siluKernel: JsKernel = {
  kernelName: SILU_KERNEL,
  inputNames: ['x'],
  outputs: sameShape,
  body([x], [y]) {
    for (let i = 0; i < x!.length; i++) y![i] = x![i]! / (1 + Math.exp(-x![i]!));
  },
};

/** `StagecoachSiluGrad`: `dx = dy·σ(x)·(1 + x·(1 - σ(x)))`. */
export const siluGradKernel: JsKernel = {
  kernelName: `${SILU_KERNEL}Grad`,
  inputNames: ['dy', 'x'],
  outputs: sameShape,
  body([dy, x], [dx]) {
    for (let i = 0; i < x!.length; i++) {
      const v = x![i]!;
      const s = 1 / (1 + Math.exp(-v));
      dx![i] = dy![i]! * s * (1 + v * (1 - s));
    }
  },
};
