import { RMS_NORM_KERNEL } from '@stagecoach/core';
import type { KernelImpl, tf } from '@stagecoach/core';
import {
  ELEMENT_INDEX, FlatProgram, WORKGROUP_INDEX, f32, i32, numberAttrs, tensorInputs, webgpuBackendOf, workgroupSumFn,
} from './program-util.js';
import { ColumnSumProgram } from './column-sum.js';

/** `y = x · rsqrt(mean(x²) + eps) · weight`, one workgroup of 64 per row of `x: [N, D]`. */
export class RmsNormProgram extends FlatProgram {
  constructor(rows: number, cols: number) {
    super({
      shaderKey: 'stagecoachRmsNorm', variableNames: ['x', 'weight'], outputShape: [rows, cols],
      uniforms: 'rows : i32, cols : i32, eps : f32,', workgroups: rows,
    });
  }

  getUserCode(): string {
    return `
  var<workgroup> partial : array<f32, 64>;
  ${workgroupSumFn('workgroupSum', 'partial')}
  fn main(index : i32) {
    let row = ${WORKGROUP_INDEX};
    let valid = row < uniforms.rows;
    let cols = uniforms.cols;
    let base = row * cols;
    var squares = 0.0;
    if (valid) {
      for (var c = i32(localIndex); c < cols; c = c + 64) { let v = x[base + c]; squares = squares + v * v; }
    }
    let r = 1.0 / sqrt(workgroupSum(squares) / f32(cols) + uniforms.eps);
    if (valid) {
      for (var c = i32(localIndex); c < cols; c = c + 64) { result[base + c] = x[base + c] * r * weight[c]; }
    }
  }`;
  }
}

/**
 * Per row of the backward pass: `[r, mean(g · x)]` with `r = rsqrt(mean(x²) + eps)` and
 * `g = dy · weight`, as `[N, 2]`.
 */
export class RmsNormGradStatsProgram extends FlatProgram {
  constructor(rows: number, cols: number) {
    super({
      shaderKey: 'stagecoachRmsNormGradStats', variableNames: ['dy', 'x', 'weight'], outputShape: [rows, 2],
      uniforms: 'rows : i32, cols : i32, eps : f32,', workgroups: rows,
    });
  }

  getUserCode(): string {
    return `
  var<workgroup> partial : array<f32, 64>;
  ${workgroupSumFn('workgroupSum', 'partial')}
  fn main(index : i32) {
    let row = ${WORKGROUP_INDEX};
    let valid = row < uniforms.rows;
    let cols = uniforms.cols;
    let base = row * cols;
    var squares = 0.0;
    var gx = 0.0;
    if (valid) {
      for (var c = i32(localIndex); c < cols; c = c + 64) {
        let v = x[base + c];
        squares = squares + v * v;
        gx = gx + dy[base + c] * weight[c] * v;
      }
    }
    let r = 1.0 / sqrt(workgroupSum(squares) / f32(cols) + uniforms.eps);
    let meanGx = workgroupSum(gx) / f32(cols);
    if (valid && localIndex == 0u) {
      result[row * 2] = r;
      result[row * 2 + 1] = meanGx;
    }
  }`;
  }
}

/** `dx = r · g - x · r³ · mean(g · x)` element-wise, from the per-row stats. */
export class RmsNormGradXProgram extends FlatProgram {
  constructor(rows: number, cols: number) {
    super({
      shaderKey: 'stagecoachRmsNormGradX', variableNames: ['dy', 'x', 'weight', 'stats'], outputShape: [rows, cols],
      uniforms: 'count : i32, cols : i32,', workgroups: Math.ceil((rows * cols) / 64),
    });
  }

  getUserCode(): string {
    return `
  fn main(index : i32) {
    let e = ${ELEMENT_INDEX};
    if (e < uniforms.count) {
      let row = e / uniforms.cols;
      let c = e - row * uniforms.cols;
      let r = stats[row * 2];
      let g = dy[e] * weight[c];
      result[e] = r * g - x[e] * r * r * r * stats[row * 2 + 1];
    }
  }`;
  }
}

function rmsNormForward({ inputs, backend, attrs }: Parameters<tf.KernelFunc>[0]): tf.TensorInfo {
  const gpu = webgpuBackendOf(backend, RMS_NORM_KERNEL);
  const { x, weight } = tensorInputs(inputs, ['x', 'weight'], RMS_NORM_KERNEL);
  const { eps } = numberAttrs(attrs, ['eps'], RMS_NORM_KERNEL);
  const [rows, cols] = x.shape as [number, number];
  const program = new RmsNormProgram(rows, cols);
  return gpu.runWebGPUProgram(program, [x, weight], 'float32', [i32(rows), i32(cols), f32(eps)]);
}

function rmsNormGrad({ inputs, backend, attrs }: Parameters<tf.KernelFunc>[0]): tf.TensorInfo[] {
  const name = `${RMS_NORM_KERNEL}Grad`;
  const gpu = webgpuBackendOf(backend, name);
  const { dy, x, weight } = tensorInputs(inputs, ['dy', 'x', 'weight'], name);
  const { eps } = numberAttrs(attrs, ['eps'], name);
  const [rows, cols] = x.shape as [number, number];
  const stats = gpu.runWebGPUProgram(new RmsNormGradStatsProgram(rows, cols), [dy, x, weight], 'float32', [
    i32(rows), i32(cols), f32(eps),
  ]); // [N, 2]
  const dx = gpu.runWebGPUProgram(new RmsNormGradXProgram(rows, cols), [dy, x, weight, stats], 'float32', [
    i32(rows * cols), i32(cols),
  ]);
  const dWeight = gpu.runWebGPUProgram(new ColumnSumProgram('dy*x*r', rows, cols), [dy, x, stats], 'float32', [
    i32(rows), i32(cols), i32(2),
  ]);
  gpu.disposeData(stats.dataId);
  return [dx, dWeight];
}

/** `StagecoachRmsNorm` and its gradient as WGSL kernels. */
export const rmsNormKernels: KernelImpl[] = [
  { kernelName: RMS_NORM_KERNEL, kernelFunc: rmsNormForward },
  { kernelName: `${RMS_NORM_KERNEL}Grad`, kernelFunc: rmsNormGrad },
];
