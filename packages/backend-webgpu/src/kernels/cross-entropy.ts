import { TOKEN_CROSS_ENTROPY_KERNEL } from '@stagecoach/core';
import type { KernelImpl, tf } from '@stagecoach/core';
import { i32, tensorInputs, webgpuBackendOf } from './program-util.js';
import { RowProgram } from './row-program.js';

/**
 * WGSL: the row's `logsumexp` in one read of the row — each invocation keeps an online (max, sum)
 * pair over its columns, then the 64 pairs are merged in a tree. `live` rows only read.
 */
const ROW_LOGSUMEXP = `
  var<workgroup> partialMax : array<f32, 64>;
  var<workgroup> partialSum : array<f32, 64>;
  fn rowLogSumExp(base : i32, vocab : i32, live : bool) -> f32 {
    var m = -3.0e38;
    var s = 0.0;
    if (live) {
      for (var c = i32(localIndex); c < vocab; c = c + 64) {
        let v = logits[base + c];
        if (v > m) { s = s * exp(m - v) + 1.0; m = v; } else { s = s + exp(v - m); }
      }
    }
    partialMax[localIndex] = m;
    partialSum[localIndex] = s;
    workgroupBarrier();
    for (var stride = 32u; stride > 0u; stride = stride >> 1u) {
      if (localIndex < stride) {
        let m1 = partialMax[localIndex];
        let m2 = partialMax[localIndex + stride];
        let mm = max(m1, m2);
        partialSum[localIndex] = partialSum[localIndex] * exp(m1 - mm) + partialSum[localIndex + stride] * exp(m2 - mm);
        partialMax[localIndex] = mm;
      }
      workgroupBarrier();
    }
    let lse = partialMax[0] + log(partialSum[0]);
    workgroupBarrier();
    return lse;
  }`;

/** `nll[n] = logsumexp(logits[n]) - logits[n, targets[n]]`, one workgroup of 64 per row. Output `[N]`. */
export class CrossEntropyProgram extends RowProgram {
  constructor(rows: number) {
    super({ shaderKey: 'stagecoachCrossEntropy', variableNames: ['logits', 'targets'], outputShape: [rows], rows });
  }

  protected override helpers(): string {
    return ROW_LOGSUMEXP;
  }

  protected rowBody(): string {
    return `
    let lse = rowLogSumExp(base, cols, valid);
    if (valid && localIndex == 0u) {
      let tgt = clamp(targets[row], 0, cols - 1);
      result[row] = lse - logits[base + tgt];
    }`;
  }
}

/**
 * `dLogits[n, v] = dy[n] · (softmax(logits[n])[v] - [v = targets[n]])`, one workgroup per row. Rows
 * with `dy[n] = 0` (masked out of the loss) skip the softmax and write zeros.
 */
export class CrossEntropyGradProgram extends RowProgram {
  constructor(rows: number, vocab: number) {
    super({ shaderKey: 'stagecoachCrossEntropyGrad', variableNames: ['dy', 'logits', 'targets'], outputShape: [rows, vocab], rows });
  }

  protected override helpers(): string {
    return ROW_LOGSUMEXP;
  }

  protected rowBody(): string {
    return `
    var scale = 0.0;
    if (valid) { scale = dy[row]; }
    let lse = rowLogSumExp(base, cols, valid && scale != 0.0);
    if (valid) {
      let tgt = targets[row];
      for (var c = i32(localIndex); c < cols; c = c + 64) {
        var g = 0.0;
        if (scale != 0.0) {
          g = exp(logits[base + c] - lse);
          if (c == tgt) { g = g - 1.0; }
          g = g * scale;
        }
        result[base + c] = g;
      }
    }`;
  }
}

function crossEntropyForward({ inputs, backend }: Parameters<tf.KernelFunc>[0]): tf.TensorInfo {
  const gpu = webgpuBackendOf(backend, TOKEN_CROSS_ENTROPY_KERNEL);
  const { logits, targets } = tensorInputs(inputs, ['logits', 'targets'], TOKEN_CROSS_ENTROPY_KERNEL);
  const [rows, vocab] = logits.shape as [number, number];
  return gpu.runWebGPUProgram(new CrossEntropyProgram(rows), [logits, targets], 'float32', [i32(rows), i32(vocab)]);
}

function crossEntropyGrad({ inputs, backend }: Parameters<tf.KernelFunc>[0]): tf.TensorInfo[] {
  const name = `${TOKEN_CROSS_ENTROPY_KERNEL}Grad`;
  const gpu = webgpuBackendOf(backend, name);
  const { dy, logits, targets } = tensorInputs(inputs, ['dy', 'logits', 'targets'], name);
  const [rows, vocab] = logits.shape as [number, number];
  return [gpu.runWebGPUProgram(new CrossEntropyGradProgram(rows, vocab), [dy, logits, targets], 'float32', [i32(rows), i32(vocab)])];
}

/** `StagecoachTokenCrossEntropy` and its gradient as WGSL kernels. */
export const crossEntropyKernels: KernelImpl[] = [
  { kernelName: TOKEN_CROSS_ENTROPY_KERNEL, kernelFunc: crossEntropyForward },
  { kernelName: `${TOKEN_CROSS_ENTROPY_KERNEL}Grad`, kernelFunc: crossEntropyGrad },
];
