/**
 * Plain-JavaScript fused kernels for the tfjs cpu backend, written from the kernel contracts in the
 * TSDoc of core's kernel-name constants. They exercise the dispatch path (fused forward, with and
 * without a grad kernel) exactly as a native backend would.
 */
import type { tf } from '../../src/tf.js';
import type { KernelImpl } from '../../src/backends/backend.js';
import {
  ADAMW_KERNEL,
  CAUSAL_ATTENTION_KERNEL,
  GAE_KERNEL,
  GELU_KERNEL,
  LAYER_NORM_KERNEL,
  LORA_LINEAR_KERNEL,
  RMS_NORM_KERNEL,
  ROPE_KERNEL,
  SILU_KERNEL,
  TOKEN_CROSS_ENTROPY_KERNEL,
} from '../../src/ops/index.js';
import { cpuMemory } from '../../src/backends/js-kernels/index.js';

/** How often each kernel ran. */
export const calls = new Map<string, number>();

function kernel(
  kernelName: string,
  fn: (read: (t: tf.TensorInfo) => tf.TypedArray, inputs: Record<string, tf.TensorInfo>, attrs: Record<string, number>) =>
    Array<[number[], Float32Array]>,
): KernelImpl {
  return {
    kernelName,
    kernelFunc: ({ inputs, attrs, backend }) => {
      calls.set(kernelName, (calls.get(kernelName) ?? 0) + 1);
      const named = inputs as Record<string, tf.TensorInfo>;
      const names = Object.keys(named);
      let results: Array<[number[], Float32Array]> = [];
      // Compute first (reading inputs in place), then let the cpu adapter hand the outputs to tfjs.
      cpuMemory(backend, kernelName).run(names.map((n) => named[n] as tf.TensorInfo), [], (ins) => {
        const byInfo = new Map(names.map((n, i) => [named[n] as tf.TensorInfo, ins[i] as tf.TypedArray]));
        results = fn((t) => byInfo.get(t) as tf.TypedArray, named, attrs as Record<string, number>);
      });
      const infos = cpuMemory(backend, kernelName).run([], results.map(([shape]) => ({ shape, dtype: 'float32' })), (_, outs) =>
        results.forEach(([, values], i) => (outs[i] as tf.TypedArray).set(values)),
      );
      return infos.length === 1 ? (infos[0] as tf.TensorInfo) : infos;
    },
  };
}

const rmsNormForward = kernel(RMS_NORM_KERNEL, (read, { x, weight }, { eps }) => {
  const [n, d] = (x as tf.TensorInfo).shape as [number, number];
  const [xv, wv] = [read(x as tf.TensorInfo), read(weight as tf.TensorInfo)];
  const y = new Float32Array(n * d);
  for (let r = 0; r < n; r++) {
    let ss = 0;
    for (let i = 0; i < d; i++) ss += (xv[r * d + i] as number) ** 2;
    const inv = 1 / Math.sqrt(ss / d + (eps as number));
    for (let i = 0; i < d; i++) y[r * d + i] = (xv[r * d + i] as number) * inv * (wv[i] as number);
  }
  return [[[n, d], y]];
});

const rmsNormGrad = kernel(`${RMS_NORM_KERNEL}Grad`, (read, { dy, x, weight }, { eps }) => {
  const [n, d] = (x as tf.TensorInfo).shape as [number, number];
  const [gv, xv, wv] = [read(dy as tf.TensorInfo), read(x as tf.TensorInfo), read(weight as tf.TensorInfo)];
  const dx = new Float32Array(n * d);
  const dw = new Float32Array(d);
  for (let r = 0; r < n; r++) {
    let ss = 0;
    for (let i = 0; i < d; i++) ss += (xv[r * d + i] as number) ** 2;
    const inv = 1 / Math.sqrt(ss / d + (eps as number));
    let dotGx = 0;
    for (let i = 0; i < d; i++) dotGx += (gv[r * d + i] as number) * (wv[i] as number) * (xv[r * d + i] as number);
    for (let i = 0; i < d; i++) {
      const xi = xv[r * d + i] as number;
      const g = (gv[r * d + i] as number) * (wv[i] as number);
      dx[r * d + i] = inv * g - xi * inv ** 3 * (dotGx / d);
      dw[i] = (dw[i] as number) + (gv[r * d + i] as number) * xi * inv;
    }
  }
  return [[[n, d], dx], [[d], dw]];
});

const layerNormForward = kernel(LAYER_NORM_KERNEL, (read, { x, gamma, beta }, { eps }) => {
  const [n, d] = (x as tf.TensorInfo).shape as [number, number];
  const [xv, gv, bv] = [read(x as tf.TensorInfo), read(gamma as tf.TensorInfo), read(beta as tf.TensorInfo)];
  const y = new Float32Array(n * d);
  for (let r = 0; r < n; r++) {
    let mean = 0;
    for (let i = 0; i < d; i++) mean += (xv[r * d + i] as number) / d;
    let variance = 0;
    for (let i = 0; i < d; i++) variance += ((xv[r * d + i] as number) - mean) ** 2 / d;
    const inv = 1 / Math.sqrt(variance + (eps as number));
    for (let i = 0; i < d; i++) y[r * d + i] = ((xv[r * d + i] as number) - mean) * inv * (gv[i] as number) + (bv[i] as number);
  }
  return [[[n, d], y]];
});

const crossEntropyForward = kernel(TOKEN_CROSS_ENTROPY_KERNEL, (read, { logits, targets }) => {
  const [n, v] = (logits as tf.TensorInfo).shape as [number, number];
  const [lv, tv] = [read(logits as tf.TensorInfo), read(targets as tf.TensorInfo)];
  const out = new Float32Array(n);
  for (let r = 0; r < n; r++) {
    let max = -Infinity;
    for (let j = 0; j < v; j++) max = Math.max(max, lv[r * v + j] as number);
    let sum = 0;
    for (let j = 0; j < v; j++) sum += Math.exp((lv[r * v + j] as number) - max);
    out[r] = max + Math.log(sum) - (lv[r * v + (tv[r] as number)] as number);
  }
  return [[[n], out]];
});

function rotate(xv: tf.TypedArray, cv: tf.TypedArray, sv: tf.TypedArray, shape: number[], sign: number): Float32Array {
  const [b, h, t, d] = shape as [number, number, number, number];
  const half = d / 2;
  const y = new Float32Array(xv.length);
  for (let bi = 0; bi < b; bi++) {
    for (let hi = 0; hi < h; hi++) {
      for (let ti = 0; ti < t; ti++) {
        const base = ((bi * h + hi) * t + ti) * d;
        const tab = (bi * t + ti) * half;
        for (let i = 0; i < half; i++) {
          const [c, s] = [cv[tab + i] as number, sign * (sv[tab + i] as number)];
          const [x1, x2] = [xv[base + i] as number, xv[base + i + half] as number];
          y[base + i] = x1 * c - x2 * s;
          y[base + i + half] = x2 * c + x1 * s;
        }
      }
    }
  }
  return y;
}

const ropeForward = kernel(ROPE_KERNEL, (read, { x, cos, sin }) => {
  const xi = x as tf.TensorInfo;
  return [[xi.shape, rotate(read(xi), read(cos as tf.TensorInfo), read(sin as tf.TensorInfo), xi.shape, 1)]];
});

const ropeGrad = kernel(`${ROPE_KERNEL}Grad`, (read, { dy, cos, sin }) => {
  const g = dy as tf.TensorInfo;
  return [[g.shape, rotate(read(g), read(cos as tf.TensorInfo), read(sin as tf.TensorInfo), g.shape, -1)]];
});

const attentionForward = kernel(CAUSAL_ATTENTION_KERNEL, (read, { q, k, v, keyMask }, { scale }) => {
  const [b, hq, tq, d] = (q as tf.TensorInfo).shape as [number, number, number, number];
  const [, hkv, tk] = (k as tf.TensorInfo).shape as [number, number, number, number];
  const [qv, kv, vv, mv] = [q, k, v, keyMask].map((t) => read(t as tf.TensorInfo)) as tf.TypedArray[];
  const out = new Float32Array(b * hq * tq * d);
  const group = hq / hkv;
  for (let bi = 0; bi < b; bi++) {
    for (let h = 0; h < hq; h++) {
      const kh = Math.floor(h / group);
      for (let i = 0; i < tq; i++) {
        const scores = new Float64Array(tk);
        for (let j = 0; j < tk; j++) {
          let s = 0;
          for (let e = 0; e < d; e++) {
            s += (qv![((bi * hq + h) * tq + i) * d + e] as number) * (kv![((bi * hkv + kh) * tk + j) * d + e] as number);
          }
          scores[j] = j <= tk - tq + i && mv![bi * tk + j] === 1 ? s * (scale as number) : -1e9;
        }
        const max = Math.max(...scores);
        let sum = 0;
        for (let j = 0; j < tk; j++) sum += scores[j] = Math.exp((scores[j] as number) - max);
        for (let e = 0; e < d; e++) {
          let acc = 0;
          for (let j = 0; j < tk; j++) acc += ((scores[j] as number) / sum) * (vv![((bi * hkv + kh) * tk + j) * d + e] as number);
          out[((bi * hq + h) * tq + i) * d + e] = acc;
        }
      }
    }
  }
  return [[[b, hq, tq, d], out]];
});

const geluJs = (v: number): number => 0.5 * v * (1 + Math.tanh(Math.sqrt(2 / Math.PI) * (v + 0.044715 * v ** 3)));

const geluForward = kernel(GELU_KERNEL, (read, { x }) => {
  const xi = x as tf.TensorInfo;
  return [[xi.shape, Float32Array.from(read(xi), geluJs)]];
});

/** Central difference of the scalar GELU (h = 1e-3 in float64 is far below float32 tolerance). */
const geluGrad = kernel(`${GELU_KERNEL}Grad`, (read, { dy, x }) => {
  const [gv, xv] = [read(dy as tf.TensorInfo), read(x as tf.TensorInfo)];
  const dx = Float32Array.from(xv, (v, i) => (gv[i] as number) * ((geluJs(v + 1e-3) - geluJs(v - 1e-3)) / 2e-3));
  return [[(x as tf.TensorInfo).shape, dx]];
});

const siluForward = kernel(SILU_KERNEL, (read, { x }) => {
  const xi = x as tf.TensorInfo;
  return [[xi.shape, Float32Array.from(read(xi), (v) => v / (1 + Math.exp(-v)))]];
});

/** The AdamW update, three outputs `[param', m', v']`, from the contract in `ADAMW_KERNEL`'s TSDoc. */
const adamw = kernel(ADAMW_KERNEL, (read, { param, m, v, grad }, { lr, beta1, beta2, eps, weightDecay, bc1, bc2Sqrt }) => {
  const shape = (param as tf.TensorInfo).shape;
  const [pv, mv, vv, gv] = [param, m, v, grad].map((t) => read(t as tf.TensorInfo));
  const [p1, m1, v1] = [0, 1, 2].map(() => new Float32Array(pv!.length));
  for (let i = 0; i < pv!.length; i++) {
    const g = gv![i] as number;
    m1![i] = beta1! * (mv![i] as number) + (1 - beta1!) * g;
    v1![i] = beta2! * (vv![i] as number) + (1 - beta2!) * g * g;
    p1![i] = (pv![i] as number) * (1 - lr! * weightDecay!) - (lr! / bc1!) * (m1![i] as number) / (Math.sqrt(v1![i] as number) / bc2Sqrt! + eps!);
  }
  return [[shape, p1!], [shape, m1!], [shape, v1!]];
});

/** Forward only: its gradient runs the op's reference VJP (`backward`) through the dispatch path. */
const loraLinearForward = kernel(LORA_LINEAR_KERNEL, (read, { x, weight, loraA, loraB }, { scale }) => {
  const [n, inDim] = (x as tf.TensorInfo).shape as [number, number];
  const outDim = (weight as tf.TensorInfo).shape[1] as number;
  const r = (loraA as tf.TensorInfo).shape[0] as number;
  const [xv, wv, av, bv] = [x, weight, loraA, loraB].map((t) => read(t as tf.TensorInfo));
  const y = new Float32Array(n * outDim);
  for (let row = 0; row < n; row++) {
    const h = Array.from({ length: r }, (_, k) => {
      let s = 0;
      for (let i = 0; i < inDim; i++) s += (av![k * inDim + i] as number) * (xv![row * inDim + i] as number);
      return s * (scale as number);
    });
    for (let j = 0; j < outDim; j++) {
      let s = 0;
      for (let i = 0; i < inDim; i++) s += (xv![row * inDim + i] as number) * (wv![i * outDim + j] as number);
      for (let k = 0; k < r; k++) s += (bv![j * r + k] as number) * (h[k] as number);
      y[row * outDim + j] = s;
    }
  }
  return [[[n, outDim], y]];
});

/**
 * Fused forward kernels for every custom op (and the AdamW update); grad kernels only for rmsNorm, rope and gelu, so
 * attention, cross-entropy, layerNorm and silu exercise the reference VJP behind a fused forward.
 */
/** GAE, `[advantages, returns]`, from the recurrence in `GAE_KERNEL`'s TSDoc, column by column. */
const gaeForward = kernel(GAE_KERNEL, (read, { rewards, values, mask }, { gamma, lambda }) => {
  const shape = (rewards as tf.TensorInfo).shape;
  const [rows, time] = shape as [number, number];
  const [r, v, m] = [rewards, values, mask].map((t) => read(t as tf.TensorInfo));
  const advantages = new Float32Array(rows * time);
  const returns = new Float32Array(rows * time);
  for (let t = time - 1; t >= 0; t--) {
    for (let b = 0; b < rows; b++) {
      const i = b * time + t;
      const last = t === time - 1;
      const nextValue = last ? 0 : (m![i + 1] as number) * (v![i + 1] as number);
      const carried = last ? 0 : (advantages[i + 1] as number);
      advantages[i] = (m![i] as number) * ((r![i] as number) + gamma! * nextValue - (v![i] as number) + gamma! * lambda! * carried);
      returns[i] = (m![i] as number) * ((advantages[i] as number) + (v![i] as number));
    }
  }
  return [[shape, advantages], [shape, returns]];
});

export const fusedCpuKernels: KernelImpl[] = [
  rmsNormForward, rmsNormGrad, layerNormForward, crossEntropyForward, ropeForward, ropeGrad, attentionForward,
  geluForward, geluGrad, siluForward, adamw, loraLinearForward, gaeForward,
];
