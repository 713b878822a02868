/**
 * The one place this package touches `@tensorflow/tfjs-backend-webgpu`.
 *
 * Importing that package has side effects: it registers the `webgpu` backend (when `navigator.gpu`
 * exists at that moment) and every one of its kernels. So it is only imported at run time, from
 * `webgpu().init()`, after `navigator.gpu` is set up; everything else here is types.
 */
import type { WebGPUBackend as TfjsWebGPUBackend, WebGPUProgram as TfjsWebGPUProgram } from '@tensorflow/tfjs-backend-webgpu';

export type WebGPUBackend = TfjsWebGPUBackend;
export type WebGPUProgram = TfjsWebGPUProgram;

/** A uniform value `runWebGPUProgram` appends after the shapes (`uniforms` in the program, in order). */
export interface ProgramUniform {
  type: 'float32' | 'int32' | 'uint32';
  data: number[];
}

/** Loads tfjs-backend-webgpu (registering its kernels for `webgpu`) and returns its backend class. */
export async function loadTfjsWebGPU(): Promise<{ WebGPUBackend: typeof TfjsWebGPUBackend }> {
  const module = await import('@tensorflow/tfjs-backend-webgpu');
  return { WebGPUBackend: module.WebGPUBackend };
}

/** Narrows a kernel's `backend` argument to the tfjs WebGPU backend. */
export function isWebGPUBackend(backend: object): backend is TfjsWebGPUBackend {
  return 'runWebGPUProgram' in backend && typeof backend.runWebGPUProgram === 'function';
}
