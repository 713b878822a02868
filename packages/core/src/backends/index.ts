export { useBackend, backendInfo } from './use-backend.js';
export type { BackendInfo } from './use-backend.js';
export { cpu } from './cpu.js';
export type { CpuOptions } from './cpu.js';
export { wasm } from './wasm.js';
export type { WasmOptions } from './wasm.js';
