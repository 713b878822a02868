export { webgpu } from './webgpu-backend.js';
export type { WebGPUOptions, WebGPUStagecoachBackend } from './webgpu-backend.js';
export type { WebGPUAdapterReport, WebGPURuntime, GpuSetupOptions } from './gpu-setup.js';
export { webgpuFusedKernels, webgpuKernelFixes } from './kernels/index.js';
