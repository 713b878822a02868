import { LORA_LINEAR_KERNEL } from '@stagecoach/core';
import type { KernelImpl, tf } from '@stagecoach/core';
import type { WebGPUBackend } from '../tfjs-internals.js';
import { ELEMENT_INDEX, FlatProgram, WORKGROUP_INDEX, f32, i32, numberAttrs, tensorInputs, webgpuBackendOf } from './program-util.js';

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

/** Rows and columns of the output tile one {@link LowRankLinearProgram} workgroup computes (4 × 4 per invocation). */
const TILE = 32;

/**
 * A linear map plus a low-rank term, `[N, cols]`:
 * `out[n, c] = Σ_j src[n, j] · w[j·ws0 + c·ws1] + Σ_k low[n, k] · m[k·ms0 + c·ms1]`. The forward
 * (`y = x · W + h · Bᵀ`) and the input gradient (`dx = dy · Wᵀ + g · A`) are this with other strides.
 * Tiled: a workgroup computes a 32 × 32 output tile from 32-wide tiles of `src` and `w` in workgroup
 * memory, each invocation a 4 × 4 block; the rank-`r` term is added from global memory at the end.
 */
export class LowRankLinearProgram extends FlatProgram {
  constructor(rows: number, cols: number) {
    super({
      shaderKey: 'stagecoachLowRankLinear', variableNames: ['src', 'w', 'low', 'm'], outputShape: [rows, cols],
      uniforms: 'rows : i32, cols : i32, width : i32, rank : i32, ws0 : i32, ws1 : i32, ms0 : i32, ms1 : i32, colTiles : i32,',
      workgroups: Math.ceil(rows / TILE) * Math.ceil(cols / TILE),
    });
  }

  getUserCode(): string {
    return `
  const TILE = ${TILE};
  var<workgroup> srcTile : array<f32, ${TILE * TILE}>;
  var<workgroup> wTile : array<f32, ${TILE * TILE}>;
  fn main(index : i32) {
    let group = ${WORKGROUP_INDEX};
    let r0 = (group / uniforms.colTiles) * TILE;
    let c0 = (group - (group / uniforms.colTiles) * uniforms.colTiles) * TILE;
    let ty = i32(localIndex) / 8;
    let tx = i32(localIndex) - ty * 8;
    var acc : array<f32, 16>;
    for (var j0 = 0; j0 < uniforms.width; j0 = j0 + TILE) {
      for (var e = i32(localIndex); e < TILE * TILE; e = e + 64) {
        let a = e / TILE;
        let b = e - a * TILE;
        var s = 0.0;
        if (r0 + a < uniforms.rows && j0 + b < uniforms.width) { s = src[(r0 + a) * uniforms.width + j0 + b]; }
        srcTile[e] = s;
        var v = 0.0;
        if (j0 + a < uniforms.width && c0 + b < uniforms.cols) { v = w[(j0 + a) * uniforms.ws0 + (c0 + b) * uniforms.ws1]; }
        wTile[e] = v;
      }
      workgroupBarrier();
      for (var jj = 0; jj < TILE; jj = jj + 1) {
        for (var a = 0; a < 4; a = a + 1) {
          let s = srcTile[(ty * 4 + a) * TILE + jj];
          for (var b = 0; b < 4; b = b + 1) { acc[a * 4 + b] = acc[a * 4 + b] + s * wTile[jj * TILE + tx * 4 + b]; }
        }
      }
      workgroupBarrier();
    }
    for (var a = 0; a < 4; a = a + 1) {
      let n = r0 + ty * 4 + a;
      for (var b = 0; b < 4; b = b + 1) {
        let c = c0 + tx * 4 + b;
        if (n < uniforms.rows && c < uniforms.cols) {
          var sum = acc[a * 4 + b];
          for (var k = 0; k < uniforms.rank; k = k + 1) { sum = sum + low[n * uniforms.rank + k] * m[k * uniforms.ms0 + c * uniforms.ms1]; }
          result[n * uniforms.cols + c] = sum;
        }
      }
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
 * {@link LowRankLinearProgram} on `[src, w, low, m]`: `[rows, cols]` from `src [rows, width]` and
 * `low [rows, rank]`, reading `w` and `m` with the given (row, column) strides.
 */
function lowRankLinear(
  gpu: WebGPUBackend, inputs: tf.TensorInfo[], size: { rows: number; cols: number; width: number; rank: number },
  wStrides: [number, number], mStrides: [number, number],
): tf.TensorInfo {
  return gpu.runWebGPUProgram(new LowRankLinearProgram(size.rows, size.cols), inputs, 'float32', [
    i32(size.rows), i32(size.cols), i32(size.width), i32(size.rank), ...[...wStrides, ...mStrides].map((s) => i32(s)),
    i32(Math.ceil(size.cols / TILE)),
  ]);
}

/**
 * `y = x · weight + h · loraBᵀ` in two dispatches: `h = x · loraAᵀ · scale` (`[N, r]`), then the tiled
 * {@link LowRankLinearProgram}. No `[N, out]` intermediate. (One pass over `x`, each workgroup
 * accumulating its rows of `h` from the tiles of `x` it loads anyway, was measured slower on SwiftShader:
 * every column tile recomputes its rows' `h`, `r/32` more multiply-adds than the tile itself.)
 */
function loraLinearForward({ inputs, backend, attrs }: Parameters<tf.KernelFunc>[0]): tf.TensorInfo {
  const gpu = webgpuBackendOf(backend, LORA_LINEAR_KERNEL);
  const { x, weight, loraA, loraB } = tensorInputs(inputs, ['x', 'weight', 'loraA', 'loraB'], LORA_LINEAR_KERNEL);
  const { scale } = numberAttrs(attrs, ['scale'], LORA_LINEAR_KERNEL);
  const d = loraDims(x, weight, loraA);
  const h = projectX(gpu, x, loraA, d, scale);
  const size = { rows: d.rows, cols: d.outDim, width: d.inDim, rank: d.rank };
  const y = lowRankLinear(gpu, [x, weight, h, loraB], size, [d.outDim, 1], [1, d.rank]);
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
  const dxSize = { rows: d.rows, cols: d.inDim, width: d.outDim, rank: d.rank };
  const dx = lowRankLinear(gpu, [dy, weight, g, loraA], dxSize, [1, d.outDim], [d.inDim, 1]); // dy · weightᵀ + g · loraA
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
