export { node } from './node-backend.js';
export type { BackendCandidate, NodeBackend, NodeBackendOptions } from './node-backend.js';
export { NATIVE_TFJS_BACKEND, nativeCpu } from './native-backend.js';
export type { DescribedBackend, NativeCpuOptions } from './native-backend.js';
export { loadNativeAddon } from './native-addon.js';
export type { NativeAddon, NativeAddonLoad, NativeInfo } from './native-addon.js';
export { NATIVE_TFJS_KERNELS } from './native-kernels.js';
export { ADAMW_KERNEL, GELU_KERNEL, NATIVE_FUSED_KERNELS, SILU_KERNEL } from './fused-kernels.js';
