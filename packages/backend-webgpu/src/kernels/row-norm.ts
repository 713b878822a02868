import type { KernelImpl, tf } from '@stagecoach/core';
import { ColumnSumProgram } from './column-sum.js';
import type { ColumnSumKind } from './column-sum.js';
import { f32, i32, numberAttrs, tensorInput, tensorInputs, webgpuBackendOf } from './program-util.js';
import type { RowElementProgram, RowProgram } from './row-program.js';

/** What differs between the row norms (RMSNorm, LayerNorm) over `x: [N, D]` with an `eps` attribute. */
export interface RowNorm {
  kernelName: string;
  /** The inputs after `x`, in kernel order; the first is the scale the backward reads (`weight`, `gamma`). */
  weightNames: readonly [string, ...string[]];
  /** `y` from `[x, ...weights]`, one workgroup per row; uniforms `rows, cols, eps`. */
  forward(rows: number, cols: number): RowProgram;
  /** Per-row stats `[N, statsWidth]` from `[dy, x, scale]`; uniforms `rows, cols, eps`. */
  gradStats(rows: number, cols: number): RowProgram;
  statsWidth: number;
  /** `dx` from `[dy, x, scale, stats]`; uniforms `count, cols`. */
  gradX(rows: number, cols: number): RowElementProgram;
  /** Each weight's gradient, in `weightNames` order, as a column sum over the rows. */
  weightGrads: readonly ColumnSumKind[];
}

/**
 * A row norm's forward kernel and its `...Grad` kernel (`[dx, ...dWeights]`): the backward runs the
 * per-row stats, the element-wise `dx` from them and one column sum per weight, then frees the stats.
 */
export function rowNormKernels(norm: RowNorm): KernelImpl[] {
  const gradName = `${norm.kernelName}Grad`;
  function forward({ inputs, backend, attrs }: Parameters<tf.KernelFunc>[0]): tf.TensorInfo {
    const gpu = webgpuBackendOf(backend, norm.kernelName);
    const x = tensorInput(inputs, 'x', norm.kernelName);
    const weights = norm.weightNames.map((name) => tensorInput(inputs, name, norm.kernelName));
    const { eps } = numberAttrs(attrs, ['eps'], norm.kernelName);
    const [rows, cols] = x.shape as [number, number];
    return gpu.runWebGPUProgram(norm.forward(rows, cols), [x, ...weights], 'float32', [i32(rows), i32(cols), f32(eps)]);
  }
  function grad({ inputs, backend, attrs }: Parameters<tf.KernelFunc>[0]): tf.TensorInfo[] {
    const gpu = webgpuBackendOf(backend, gradName);
    const { dy, x } = tensorInputs(inputs, ['dy', 'x'], gradName);
    const scale = tensorInput(inputs, norm.weightNames[0], gradName);
    const { eps } = numberAttrs(attrs, ['eps'], gradName);
    const [rows, cols] = x.shape as [number, number];
    const stats = gpu.runWebGPUProgram(norm.gradStats(rows, cols), [dy, x, scale], 'float32', [i32(rows), i32(cols), f32(eps)]);
    const dx = gpu.runWebGPUProgram(norm.gradX(rows, cols), [dy, x, scale, stats], 'float32', [i32(rows * cols), i32(cols)]);
    const dWeights = norm.weightGrads.map((kind) => gpu.runWebGPUProgram(new ColumnSumProgram(kind, cols), kind === 'dy' ? [dy] : [dy, x, stats],
      'float32', [i32(rows), i32(cols), i32(norm.statsWidth)]));
    gpu.disposeData(stats.dataId);
    return [dx, ...dWeights];
  }
  return [{ kernelName: norm.kernelName, kernelFunc: forward }, { kernelName: gradName, kernelFunc: grad }];
}
