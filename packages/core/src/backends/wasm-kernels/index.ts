import type { KernelImpl } from '../backend.js';
import { wasmBatchMatMul } from './batch-mat-mul.js';
import { unsortedSegmentSum } from './unsorted-segment-sum.js';

export { captureWasmMatMulKernels, restoreWasmMatMul } from './batch-mat-mul.js';

/** Kernels `wasm()` adds to tfjs-backend-wasm so that training (forward + backward) runs, and runs fast. */
export function wasmTrainingKernels(options: { fastMatMul: boolean }): KernelImpl[] {
  return options.fastMatMul ? [unsortedSegmentSum, wasmBatchMatMul] : [unsortedSegmentSum];
}
