import { LAYER_NORM_KERNEL } from '@stagecoach/core';
import type { KernelImpl } from '@stagecoach/core';
import { RowElementProgram, RowProgram } from './row-program.js';
import { rowNormKernels } from './row-norm.js';

/** WGSL shared by the LayerNorm programs: a row's mean and `r = rsqrt(var + eps)`, two passes for accuracy. */
const ROW_MOMENTS = `
    var sum = 0.0;
    if (valid) {
      for (var c = i32(localIndex); c < cols; c = c + 64) { sum = sum + x[base + c]; }
    }
    let mean = workgroupSum(sum) / f32(cols);
    var squares = 0.0;
    if (valid) {
      for (var c = i32(localIndex); c < cols; c = c + 64) { let d = x[base + c] - mean; squares = squares + d * d; }
    }
    let r = 1.0 / sqrt(workgroupSum(squares) / f32(cols) + uniforms.eps);`;

/** `y = (x - mean) · r · gamma + beta`, one workgroup of 64 per row of `x: [N, D]`. */
export class LayerNormProgram extends RowProgram {
  constructor(rows: number, cols: number) {
    super({ shaderKey: 'stagecoachLayerNorm', variableNames: ['x', 'gamma', 'beta'], outputShape: [rows, cols], rows, uniforms: 'eps : f32,' });
  }

  protected rowBody(): string {
    return `${ROW_MOMENTS}
    if (valid) {
      for (var c = i32(localIndex); c < cols; c = c + 64) {
        result[base + c] = (x[base + c] - mean) * r * gamma[c] + beta[c];
      }
    }`;
  }
}

/**
 * Per row of the backward pass, `[N, 4]`: `mean`, `r`, `mean(g)`, `mean(g · xhat)` with
 * `g = dy · gamma` and `xhat = (x - mean) · r`.
 */
export class LayerNormGradStatsProgram extends RowProgram {
  constructor(rows: number) {
    super({ shaderKey: 'stagecoachLayerNormGradStats', variableNames: ['dy', 'x', 'gamma'], outputShape: [rows, 4], rows, uniforms: 'eps : f32,' });
  }

  protected rowBody(): string {
    return `${ROW_MOMENTS}
    var g = 0.0;
    var gx = 0.0;
    if (valid) {
      for (var c = i32(localIndex); c < cols; c = c + 64) {
        let gc = dy[base + c] * gamma[c];
        g = g + gc;
        gx = gx + gc * (x[base + c] - mean) * r;
      }
    }
    let meanG = workgroupSum(g) / f32(cols);
    let meanGx = workgroupSum(gx) / f32(cols);
    if (valid && localIndex == 0u) {
      result[row * 4] = mean;
      result[row * 4 + 1] = r;
      result[row * 4 + 2] = meanG;
      result[row * 4 + 3] = meanGx;
    }`;
  }
}

/** `dx = r · (g - mean(g) - xhat · mean(g · xhat))` element-wise, from the per-row stats. */
export class LayerNormGradXProgram extends RowElementProgram {
  constructor(rows: number, cols: number) {
    super({ shaderKey: 'stagecoachLayerNormGradX', variableNames: ['dy', 'x', 'gamma', 'stats'], outputShape: [rows, cols] });
  }

  protected elementBody(): string {
    return `
      let r = stats[row * 4 + 1];
      let xhat = (x[e] - stats[row * 4]) * r;
      result[e] = r * (dy[e] * gamma[c] - stats[row * 4 + 2] - xhat * stats[row * 4 + 3]);`;
  }
}

/** `StagecoachLayerNorm` and its gradient (`[dx, dGamma, dBeta]`) as WGSL kernels. */
export const layerNormKernels: KernelImpl[] = rowNormKernels({
  kernelName: LAYER_NORM_KERNEL, weightNames: ['gamma', 'beta'],
  forward: (rows, cols) => new LayerNormProgram(rows, cols),
  gradStats: (rows) => new LayerNormGradStatsProgram(rows), statsWidth: 4,
  gradX: (rows, cols) => new LayerNormGradXProgram(rows, cols),
  weightGrads: ['dy*xhat', 'dy'],
});
