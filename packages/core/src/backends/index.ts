export { useBackend, backendInfo } from './use-backend.js';
export type { BackendInfo } from './use-backend.js';
export { cpu } from './cpu.js';
export type { CpuOptions } from './cpu.js';
export { wasm } from './wasm.js';
export type { WasmOptions } from './wasm.js';
export { cpuMemory, jsFusedKernelImpls, jsFusedKernels, wasmMemory } from './js-kernels/index.js';
export type { JsKernel, KernelMemory, MemoryAdapter, OutputSpec } from './js-kernels/index.js';
