import { cpu } from '../../src/backends/index.js';
import type { Backend } from '../../src/backends/backend.js';

/** The two ways core's ops run on cpu: the tf-op reference, and the fused JavaScript kernels. */
export const cpuVariants: Array<[string, () => Backend]> = [
  ['tf-op reference', () => cpu({ fusedKernels: false })],
  ['fused JS kernels', () => cpu()],
];
