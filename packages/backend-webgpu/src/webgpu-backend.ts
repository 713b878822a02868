import { tf } from '@stagecoach/core';
import type { Backend } from '@stagecoach/core';
import { adapterInfo, describeAdapter, deviceDescriptor, requestAdapter } from './gpu-setup.js';
import type { GpuSetupOptions, WebGPUAdapterReport, WebGPURuntime } from './gpu-setup.js';
import { webgpuFusedKernels, webgpuKernelFixes } from './kernels/index.js';
import { loadTfjsWebGPU } from './tfjs-internals.js';

/** Options of {@link webgpu}. */
export interface WebGPUOptions extends GpuSetupOptions {
  /**
   * Run core's causal attention, cross-entropy, RMSNorm, LayerNorm, RoPE, LoRA linear, GELU, SiLU (with
   * their gradients), the AdamW update and GAE as fused WGSL kernels. Default `true`; `false` runs
   * core's reference implementations on tfjs-backend-webgpu's own kernels.
   */
  fusedKernels?: boolean;
  /**
   * tfjs-backend-webgpu's `WEBGPU_CPU_FORWARD` flag: run ops whose inputs are small and still on the
   * CPU in JavaScript instead of on the GPU. Default: tfjs's default (`true`). Tests set `false` so
   * that every op is exercised on the GPU.
   */
  cpuForward?: boolean;
}

/** The `webgpu()` backend: a Stagecoach {@link Backend} that can also describe its adapter. */
export interface WebGPUStagecoachBackend extends Backend {
  /**
   * The adapter's name, features and limits (requests an adapter if none was yet; throws with the
   * reason when there is none). For `stagecoach doctor`.
   */
  adapterInfo(): Promise<WebGPUAdapterReport>;
}

/**
 * `@tensorflow/tfjs-backend-webgpu` with fused WGSL kernels for the hot paths. In a browser it uses
 * `navigator.gpu`; in Node it uses Dawn through the npm `webgpu` package (install it; on a machine
 * without a GPU, a Vulkan software driver such as SwiftShader works). Nothing happens until
 * `await useBackend(webgpu())`.
 */
export function webgpu(options: WebGPUOptions = {}): WebGPUStagecoachBackend {
  const fusedKernels = options.fusedKernels ?? true;
  let reason: string | undefined;
  let found: { adapter: GPUAdapter; runtime: WebGPURuntime } | undefined;

  async function adapter(): Promise<{ adapter: GPUAdapter; runtime: WebGPURuntime }> {
    found ??= await requestAdapter(options);
    return found;
  }

  return {
    name: 'webgpu',
    tfjsBackendName: 'webgpu',
    async isAvailable() {
      if (tf.findBackend('webgpu') !== null) return true;
      try {
        await adapter();
        return true;
      } catch (error) {
        reason = error instanceof Error ? error.message : String(error);
        return false;
      }
    },
    unavailableReason: () => reason,
    async init() {
      if (tf.findBackend('webgpu') === null) {
        const { adapter: gpuAdapter } = await adapter();
        const { WebGPUBackend } = await loadTfjsWebGPU();
        // tfjs-backend-webgpu registers a factory of its own on import; ours reuses the adapter found
        // above (so a missing adapter is reported by isAvailable, not as a null dereference).
        if (tf.findBackendFactory('webgpu') !== null) tf.removeBackend('webgpu');
        tf.registerBackend('webgpu', async () => {
          const device = await gpuAdapter.requestDevice(deviceDescriptor(gpuAdapter));
          return new WebGPUBackend(device, adapterInfo(gpuAdapter));
        }, 3);
      }
      // The flag exists once tfjs-backend-webgpu is loaded.
      if (options.cpuForward !== undefined) tf.env().set('WEBGPU_CPU_FORWARD', options.cpuForward);
      const ok = await tf.setBackend('webgpu');
      if (!ok) throw new Error('tf.setBackend("webgpu") returned false: the WebGPU device could not be created');
    },
    kernels: [...webgpuKernelFixes(), ...(fusedKernels ? webgpuFusedKernels() : [])],
    async adapterInfo() {
      const { adapter: gpuAdapter, runtime } = await adapter();
      return describeAdapter(gpuAdapter, runtime);
    },
  };
}
