import { LORA_LINEAR_KERNEL } from '@stagecoach/core';
import type { KernelImpl, tf } from '@stagecoach/core';
import type { WebGPUBackend } from '../tfjs-internals.js';
import {
  ELEMENT_INDEX, FlatProgram, WORKGROUP_INDEX, f32, i32, numberAttrs, tensorInputs, webgpuBackendOf, workgroupSumFn,
} from './program-util.js';

/**
 * The rank-`r` projection of each row: `out[n, k] = scale · Σ_j src[n, j] · m[k·strideK + j·strideJ]`,
 * `[N, r]`, one invocation per element. With strides it reads `loraA [r, in]` (`h = x · Aᵀ · scale`)
 * and `loraB [out, r]` (`g = dy · B · scale`) in place, without a transpose.
 */
export class LoraProjectProgram extends FlatProgram {
  constructor(rows: number, rank: number) {
    super({
      shaderKey: 'stagecoachLoraProject', variableNames: ['src', 'm'], outputShape: [rows, rank],
      uniforms: 'count : i32, rank : i32, width : i32, strideK : i32, strideJ : i32, scale : f32,',
      workgroups: Math.ceil((rows * rank) / 64),
    });
  }

  getUserCode(): string {
    return `
  fn main(index : i32) {
    let e = ${ELEMENT_INDEX};
    if (e < uniforms.count) {
      let n = e / uniforms.rank;
      let k = e - n * uniforms.rank;
      let base = n * uniforms.width;
      var sum = 0.0;
      for (var j = 0; j < uniforms.width; j = j + 1) {
        sum = sum + src[base + j] * m[k * uniforms.strideK + j * uniforms.strideJ];
      }
      result[e] = sum * uniforms.scale;
    }
  }`;
  }
}

/**
 * A linear map plus a low-rank term, `[N, cols]`, one invocation per element:
 * `out[n, c] = Σ_j src[n, j] · w[j·ws0 + c·ws1] + Σ_k low[n, k] · m[k·ms0 + c·ms1]`. The forward
 * (`y = x · W + h · Bᵀ`) and the input gradient (`dx = dy · Wᵀ + g · A`) are this with other strides.
 */
export class LowRankLinearProgram extends FlatProgram {
  constructor(rows: number, cols: number) {
    super({
      shaderKey: 'stagecoachLowRankLinear', variableNames: ['src', 'w', 'low', 'm'], outputShape: [rows, cols],
      uniforms: 'count : i32, cols : i32, width : i32, rank : i32, ws0 : i32, ws1 : i32, ms0 : i32, ms1 : i32,',
      workgroups: Math.ceil((rows * cols) / 64),
    });
  }

  getUserCode(): string {
    return `
  fn main(index : i32) {
    let e = ${ELEMENT_INDEX};
    if (e < uniforms.count) {
      let n = e / uniforms.cols;
      let c = e - n * uniforms.cols;
      var sum = 0.0;
      let srcBase = n * uniforms.width;
      for (var j = 0; j < uniforms.width; j = j + 1) {
        sum = sum + src[srcBase + j] * w[j * uniforms.ws0 + c * uniforms.ws1];
      }
      let lowBase = n * uniforms.rank;
      for (var k = 0; k < uniforms.rank; k = k + 1) {
        sum = sum + low[lowBase + k] * m[k * uniforms.ms0 + c * uniforms.ms1];
      }
      result[e] = sum;
    }
  }`;
  }
}

/** `out[a, b] = Σ_n p[n, a] · q[n, b]` (`pᵀ · q`, an adapter's weight gradient), `[A, B]`, one invocation per element. */
export class RowOuterSumProgram extends FlatProgram {
  constructor(pCols: number, qCols: number) {
    super({
      shaderKey: 'stagecoachRowOuterSum', variableNames: ['p', 'q'], outputShape: [pCols, qCols],
      uniforms: 'count : i32, rows : i32, pCols : i32, qCols : i32,', workgroups: Math.ceil((pCols * qCols) / 64),
    });
  }

  getUserCode(): string {
    return `
  fn main(index : i32) {
    let e = ${ELEMENT_INDEX};
    if (e < uniforms.count) {
      let a = e / uniforms.qCols;
      let b = e - a * uniforms.qCols;
      var sum = 0.0;
      for (var n = 0; n < uniforms.rows; n = n + 1) {
        sum = sum + p[n * uniforms.pCols + a] * q[n * uniforms.qCols + b];
      }
      result[e] = sum;
    }
  }`;
  }
}

/** Largest rank {@link LoraLinearProgram} keeps in workgroup memory (larger ranks take two dispatches). */
export const ONE_PASS_MAX_RANK = 256;

/**
 * The whole forward `y = x · W + (x · Aᵀ · scale) · Bᵀ` in one dispatch: a workgroup per (row, tile of
 * 64 outputs) first reduces the row's `h = x · Aᵀ · scale` (`r` workgroup sums) into workgroup memory,
 * then each invocation writes one output. `h` is recomputed per tile (`r / 64` of the main product's
 * work) instead of going through a buffer.
 */
export class LoraLinearProgram extends FlatProgram {
  constructor(rows: number, outDim: number) {
    const tiles = Math.ceil(outDim / 64);
    super({
      shaderKey: 'stagecoachLoraLinear', variableNames: ['x', 'weight', 'loraA', 'loraB'], outputShape: [rows, outDim],
      uniforms: 'rows : i32, inDim : i32, outDim : i32, rank : i32, tiles : i32, scale : f32,', workgroups: rows * tiles,
    });
  }

  getUserCode(): string {
    return `
  var<workgroup> partial : array<f32, 64>;
  var<workgroup> h : array<f32, ${ONE_PASS_MAX_RANK}>;
  ${workgroupSumFn('workgroupSum', 'partial')}
  fn main(index : i32) {
    let group = ${WORKGROUP_INDEX};
    let row = group / uniforms.tiles;
    let valid = row < uniforms.rows;
    let xBase = row * uniforms.inDim;
    for (var k = 0; k < uniforms.rank; k = k + 1) {
      var sum = 0.0;
      if (valid) {
        for (var i = i32(localIndex); i < uniforms.inDim; i = i + 64) { sum = sum + x[xBase + i] * loraA[k * uniforms.inDim + i]; }
      }
      let total = workgroupSum(sum);
      if (localIndex == 0u) { h[k] = total * uniforms.scale; }
    }
    workgroupBarrier();
    let o = (group - row * uniforms.tiles) * 64 + i32(localIndex);
    if (valid && o < uniforms.outDim) {
      var acc = 0.0;
      for (var i = 0; i < uniforms.inDim; i = i + 1) { acc = acc + x[xBase + i] * weight[i * uniforms.outDim + o]; }
      for (var k = 0; k < uniforms.rank; k = k + 1) { acc = acc + h[k] * loraB[o * uniforms.rank + k]; }
      result[row * uniforms.outDim + o] = acc;
    }
  }`;
  }
}

interface LoraDims {
  rows: number;
  inDim: number;
  outDim: number;
  rank: number;
}

function loraDims(x: tf.TensorInfo, weight: tf.TensorInfo, loraA: tf.TensorInfo): LoraDims {
  const [rows, inDim] = x.shape as [number, number];
  return { rows, inDim, outDim: weight.shape[1] as number, rank: loraA.shape[0] as number };
}

/** `h = x · loraAᵀ · scale`, `[N, r]`. */
function projectX(gpu: WebGPUBackend, x: tf.TensorInfo, loraA: tf.TensorInfo, d: LoraDims, scale: number): tf.TensorInfo {
  return gpu.runWebGPUProgram(new LoraProjectProgram(d.rows, d.rank), [x, loraA], 'float32', [
    i32(d.rows * d.rank), i32(d.rank), i32(d.inDim), i32(d.inDim), i32(1), f32(scale),
  ]);
}

/**
 * `y = x · weight + h · loraBᵀ`: one dispatch ({@link LoraLinearProgram}) up to rank
 * {@link ONE_PASS_MAX_RANK}, else two (`h` into a buffer, then `y`). No `[N, out]` intermediate.
 */
function loraLinearForward({ inputs, backend, attrs }: Parameters<tf.KernelFunc>[0]): tf.TensorInfo {
  const gpu = webgpuBackendOf(backend, LORA_LINEAR_KERNEL);
  const { x, weight, loraA, loraB } = tensorInputs(inputs, ['x', 'weight', 'loraA', 'loraB'], LORA_LINEAR_KERNEL);
  const { scale } = numberAttrs(attrs, ['scale'], LORA_LINEAR_KERNEL);
  const d = loraDims(x, weight, loraA);
  if (d.rank <= ONE_PASS_MAX_RANK) {
    return gpu.runWebGPUProgram(new LoraLinearProgram(d.rows, d.outDim), [x, weight, loraA, loraB], 'float32', [
      i32(d.rows), i32(d.inDim), i32(d.outDim), i32(d.rank), i32(Math.ceil(d.outDim / 64)), f32(scale),
    ]);
  }
  const h = projectX(gpu, x, loraA, d, scale);
  const y = gpu.runWebGPUProgram(new LowRankLinearProgram(d.rows, d.outDim), [x, weight, h, loraB], 'float32', [
    i32(d.rows * d.outDim), i32(d.outDim), i32(d.inDim), i32(d.rank), i32(d.outDim), i32(1), i32(1), i32(d.rank),
  ]);
  gpu.disposeData(h.dataId);
  return y;
}

/** `[dx, dLoraA, dLoraB]` (core's contract) in five dispatches: `h`, `g`, `dx`, `gᵀ · x`, `dyᵀ · h`. */
function loraLinearGrad({ inputs, backend, attrs }: Parameters<tf.KernelFunc>[0]): tf.TensorInfo[] {
  const name = `${LORA_LINEAR_KERNEL}Grad`;
  const gpu = webgpuBackendOf(backend, name);
  const { dy, x, weight, loraA, loraB } = tensorInputs(inputs, ['dy', 'x', 'weight', 'loraA', 'loraB'], name);
  const { scale } = numberAttrs(attrs, ['scale'], name);
  const d = loraDims(x, weight, loraA);
  const h = projectX(gpu, x, loraA, d, scale);
  const g = gpu.runWebGPUProgram(new LoraProjectProgram(d.rows, d.rank), [dy, loraB], 'float32', [
    i32(d.rows * d.rank), i32(d.rank), i32(d.outDim), i32(1), i32(d.rank), f32(scale),
  ]); // dy · loraB · scale, [N, r]
  const dx = gpu.runWebGPUProgram(new LowRankLinearProgram(d.rows, d.inDim), [dy, weight, g, loraA], 'float32', [
    i32(d.rows * d.inDim), i32(d.inDim), i32(d.outDim), i32(d.rank), i32(1), i32(d.outDim), i32(d.inDim), i32(1),
  ]);
  const dLoraA = gpu.runWebGPUProgram(new RowOuterSumProgram(d.rank, d.inDim), [g, x], 'float32', [
    i32(d.rank * d.inDim), i32(d.rows), i32(d.rank), i32(d.inDim),
  ]);
  const dLoraB = gpu.runWebGPUProgram(new RowOuterSumProgram(d.outDim, d.rank), [dy, h], 'float32', [
    i32(d.outDim * d.rank), i32(d.rows), i32(d.outDim), i32(d.rank),
  ]);
  gpu.disposeData(h.dataId);
  gpu.disposeData(g.dataId);
  return [dx, dLoraA, dLoraB];
}

/** `StagecoachLoraLinear` and its gradient as WGSL kernels. */
export const loraLinearKernels: KernelImpl[] = [
  { kernelName: LORA_LINEAR_KERNEL, kernelFunc: loraLinearForward },
  { kernelName: `${LORA_LINEAR_KERNEL}Grad`, kernelFunc: loraLinearGrad },
];
