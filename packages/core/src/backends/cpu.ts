import { tf } from '../tf.js';
import type { Backend } from './backend.js';
import { cpuUnsortedSegmentSum } from './cpu-kernels/unsorted-segment-sum.js';
import { CUMULATIVE_KERNELS, cumulativeKernels } from './cumulative.js';
import { captureKernels } from './kernel-delegates.js';
import { cpuMemory, jsFusedKernelImpls, unregisterJsFusedKernels } from './js-kernels/index.js';

/** Options of {@link cpu}. */
export interface CpuOptions {
  /**
   * Run core's custom ops (attention, cross-entropy, RMSNorm, LayerNorm, RoPE, GELU, SiLU, and their
   * gradients) and the AdamW update as fused JavaScript kernels instead of chains of tfjs ops: same
   * results (the conformance suite checks them), several times faster. Default `true`; `false` runs the pure tf-op reference.
   */
  fusedKernels?: boolean;
}

/**
 * The reference backend: `@tensorflow/tfjs-backend-cpu` (plain JavaScript, runs everywhere). Every
 * other backend is tested against it. By default core's custom ops and AdamW run as fused JavaScript
 * kernels (`fusedKernels: false` for the pure tf-op reference). It also replaces three tfjs kernels:
 * `UnsortedSegmentSum` (the embedding gradient; tfjs's is O(vocabulary · size)) and `Cumsum`/`Cumprod`
 * (tfjs 4.22 returns an empty tensor for a negative axis).
 */
export function cpu(options: CpuOptions = {}): Backend {
  const fusedKernels = options.fusedKernels ?? true;
  return {
    name: 'cpu',
    tfjsBackendName: 'cpu',
    isAvailable: async () => true,
    async init() {
      // The union package registers the cpu backend; make sure it is there (a custom bundle may not).
      if (tf.findBackendFactory('cpu') === null) {
        const { MathBackendCPU } = await import('@tensorflow/tfjs-backend-cpu');
        tf.registerBackend('cpu', () => new MathBackendCPU(), 1);
      }
      await tf.setBackend('cpu');
      silenceCpuNodeNotice();
      captureKernels('cpu', CUMULATIVE_KERNELS);
      if (!fusedKernels) unregisterJsFusedKernels('cpu');
    },
    kernels: [
      cpuUnsortedSegmentSum,
      ...cumulativeKernels('cpu'),
      ...(fusedKernels ? jsFusedKernelImpls(cpuMemory) : []),
    ],
  };
}

/**
 * The tfjs cpu backend logs a "use tfjs-node" notice on its first use in Node; libraries never print.
 * Call after the cpu backend was initialised (`tf.setBackend('cpu')`).
 */
export function silenceCpuNodeNotice(): void {
  const backend = tf.findBackend('cpu');
  if (backend !== null && 'firstUse' in backend) (backend as { firstUse: boolean }).firstUse = false;
}
