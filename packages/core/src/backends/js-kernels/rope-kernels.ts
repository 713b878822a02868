import type { tf } from '../../tf.js';
import { ROPE_KERNEL } from '../../ops/rope.js';
import type { JsKernel } from './js-kernel.js';

/** Rotate-half rotation of `x: [B, H, T, D]` by `cos`, `sign·sin` (`[B, T, D/2]`). */
function rotate(x: tf.TypedArray, cos: tf.TypedArray, sin: tf.TypedArray, y: tf.TypedArray, shape: number[], sign: number): void {
  const [b, h, t, d] = shape as [number, number, number, number];
  const half = d / 2;
  for (let bi = 0; bi < b; bi++) {
    for (let hi = 0; hi < h; hi++) {
      for (let ti = 0; ti < t; ti++) {
        const o = ((bi * h + hi) * t + ti) * d;
        const tab = (bi * t + ti) * half;
        for (let i = 0; i < half; i++) {
          const c = cos[tab + i]!;
          const s = sign * sin[tab + i]!;
          const x1 = x[o + i]!;
          const x2 = x[o + i + half]!;
          y[o + i] = x1 * c - x2 * s;
          y[o + i + half] = x2 * c + x1 * s;
        }
      }
    }
  }
}

/** `StagecoachRope`: `y[i] = x[i]·cos - x[i+D/2]·sin`, `y[i+D/2] = x[i+D/2]·cos + x[i]·sin`. */
export const ropeKernel: JsKernel = {
  kernelName: ROPE_KERNEL,
  inputNames: ['x', 'cos', 'sin'],
  outputs: ([x]) => [{ shape: x as number[], dtype: 'float32' }],
  body([x, cos, sin], [y], [shape]) {
    rotate(x!, cos!, sin!, y!, shape as number[], 1);
  },
};

/** `StagecoachRopeGrad`: the same rotation with `-sin`. */
export const ropeGradKernel: JsKernel = {
  kernelName: `${ROPE_KERNEL}Grad`,
  inputNames: ['dy', 'x', 'cos', 'sin'],
  outputs: ([dy]) => [{ shape: dy as number[], dtype: 'float32' }],
  body([dy, , cos, sin], [dx], [shape]) {
    rotate(dy!, cos!, sin!, dx!, shape as number[], -1);
  },
};
