/**
 * Independent float64 implementations in plain JavaScript loops, for checking core's ops, and a
 * central finite-difference gradient. Arrays are row-major, shapes as the ops document.
 */
import { expect } from 'vitest';
import { seededNormal } from '../../src/testing/conformance-random.js';

export const randn = (count: number, seed: number, std = 1): number[] => Array.from(seededNormal(count, seed, std));

export function expectClose(actual: ArrayLike<number>, expected: ArrayLike<number>, tolerance: number): void {
  expect(actual.length).toBe(expected.length);
  let worst = 0;
  let at = -1;
  for (let i = 0; i < expected.length; i++) {
    const diff = Math.abs((actual[i] as number) - (expected[i] as number));
    if (!(diff <= worst)) [worst, at] = [diff, i];
  }
  expect(worst, `max |diff| at index ${at}: ${actual[at]} vs ${expected[at]}`).toBeLessThanOrEqual(tolerance);
}

/** Central finite differences of a scalar function of a float64 vector. */
export function finiteDifference(f: (x: number[]) => number, x: number[], h = 1e-5): number[] {
  return x.map((_, i) => {
    const plus = [...x];
    const minus = [...x];
    plus[i] = (plus[i] as number) + h;
    minus[i] = (minus[i] as number) - h;
    return (f(plus) - f(minus)) / (2 * h);
  });
}

export const dot = (a: number[], b: number[]): number => a.reduce((s, v, i) => s + v * (b[i] as number), 0);

/** y[n, o] = Σ_i x[n, i] w[i, o] + b[o]. */
export function linearJs(x: number[], w: number[], b: number[] | undefined, n: number, inDim: number, outDim: number): number[] {
  const y: number[] = [];
  for (let r = 0; r < n; r++) {
    for (let o = 0; o < outDim; o++) {
      let s = b?.[o] ?? 0;
      for (let i = 0; i < inDim; i++) s += (x[r * inDim + i] as number) * (w[i * outDim + o] as number);
      y.push(s);
    }
  }
  return y;
}

export interface AttentionDims { b: number; hq: number; hkv: number; tq: number; tk: number; d: number }

/** Causal attention with GQA, KV offset and key mask, straight from the definition. */
export function attentionJs(
  q: number[], k: number[], v: number[], dims: AttentionDims, keyMask?: number[], scale = 1 / Math.sqrt(dims.d),
): number[] {
  const { b, hq, hkv, tq, tk, d } = dims;
  const group = hq / hkv;
  const out = new Array<number>(b * hq * tq * d).fill(0);
  for (let bi = 0; bi < b; bi++) {
    for (let h = 0; h < hq; h++) {
      const kvh = Math.floor(h / group);
      for (let i = 0; i < tq; i++) {
        const pos = tk - tq + i;
        const scores: number[] = [];
        for (let j = 0; j < tk; j++) {
          const allowed = j <= pos && (keyMask === undefined || keyMask[bi * tk + j] === 1);
          let s = 0;
          for (let e = 0; e < d; e++) {
            s += (q[((bi * hq + h) * tq + i) * d + e] as number) * (k[((bi * hkv + kvh) * tk + j) * d + e] as number);
          }
          scores.push(allowed ? s * scale : -1e9);
        }
        const p = softmaxJs(scores);
        for (let e = 0; e < d; e++) {
          let s = 0;
          for (let j = 0; j < tk; j++) s += (p[j] as number) * (v[((bi * hkv + kvh) * tk + j) * d + e] as number);
          out[((bi * hq + h) * tq + i) * d + e] = s;
        }
      }
    }
  }
  return out;
}

export function softmaxJs(x: number[]): number[] {
  const m = Math.max(...x);
  const e = x.map((v) => Math.exp(v - m));
  const s = e.reduce((a, c) => a + c, 0);
  return e.map((v) => v / s);
}

/** Per-row NLL: logsumexp(row) - row[target]. */
export function nllJs(logits: number[], targets: number[], vocab: number): number[] {
  return targets.map((t, r) => {
    const row = logits.slice(r * vocab, (r + 1) * vocab);
    const m = Math.max(...row);
    const lse = m + Math.log(row.reduce((s, v) => s + Math.exp(v - m), 0));
    return lse - (row[t] as number);
  });
}

export function rmsNormJs(x: number[], w: number[], dim: number, eps: number): number[] {
  const out: number[] = [];
  for (let r = 0; r < x.length / dim; r++) {
    const row = x.slice(r * dim, (r + 1) * dim);
    const rms = Math.sqrt(row.reduce((s, v) => s + v * v, 0) / dim + eps);
    row.forEach((v, i) => out.push((v / rms) * (w[i] as number)));
  }
  return out;
}

export function layerNormJs(x: number[], g: number[], b: number[], dim: number, eps: number): number[] {
  const out: number[] = [];
  for (let r = 0; r < x.length / dim; r++) {
    const row = x.slice(r * dim, (r + 1) * dim);
    const mean = row.reduce((s, v) => s + v, 0) / dim;
    const variance = row.reduce((s, v) => s + (v - mean) ** 2, 0) / dim;
    row.forEach((v, i) => out.push(((v - mean) / Math.sqrt(variance + eps)) * (g[i] as number) + (b[i] as number)));
  }
  return out;
}

/** Rotate-half RoPE on [B, H, T, D] with angles pos·invFreq[i] and a magnitude factor. */
export function ropeJs(
  x: number[], positions: number[], shape: [number, number, number, number], invFreq: number[], factor = 1,
): number[] {
  const [b, h, t, d] = shape;
  const half = d / 2;
  const out = new Array<number>(x.length);
  for (let bi = 0; bi < b; bi++) {
    for (let hi = 0; hi < h; hi++) {
      for (let ti = 0; ti < t; ti++) {
        const base = ((bi * h + hi) * t + ti) * d;
        const pos = positions[bi * t + ti] as number;
        for (let i = 0; i < half; i++) {
          const angle = pos * (invFreq[i] as number);
          const [c, s] = [Math.cos(angle) * factor, Math.sin(angle) * factor];
          const [x1, x2] = [x[base + i] as number, x[base + i + half] as number];
          out[base + i] = x1 * c - x2 * s;
          out[base + i + half] = x2 * c + x1 * s;
        }
      }
    }
  }
  return out;
}
