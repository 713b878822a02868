import type { tf } from '../../tf.js';
import { CAUSAL_ATTENTION_KERNEL, MASKED_SCORE } from '../../ops/causal-attention.js';
import type { JsKernel } from './js-kernel.js';

interface Dims { b: number; hq: number; hkv: number; tq: number; tk: number; d: number }

function dimsOf(qShape: number[] | undefined, kShape: number[] | undefined): Dims {
  const [b, hq, tq, d] = qShape as [number, number, number, number];
  const [, hkv, tk] = kShape as [number, number, number, number];
  return { b, hq, hkv, tq, tk, d };
}

/**
 * Softmax probabilities of query row (bi, h, i) into `p` (length Tk); `allowed[j]` is 1 where the
 * key is visible. Scores of hidden keys are exactly `MASKED_SCORE`, per the kernel contract.
 */
function rowProbs(
  q: tf.TypedArray, k: tf.TypedArray, mask: tf.TypedArray, dims: Dims, scale: number,
  bi: number, h: number, i: number, p: Float64Array, allowed: Uint8Array,
): void {
  const { hq, hkv, tq, tk, d } = dims;
  const kvh = Math.floor(h / (hq / hkv));
  const qo = ((bi * hq + h) * tq + i) * d;
  const pos = tk - tq + i;
  let max = -Infinity;
  for (let j = 0; j < tk; j++) {
    allowed[j] = j <= pos && mask[bi * tk + j] === 1 ? 1 : 0;
    let s = MASKED_SCORE;
    if (allowed[j] === 1) {
      const ko = ((bi * hkv + kvh) * tk + j) * d;
      s = 0;
      for (let e = 0; e < d; e++) s += q[qo + e]! * k[ko + e]!;
      s *= scale;
    }
    p[j] = s;
    if (s > max) max = s;
  }
  let sum = 0;
  for (let j = 0; j < tk; j++) sum += p[j] = Math.exp(p[j]! - max);
  for (let j = 0; j < tk; j++) p[j] = p[j]! / sum;
}

/** `StagecoachCausalAttention` (see `CAUSAL_ATTENTION_KERNEL` for the contract). */
export const causalAttentionKernel: JsKernel = {
  kernelName: CAUSAL_ATTENTION_KERNEL,
  inputNames: ['q', 'k', 'v', 'keyMask'],
  outputs: ([q]) => [{ shape: q as number[], dtype: 'float32' }],
  body([q, k, v, mask], [out], [qShape, kShape], { scale }) {
    const dims = dimsOf(qShape, kShape);
    const { b, hq, hkv, tq, tk, d } = dims;
    const p = new Float64Array(tk);
    const allowed = new Uint8Array(tk);
    const acc = new Float64Array(d);
    for (let bi = 0; bi < b; bi++) {
      for (let h = 0; h < hq; h++) {
        const kvh = Math.floor(h / (hq / hkv));
        for (let i = 0; i < tq; i++) {
          rowProbs(q!, k!, mask!, dims, scale!, bi, h, i, p, allowed);
          acc.fill(0);
          for (let j = 0; j < tk; j++) {
            const pj = p[j]!;
            if (pj === 0) continue; // a hidden key (its exp underflows to exactly 0)
            const vo = ((bi * hkv + kvh) * tk + j) * d;
            for (let e = 0; e < d; e++) acc[e] = acc[e]! + pj * v![vo + e]!;
          }
          out!.set(acc, ((bi * hq + h) * tq + i) * d);
        }
      }
    }
  },
};

/** `StagecoachCausalAttentionGrad`: outputs `dq`, `dk`, `dv` (masked scores get no gradient). */
export const causalAttentionGradKernel: JsKernel = {
  kernelName: `${CAUSAL_ATTENTION_KERNEL}Grad`,
  inputNames: ['dy', 'q', 'k', 'v', 'keyMask'],
  outputs: ([, q, k, v]) => [q, k, v].map((shape) => ({ shape: shape as number[], dtype: 'float32' as const })),
  body([dy, q, k, v, mask], [dq, dk, dv], [, qShape, kShape], { scale }) {
    const dims = dimsOf(qShape, kShape);
    const { b, hq, hkv, tq, tk, d } = dims;
    const p = new Float64Array(tk);
    const dp = new Float64Array(tk);
    const allowed = new Uint8Array(tk);
    const dkAcc = new Float64Array(dk!.length);
    const dvAcc = new Float64Array(dv!.length);
    for (let bi = 0; bi < b; bi++) {
      for (let h = 0; h < hq; h++) {
        const kvh = Math.floor(h / (hq / hkv));
        for (let i = 0; i < tq; i++) {
          rowProbs(q!, k!, mask!, dims, scale!, bi, h, i, p, allowed);
          const qo = ((bi * hq + h) * tq + i) * d;
          let rowDot = 0;
          for (let j = 0; j < tk; j++) {
            dp[j] = 0;
            if (p[j] === 0) continue; // no value gradient, and its score gradient p·(dp - rowDot) is 0
            const vo = ((bi * hkv + kvh) * tk + j) * d;
            let s = 0;
            for (let e = 0; e < d; e++) {
              s += dy![qo + e]! * v![vo + e]!;
              dvAcc[vo + e] = dvAcc[vo + e]! + p[j]! * dy![qo + e]!;
            }
            dp[j] = s;
            rowDot += s * p[j]!;
          }
          for (let e = 0; e < d; e++) dq![qo + e] = 0;
          for (let j = 0; j < tk; j++) {
            if (allowed[j] === 0 || p[j] === 0) continue;
            const ds = p[j]! * (dp[j]! - rowDot) * scale!;
            const ko = ((bi * hkv + kvh) * tk + j) * d;
            for (let e = 0; e < d; e++) {
              dq![qo + e] = dq![qo + e]! + ds * k![ko + e]!;
              dkAcc[ko + e] = dkAcc[ko + e]! + ds * q![qo + e]!;
            }
          }
        }
      }
    }
    dk!.set(dkAcc);
    dv!.set(dvAcc);
  },
};
