import { cpu, tf } from '@stagecoach/core';
import type { KernelImpl } from '@stagecoach/core';
import { cublasCandidates, cudaVersionString, explainNoGpu, loadCudaAddon } from './cuda-addon.js';
import type { CudaAddon, CudaInitInfo } from './cuda-addon.js';
import { CudaKernelBackend } from './cuda-backend-class.js';
import { FallbackCounter } from './cuda-fallback.js';
import { cudaFusedKernels } from './cuda-fused-kernels.js';
import { cudaKernel, cudaTfjsKernels } from './cuda-kernels.js';
import type { DescribedBackend } from './native-backend.js';

/** The tfjs backend name the CUDA kernels are registered on. */
export const CUDA_TFJS_BACKEND = 'cuda';

/** Options of {@link cuda}. */
export interface CudaOptions {
  /**
   * Matmul precision: `fp32` (default: cuBLAS SGEMM, exact float32), `tf32` or `bf16` (tensor cores;
   * float32 in and out, inputs rounded inside the product; faster, less precise).
   */
  matmul?: 'fp32' | 'tf32' | 'bf16';
}

/** What `cuda()` found: the GPU and libraries, for `stagecoach doctor`. */
export interface CudaReport {
  available: boolean;
  /** Why cuda is unavailable, with how to fix it. */
  reason?: string;
  gpu?: { name: string; computeCapability: string; multiprocessors: number; memoryMiB: number };
  /** e.g. `13.0` (0.0: no driver). */
  driverCuda: string;
  runtimeCuda: string;
  cublas?: { path?: string; version?: number; reason?: string };
  addonPath?: string;
}

/** The `cuda()` backend: a described backend plus the host-fallback counter and the GPU report. */
export interface CudaBackend extends DescribedBackend {
  /** Why cuda is unavailable here, with how to fix it (undefined when available). */
  unavailableReason(): string | undefined;
  report(): CudaReport;
  /** Kernel name → runs through the host since init or the last reset (should be empty in a training step). */
  fallbacks(): Record<string, number>;
  resetFallbacks(): void;
}

const PRECISION = { fp32: 0, tf32: 1, bf16: 2 } as const;
const counter = new FallbackCounter();

/** Probes the addon and GPU once per process (cuBLAS is opened on the first successful probe). */
let probed: { addon?: CudaAddon; info?: CudaInitInfo; report: CudaReport } | undefined;

function probe(): NonNullable<typeof probed> {
  if (probed !== undefined) return probed;
  const loaded = loadCudaAddon();
  if (!loaded.ok) {
    probed = { report: { available: false, reason: loaded.reason, driverCuda: 'unknown', runtimeCuda: 'unknown' } };
    return probed;
  }
  const info = loaded.addon.init(cublasCandidates());
  const report: CudaReport = {
    available: false, driverCuda: cudaVersionString(info.driverVersion), runtimeCuda: cudaVersionString(info.runtimeVersion), addonPath: loaded.path,
  };
  if (!info.ok) {
    report.reason = explainNoGpu(info);
  } else {
    report.gpu = {
      name: info.name ?? 'unknown', computeCapability: info.computeCapability ?? '?', multiprocessors: info.multiprocessors ?? 0,
      memoryMiB: Math.round((info.totalMemory ?? 0) / 2 ** 20),
    };
    report.cublas = info.cublas?.ok === true ? { path: info.cublas.path, version: info.cublas.version } : { reason: info.cublas?.reason };
    report.available = info.cublas?.ok === true;
    if (!report.available) {
      report.reason = `cuBLAS was not found (${info.cublas?.reason ?? 'not searched'}); install it (pip install nvidia-cublas, or the CUDA toolkit) or point STAGECOACH_CUBLAS at libcublas.so.13`;
    }
  }
  probed = { addon: loaded.addon, info, report };
  return probed;
}

/**
 * Stagecoach's CUDA backend: tensors in GPU memory, matmuls through cuBLAS, element-wise, layout,
 * reduction and core's fused kernels (flash attention, cross-entropy, norms, GELU/SiLU, AdamW, RoPE,
 * GAE) as CUDA kernels from the addon `scripts/build-cuda.js` builds. Kernels it does not have run
 * through the host (counted in `fallbacks()`). Unavailable, with a reason, without nvcc at install,
 * without a GPU or driver, or without cuBLAS.
 */
export function cuda(options: CudaOptions = {}): CudaBackend {
  let kernels: KernelImpl[] | undefined;
  return {
    name: 'cuda',
    tfjsBackendName: CUDA_TFJS_BACKEND,
    async isAvailable() {
      return probe().report.available;
    },
    unavailableReason: () => probe().report.reason,
    async init() {
      const { addon, report } = probe();
      if (addon === undefined || !report.available) throw new Error(`cuda is unavailable: ${report.reason}`);
      addon.setPrecision(PRECISION[options.matmul ?? 'fp32']);
      await registerCudaTfjsBackend(addon);
      kernels = [...cudaTfjsKernels(counter), ...cudaFusedKernels(counter)];
    },
    get kernels() {
      return kernels ?? [];
    },
    describe() {
      const { report } = probe();
      if (!report.available) return `cuda unavailable: ${report.reason}`;
      return `cuda: ${report.gpu?.name} (${report.gpu?.memoryMiB} MiB, sm_${report.gpu?.computeCapability.replace('.', '')}), driver CUDA ${report.driverCuda}, cuBLAS ${report.cublas?.path}, matmul ${options.matmul ?? 'fp32'}`;
    },
    report: () => probe().report,
    fallbacks: () => counter.snapshot(),
    resetFallbacks: () => counter.reset(),
  };
}

/**
 * Registers the `cuda` tfjs backend (once) and selects it. Every tfjs-backend-cpu kernel is registered
 * on it as a host fallback first; `useBackend` then registers the CUDA kernels over them. Core's
 * fused JavaScript kernels are put on `cpu` too, so a fused op the GPU kernels do not take falls back
 * to them rather than failing.
 */
async function registerCudaTfjsBackend(addon: CudaAddon): Promise<void> {
  if (tf.findBackendFactory('cpu') === null) await cpu().init();
  for (const kernel of cpu().kernels) {
    if (tf.getKernel(kernel.kernelName, 'cpu') === undefined) tf.registerKernel({ ...kernel, backendName: 'cpu' });
  }
  if (tf.findBackendFactory(CUDA_TFJS_BACKEND) === null) {
    tf.registerBackend(CUDA_TFJS_BACKEND, () => new CudaKernelBackend(addon), 0);
  }
  for (const kernel of tf.getKernelsForBackend('cpu')) {
    if (tf.getKernel(kernel.kernelName, CUDA_TFJS_BACKEND) === undefined) {
      tf.registerKernel({ ...cudaKernel(kernel.kernelName, () => undefined, counter), backendName: CUDA_TFJS_BACKEND });
    }
  }
  const ok = await tf.setBackend(CUDA_TFJS_BACKEND);
  if (!ok) throw new Error(`tf.setBackend('${CUDA_TFJS_BACKEND}') failed`);
}
