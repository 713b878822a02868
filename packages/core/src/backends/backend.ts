import type { tf } from '../tf.js';

/** A fused kernel a backend brings for one of core's custom ops (or a tfjs kernel it replaces). */
export interface KernelImpl {
  /** Kernel name: a core op's `kernelName` (e.g. `StagecoachCausalAttention`) or a tfjs kernel (`BatchMatMul`). */
  kernelName: string;
  kernelFunc: tf.KernelFunc;
  setupFunc?: tf.KernelSetupFunc;
  disposeFunc?: tf.KernelDisposeFunc;
}

/**
 * A backend is a small object. `useBackend(backend)` checks `isAvailable()`, calls `init()` (which
 * registers and selects the tfjs backend `tfjsBackendName`), then registers `kernels` for it.
 * Nothing happens on import.
 */
export interface Backend {
  /** Stagecoach name shown to users, e.g. `cpu`, `wasm`, `webgpu`, `node-native`. */
  readonly name: string;
  /** The tfjs backend the kernels are registered on, e.g. `cpu`, `wasm`, `webgpu`, `tensorflow`. */
  readonly tfjsBackendName: string;
  /** Whether this backend can run here. Must not throw; explain a `false` in `unavailableReason`. */
  isAvailable(): Promise<boolean>;
  /** Why `isAvailable()` returned false, with how to fix it (set after `isAvailable()`). */
  unavailableReason?(): string | undefined;
  /** Registers (if needed) and selects the tfjs backend. */
  init(): Promise<void>;
  /** Fused kernels registered on `tfjsBackendName` by `useBackend`. */
  readonly kernels: readonly KernelImpl[];
}
