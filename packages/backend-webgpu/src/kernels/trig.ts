import type { KernelImpl, tf } from '@stagecoach/core';
import { ELEMENT_INDEX, FlatProgram, i32, sizeOf, tensorInputs, webgpuBackendOf } from './program-util.js';

/**
 * `sin`/`cos` accurate to about 1e-7: the argument is reduced by Cody–Waite and the result is a
 * polynomial. WGSL's built-in `sin`/`cos` are only good to ~2e-4 on some drivers (SwiftShader: 1.8e-4
 * even for |x| < π), which puts RoPE's cos/sin tables outside the conformance tolerance.
 */
export class ReducedTrigProgram extends FlatProgram {
  private readonly fn: 'sin' | 'cos';

  constructor(fn: 'sin' | 'cos', shape: number[]) {
    super({
      shaderKey: `stagecoachReduced_${fn}`, variableNames: ['x'], outputShape: shape,
      uniforms: 'count : i32,', workgroups: Math.ceil(sizeOf(shape) / 64),
    });
    this.fn = fn;
  }

  getUserCode(): string {
    // Quadrant j = round(x / (π/2)); r = x - j·π/2 with π/2 split in three (Cody–Waite, Cephes'
    // constants), then Cephes' sinf/cosf polynomials on |r| <= π/4: about 1e-7 absolute.
    const quadrant = this.fn === 'sin' ? 'j' : 'j + 1';
    return `
  fn sinPoly(r : f32) -> f32 {
    let z = r * r;
    return r + r * z * (-1.6666654611e-1 + z * (8.3321608736e-3 + z * -1.9515295891e-4));
  }
  fn cosPoly(r : f32) -> f32 {
    let z = r * r;
    return 1.0 - 0.5 * z + z * z * (4.166664568298827e-2 + z * (-1.388731625493765e-3 + z * 2.443315711809948e-5));
  }
  fn main(index : i32) {
    let e = ${ELEMENT_INDEX};
    if (e < uniforms.count) {
      let a = x[e];
      let jf = round(a * 0.6366197723675814);
      let r = ((a - jf * 1.5703125) - jf * 4.837512969970703125e-4) - jf * 7.54978995489188216e-8;
      let j = i32(jf);
      let q = (${quadrant}) & 3;
      var value = 0.0;
      if (q == 0) { value = sinPoly(r); } else if (q == 1) { value = cosPoly(r); }
      else if (q == 2) { value = -sinPoly(r); } else { value = -cosPoly(r); }
      result[e] = value;
    }
  }`;
  }
}

function trigKernel(fn: 'sin' | 'cos', kernelName: string): KernelImpl {
  return {
    kernelName,
    kernelFunc: ({ inputs, backend }: Parameters<tf.KernelFunc>[0]) => {
      const gpu = webgpuBackendOf(backend, kernelName);
      const { x } = tensorInputs(inputs, ['x'], kernelName);
      const count = sizeOf(x.shape);
      return gpu.runWebGPUProgram(new ReducedTrigProgram(fn, x.shape), [x], 'float32', [i32(count)]);
    },
  };
}

/** tfjs's `Sin` and `Cos` kernels on webgpu, replaced by range-reduced ones (used by RoPE's tables). */
export const trigKernels: KernelImpl[] = [trigKernel('sin', 'Sin'), trigKernel('cos', 'Cos')];
