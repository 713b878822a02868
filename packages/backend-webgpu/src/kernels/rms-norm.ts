import { RMS_NORM_KERNEL } from '@stagecoach/core';
import type { KernelImpl, tf } from '@stagecoach/core';
import type { WebGPUProgram } from '../tfjs-internals.js';
import { FLAT_LAYOUT, WORKGROUP_INDEX, f32, i32, numberAttrs, tensorInputs, webgpuBackendOf, workgroupGrid, workgroupSumFn } from './program-util.js';
import { ColumnSumProgram } from './column-sum.js';

/** `y = x · rsqrt(mean(x²) + eps) · weight`, one workgroup of 64 per row of `x: [N, D]`. */
export class RmsNormProgram implements WebGPUProgram {
  readonly variableNames = ['x', 'weight'];
  readonly outputShape: number[];
  readonly dispatchLayout = FLAT_LAYOUT;
  readonly dispatch: [number, number, number];
  readonly workgroupSize: [number, number, number] = [64, 1, 1];
  readonly uniforms = 'rows : i32, cols : i32, eps : f32,';
  shaderKey = 'stagecoachRmsNorm';

  constructor(rows: number, cols: number) {
    this.outputShape = [rows, cols];
    this.dispatch = workgroupGrid(rows);
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
export class RmsNormGradStatsProgram implements WebGPUProgram {
  readonly variableNames = ['dy', 'x', 'weight'];
  readonly outputShape: number[];
  readonly dispatchLayout = FLAT_LAYOUT;
  readonly dispatch: [number, number, number];
  readonly workgroupSize: [number, number, number] = [64, 1, 1];
  readonly uniforms = 'rows : i32, cols : i32, eps : f32,';
  shaderKey = 'stagecoachRmsNormGradStats';

  constructor(rows: number, cols: number) {
    this.outputShape = [rows, 2];
    this.dispatch = workgroupGrid(rows);
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
export class RmsNormGradXProgram implements WebGPUProgram {
  readonly variableNames = ['dy', 'x', 'weight', 'stats'];
  readonly outputShape: number[];
  readonly dispatchLayout = FLAT_LAYOUT;
  readonly dispatch: [number, number, number];
  readonly workgroupSize: [number, number, number] = [64, 1, 1];
  readonly uniforms = 'count : i32, cols : i32,';
  shaderKey = 'stagecoachRmsNormGradX';

  constructor(rows: number, cols: number) {
    this.outputShape = [rows, cols];
    this.dispatch = workgroupGrid(Math.ceil((rows * cols) / 64));
  }

  getUserCode(): string {
    return `
  fn main(index : i32) {
    let e = ${WORKGROUP_INDEX} * 64 + i32(localIndex);
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
