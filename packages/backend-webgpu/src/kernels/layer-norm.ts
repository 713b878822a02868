import { LAYER_NORM_KERNEL } from '@stagecoach/core';
import type { KernelImpl, tf } from '@stagecoach/core';
import { ColumnSumProgram } from './column-sum.js';
import {
  ELEMENT_INDEX, FlatProgram, WORKGROUP_INDEX, f32, i32, numberAttrs, tensorInputs, webgpuBackendOf, workgroupSumFn,
} from './program-util.js';

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
export class LayerNormProgram extends FlatProgram {
  constructor(rows: number, cols: number) {
    super({
      shaderKey: 'stagecoachLayerNorm', variableNames: ['x', 'gamma', 'beta'], outputShape: [rows, cols],
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
    ${ROW_MOMENTS}
    if (valid) {
      for (var c = i32(localIndex); c < cols; c = c + 64) {
        result[base + c] = (x[base + c] - mean) * r * gamma[c] + beta[c];
      }
    }
  }`;
  }
}

/**
 * Per row of the backward pass, `[N, 4]`: `mean`, `r`, `mean(g)`, `mean(g · xhat)` with
 * `g = dy · gamma` and `xhat = (x - mean) · r`.
 */
export class LayerNormGradStatsProgram extends FlatProgram {
  constructor(rows: number) {
    super({
      shaderKey: 'stagecoachLayerNormGradStats', variableNames: ['dy', 'x', 'gamma'], outputShape: [rows, 4],
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
    ${ROW_MOMENTS}
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
    }
  }`;
  }
}

/** `dx = r · (g - mean(g) - xhat · mean(g · xhat))` element-wise, from the per-row stats. */
export class LayerNormGradXProgram extends FlatProgram {
  constructor(rows: number, cols: number) {
    super({
      shaderKey: 'stagecoachLayerNormGradX', variableNames: ['dy', 'x', 'gamma', 'stats'], outputShape: [rows, cols],
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
      let r = stats[row * 4 + 1];
      let xhat = (x[e] - stats[row * 4]) * r;
      result[e] = r * (dy[e] * gamma[c] - stats[row * 4 + 2] - xhat * stats[row * 4 + 3]);
    }
  }`;
  }
}

function layerNormForward({ inputs, backend, attrs }: Parameters<tf.KernelFunc>[0]): tf.TensorInfo {
  const gpu = webgpuBackendOf(backend, LAYER_NORM_KERNEL);
  const { x, gamma, beta } = tensorInputs(inputs, ['x', 'gamma', 'beta'], LAYER_NORM_KERNEL);
  const { eps } = numberAttrs(attrs, ['eps'], LAYER_NORM_KERNEL);
  const [rows, cols] = x.shape as [number, number];
  return gpu.runWebGPUProgram(new LayerNormProgram(rows, cols), [x, gamma, beta], 'float32', [i32(rows), i32(cols), f32(eps)]);
}

function layerNormGrad({ inputs, backend, attrs }: Parameters<tf.KernelFunc>[0]): tf.TensorInfo[] {
  const name = `${LAYER_NORM_KERNEL}Grad`;
  const gpu = webgpuBackendOf(backend, name);
  const { dy, x, gamma } = tensorInputs(inputs, ['dy', 'x', 'gamma'], name);
  const { eps } = numberAttrs(attrs, ['eps'], name);
  const [rows, cols] = x.shape as [number, number];
  const stats = gpu.runWebGPUProgram(new LayerNormGradStatsProgram(rows), [dy, x, gamma], 'float32', [
    i32(rows), i32(cols), f32(eps),
  ]); // [N, 4]
  const dx = gpu.runWebGPUProgram(new LayerNormGradXProgram(rows, cols), [dy, x, gamma, stats], 'float32', [
    i32(rows * cols), i32(cols),
  ]);
  const columnUniforms = [i32(rows), i32(cols), i32(4)];
  const dGamma = gpu.runWebGPUProgram(new ColumnSumProgram('dy*xhat', rows, cols), [dy, x, stats], 'float32', columnUniforms);
  const dBeta = gpu.runWebGPUProgram(new ColumnSumProgram('dy', rows, cols), [dy], 'float32', columnUniforms);
  gpu.disposeData(stats.dataId);
  return [dx, dGamma, dBeta];
}

/** `StagecoachLayerNorm` and its gradient as WGSL kernels. */
export const layerNormKernels: KernelImpl[] = [
  { kernelName: LAYER_NORM_KERNEL, kernelFunc: layerNormForward },
  { kernelName: `${LAYER_NORM_KERNEL}Grad`, kernelFunc: layerNormGrad },
];
