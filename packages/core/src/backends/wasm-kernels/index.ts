import type { KernelImpl } from '../backend.js';
import { wasmBatchMatMul } from './batch-mat-mul.js';
import { CUMULATIVE_KERNELS, cumulativeKernels } from '../cumulative.js';
import { captureKernels, restoreKernel } from '../kernel-delegates.js';
import { oneHot } from './one-hot.js';
import { unsortedSegmentSum } from './unsorted-segment-sum.js';

/** tfjs-backend-wasm kernels that Stagecoach's replacements call. */
const DELEGATED = ['BatchMatMul', 'Transpose', ...CUMULATIVE_KERNELS];

/**
 * Kernels `wasm()` adds to tfjs-backend-wasm so that training (forward + backward) runs correctly
 * and fast: `UnsortedSegmentSum` (missing: the embedding gradient), `OneHot` (float32 output broken),
 * `Cumsum`/`Cumprod` (negative axis crashes), `BatchMatMul` (transposed and batched products on the
 * fast 2-D path; opt out with `fastMatMul: false`).
 */
export function wasmTrainingKernels(options: { fastMatMul: boolean }): KernelImpl[] {
  const kernels = [unsortedSegmentSum, oneHot, ...cumulativeKernels('wasm')];
  return options.fastMatMul ? [...kernels, wasmBatchMatMul] : kernels;
}

/**
 * Remembers the original kernels the replacements delegate to (call once the wasm backend is
 * registered, before `useBackend` registers the replacements) and, without `fastMatMul`, puts
 * tfjs-backend-wasm's own `BatchMatMul` back.
 */
export function prepareWasmKernels(options: { fastMatMul: boolean }): void {
  captureKernels('wasm', DELEGATED);
  if (!options.fastMatMul) restoreKernel('wasm', 'BatchMatMul');
}
