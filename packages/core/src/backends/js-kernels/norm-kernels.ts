import { LAYER_NORM_KERNEL } from '../../ops/layer-norm.js';
import { RMS_NORM_KERNEL } from '../../ops/rms-norm.js';
import type { JsKernel } from './js-kernel.js';

const rows = (shape: number[] | undefined): [number, number] => shape as [number, number]; // [N, D]

/** `StagecoachRmsNorm`: `y = x · rsqrt(mean(x²) + eps) · weight`. */
export const rmsNormKernel: JsKernel = {
  kernelName: RMS_NORM_KERNEL,
  inputNames: ['x', 'weight'],
  outputs: ([x]) => [{ shape: x as number[], dtype: 'float32' }],
  body([x, w], [y], [xShape], { eps }) {
    const [n, d] = rows(xShape);
    for (let r = 0; r < n; r++) {
      const o = r * d;
      let ss = 0;
      for (let i = 0; i < d; i++) ss += x![o + i]! * x![o + i]!;
      const inv = 1 / Math.sqrt(ss / d + eps!);
      for (let i = 0; i < d; i++) y![o + i] = x![o + i]! * inv * w![i]!;
    }
  },
};

/** `StagecoachRmsNormGrad`: `dx = r·g - x·r³·mean(g·x)` with `g = dy·weight`; `dWeight = Σ dy·x·r`. */
export const rmsNormGradKernel: JsKernel = {
  kernelName: `${RMS_NORM_KERNEL}Grad`,
  inputNames: ['dy', 'x', 'weight'],
  outputs: ([, x, w]) => [{ shape: x as number[], dtype: 'float32' }, { shape: w as number[], dtype: 'float32' }],
  body([dy, x, w], [dx, dw], [, xShape], { eps }) {
    const [n, d] = rows(xShape);
    const dwAcc = new Float64Array(d);
    for (let r = 0; r < n; r++) {
      const o = r * d;
      let ss = 0;
      let gx = 0;
      for (let i = 0; i < d; i++) {
        ss += x![o + i]! * x![o + i]!;
        gx += dy![o + i]! * w![i]! * x![o + i]!;
      }
      const inv = 1 / Math.sqrt(ss / d + eps!);
      const coef = inv * inv * inv * (gx / d);
      for (let i = 0; i < d; i++) {
        dx![o + i] = inv * dy![o + i]! * w![i]! - x![o + i]! * coef;
        dwAcc[i] = dwAcc[i]! + dy![o + i]! * x![o + i]! * inv;
      }
    }
    dw!.set(dwAcc);
  },
};

function meanAndInv(x: ArrayLike<number>, o: number, d: number, eps: number): [number, number] {
  let mean = 0;
  for (let i = 0; i < d; i++) mean += x[o + i]!;
  mean /= d;
  let variance = 0;
  for (let i = 0; i < d; i++) variance += (x[o + i]! - mean) ** 2;
  return [mean, 1 / Math.sqrt(variance / d + eps)];
}

/** `StagecoachLayerNorm`: `y = (x - mean)·rsqrt(var + eps)·gamma + beta`. */
export const layerNormKernel: JsKernel = {
  kernelName: LAYER_NORM_KERNEL,
  inputNames: ['x', 'gamma', 'beta'],
  outputs: ([x]) => [{ shape: x as number[], dtype: 'float32' }],
  body([x, g, b], [y], [xShape], { eps }) {
    const [n, d] = rows(xShape);
    for (let r = 0; r < n; r++) {
      const o = r * d;
      const [mean, inv] = meanAndInv(x!, o, d, eps!);
      for (let i = 0; i < d; i++) y![o + i] = (x![o + i]! - mean) * inv * g![i]! + b![i]!;
    }
  },
};

/** `StagecoachLayerNormGrad`: `dx = r·(g - mean(g) - xhat·mean(g·xhat))`, `dGamma = Σ dy·xhat`, `dBeta = Σ dy`. */
export const layerNormGradKernel: JsKernel = {
  kernelName: `${LAYER_NORM_KERNEL}Grad`,
  inputNames: ['dy', 'x', 'gamma', 'beta'],
  outputs: ([, x, g, b]) => [x, g, b].map((shape) => ({ shape: shape as number[], dtype: 'float32' as const })),
  body([dy, x, gamma], [dx, dGamma, dBeta], [, xShape], { eps }) {
    const [n, d] = rows(xShape);
    const dgAcc = new Float64Array(d);
    const dbAcc = new Float64Array(d);
    for (let r = 0; r < n; r++) {
      const o = r * d;
      const [mean, inv] = meanAndInv(x!, o, d, eps!);
      let gMean = 0;
      let gxMean = 0;
      for (let i = 0; i < d; i++) {
        const g = dy![o + i]! * gamma![i]!;
        gMean += g;
        gxMean += g * (x![o + i]! - mean) * inv;
      }
      gMean /= d;
      gxMean /= d;
      for (let i = 0; i < d; i++) {
        const xhat = (x![o + i]! - mean) * inv;
        dx![o + i] = inv * (dy![o + i]! * gamma![i]! - gMean - xhat * gxMean);
        dgAcc[i] = dgAcc[i]! + dy![o + i]! * xhat;
        dbAcc[i] = dbAcc[i]! + dy![o + i]!;
      }
    }
    dGamma!.set(dgAcc);
    dBeta!.set(dbAcc);
  },
};
