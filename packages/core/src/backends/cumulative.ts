import type { tf } from '../tf.js';
import type { KernelImpl } from './backend.js';
import { markReplacement, runOriginal } from './kernel-delegates.js';

/** The kernels {@link cumulativeKernels} wraps (capture them before registering the wrappers). */
export const CUMULATIVE_KERNELS = ['Cumsum', 'Cumprod'] as const;

/**
 * `Cumsum` / `Cumprod` that accept a negative `axis`. tfjs 4.22's op passes it to the kernel
 * unnormalised: the cpu kernel returns an empty tensor and the wasm one reads out of bounds. These
 * resolve the axis, then run the backend's own kernel.
 */
export function cumulativeKernels(backendName: string): KernelImpl[] {
  return CUMULATIVE_KERNELS.map((kernelName) => ({
    kernelName,
    kernelFunc: markReplacement(({ inputs, attrs, backend }) => {
      const { x } = inputs as { x: tf.TensorInfo };
      const axis = (attrs as { axis: number }).axis;
      const resolved = axis < 0 ? axis + x.shape.length : axis;
      return runOriginal(backendName, kernelName, backend, inputs, { ...attrs, axis: resolved });
    }),
  }));
}
