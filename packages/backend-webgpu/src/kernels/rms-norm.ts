import { RMS_NORM_KERNEL } from '@stagecoach/core';
import type { KernelImpl } from '@stagecoach/core';
import { RowElementProgram, RowProgram } from './row-program.js';
import { rowNormKernels } from './row-norm.js';

/** WGSL: the row's `r = rsqrt(mean(x²) + eps)`. */
const ROW_RSQRT = `
    var squares = 0.0;
    if (valid) {
      for (var c = i32(localIndex); c < cols; c = c + 64) { let v = x[base + c]; squares = squares + v * v; }
    }
    let r = 1.0 / sqrt(workgroupSum(squares) / f32(cols) + uniforms.eps);`;

/** `y = x · rsqrt(mean(x²) + eps) · weight`, one workgroup of 64 per row of `x: [N, D]`. */
export class RmsNormProgram extends RowProgram {
  constructor(rows: number, cols: number) {
    super({ shaderKey: 'stagecoachRmsNorm', variableNames: ['x', 'weight'], outputShape: [rows, cols], rows, uniforms: 'eps : f32,' });
  }

  protected rowBody(): string {
    return `${ROW_RSQRT}
    if (valid) {
      for (var c = i32(localIndex); c < cols; c = c + 64) { result[base + c] = x[base + c] * r * weight[c]; }
    }`;
  }
}

/**
 * Per row of the backward pass: `[r, mean(g · x)]` with `r = rsqrt(mean(x²) + eps)` and
 * `g = dy · weight`, as `[N, 2]`.
 */
export class RmsNormGradStatsProgram extends RowProgram {
  constructor(rows: number) {
    super({ shaderKey: 'stagecoachRmsNormGradStats', variableNames: ['dy', 'x', 'weight'], outputShape: [rows, 2], rows, uniforms: 'eps : f32,' });
  }

  protected rowBody(): string {
    return `${ROW_RSQRT}
    var gx = 0.0;
    if (valid) {
      for (var c = i32(localIndex); c < cols; c = c + 64) { gx = gx + dy[base + c] * weight[c] * x[base + c]; }
    }
    let meanGx = workgroupSum(gx) / f32(cols);
    if (valid && localIndex == 0u) {
      result[row * 2] = r;
      result[row * 2 + 1] = meanGx;
    }`;
  }
}

/** `dx = r · g - x · r³ · mean(g · x)` element-wise, from the per-row stats. */
export class RmsNormGradXProgram extends RowElementProgram {
  constructor(rows: number, cols: number) {
    super({ shaderKey: 'stagecoachRmsNormGradX', variableNames: ['dy', 'x', 'weight', 'stats'], outputShape: [rows, cols] });
  }

  protected elementBody(): string {
    return `
      let r = stats[row * 2];
      result[e] = r * dy[e] * weight[c] - x[e] * r * r * r * stats[row * 2 + 1];`;
  }
}

/** `StagecoachRmsNorm` and its gradient (`[dx, dWeight]`) as WGSL kernels. */
export const rmsNormKernels: KernelImpl[] = rowNormKernels({
  kernelName: RMS_NORM_KERNEL, weightNames: ['weight'],
  forward: (rows, cols) => new RmsNormProgram(rows, cols),
  gradStats: (rows) => new RmsNormGradStatsProgram(rows), statsWidth: 2,
  gradX: (rows, cols) => new RmsNormGradXProgram(rows, cols),
  weightGrads: ['dy*x*r'],
});
