import { cpu, ROPE_KERNEL, tf } from '@stagecoach/core';
import type { Backend, KernelImpl } from '@stagecoach/core';
import { nativeFusedKernels } from './fused-kernels.js';
import { loadNativeAddon } from './native-addon.js';
import type { NativeInfo } from './native-addon.js';
import { nativeTfjsKernels } from './native-kernels.js';

/** The tfjs backend the native kernels run on: a second tfjs-backend-cpu instance, so `cpu` stays the pure reference. */
export const NATIVE_TFJS_BACKEND = 'node-native';

/** Options of {@link nativeCpu}. */
export interface NativeCpuOptions {
  /**
   * Matmul through the BLAS found at run time (OpenBLAS/Accelerate): `true` uses it when found, `false`
   * forces the builtin blocked sgemm, `'auto'` (default) takes the builtin AVX-512 kernel on AVX-512
   * CPUs (faster than OpenBLAS 0.3.x's AVX2 kernels there) and the BLAS elsewhere.
   */
  blas?: boolean | 'auto';
}

/** A backend with a description of what it runs on. */
export interface DescribedBackend extends Backend {
  /** What this backend runs on here (library, BLAS, threads), after `isAvailable()`. */
  describe(): string;
}

/**
 * Native CPU kernels (N-API + BLAS, multi-threaded) on top of tfjs-backend-cpu. The kernels the
 * addon implements (matmul, element-wise, reductions, softmax, transpose, gather, segment sum and
 * core's fused attention / cross-entropy / norms) replace tfjs's; everything else runs tfjs's
 * JavaScript kernels. Registered as its own tfjs backend (`node-native`), so the plain `cpu`
 * backend stays the reference that conformance tests compare against.
 */
export function nativeCpu(options: NativeCpuOptions = {}): DescribedBackend {
  let reason: string | undefined;
  let native: NativeInfo | undefined;
  let kernels: KernelImpl[] | undefined;
  const load = () => {
    const loaded = loadNativeAddon();
    if (!loaded.ok) {
      reason = loaded.reason;
      return undefined;
    }
    const blas = options.blas ?? 'auto';
    loaded.addon.setBlas(blas === 'auto' ? 2 : blas ? 1 : 0);
    native = loaded.addon.info();
    return loaded.addon;
  };
  return {
    name: 'node-native',
    tfjsBackendName: NATIVE_TFJS_BACKEND,
    async isAvailable() {
      return load() !== undefined;
    },
    unavailableReason: () => reason,
    async init() {
      const addon = load();
      if (addon === undefined) throw new Error(reason);
      kernels = [...nativeTfjsKernels(addon), ...nativeFusedKernels(addon), ...jsRopeKernels()];
      await registerNativeTfjsBackend();
    },
    get kernels() {
      return kernels ?? [];
    },
    describe() {
      if (native === undefined) return `native CPU kernels unavailable: ${reason ?? 'not probed yet'}`;
      return `native CPU kernels (${native.threads} threads, ${native.simd}, matmul: ${native.gemm}; BLAS found: ${native.blas})`;
    },
  };
}

/**
 * Core's fused JavaScript RoPE kernels (the addon has none): without them RoPE runs its tf-op
 * reference, whose split/concat on the last axis take tfjs-cpu's slow strided slice (measured ~3× slower
 * Llama training).
 */
function jsRopeKernels(): KernelImpl[] {
  return cpu().kernels.filter((kernel) => kernel.kernelName === ROPE_KERNEL || kernel.kernelName === `${ROPE_KERNEL}Grad`);
}

/** Registers `node-native` as a copy of tfjs-backend-cpu (its factory and every kernel) and selects it. */
async function registerNativeTfjsBackend(): Promise<void> {
  if (tf.findBackendFactory('cpu') === null) await cpu().init();
  const cpuFactory = tf.findBackendFactory('cpu');
  if (cpuFactory === null) throw new Error('tfjs-backend-cpu is not registered; the native kernels build on it');
  if (tf.findBackendFactory(NATIVE_TFJS_BACKEND) === null) {
    tf.registerBackend(NATIVE_TFJS_BACKEND, () => {
      const backend = cpuFactory();
      // tfjs-backend-cpu prints a "use tfjs-node" notice on first use; libraries never print.
      if (backend instanceof Object && 'firstUse' in backend) Object.assign(backend, { firstUse: false });
      return backend;
    }, 0);
  }
  for (const kernel of tf.getKernelsForBackend('cpu')) {
    if (tf.getKernel(kernel.kernelName, NATIVE_TFJS_BACKEND) === undefined) {
      tf.registerKernel({ ...kernel, backendName: NATIVE_TFJS_BACKEND });
    }
  }
  const ok = await tf.setBackend(NATIVE_TFJS_BACKEND);
  if (!ok) throw new Error(`tf.setBackend('${NATIVE_TFJS_BACKEND}') failed`);
}
