import { tf } from '../tf.js';

/**
 * A backend's own tfjs kernels that Stagecoach's replacements call into, keyed by
 * `backendName/kernelName`. Captured by a backend's `init()` before `useBackend` registers the
 * replacements; replacements are marked, so a second `useBackend` keeps the originals.
 */
const originals = new Map<string, tf.KernelConfig>();
const REPLACEMENT = Symbol('stagecoach-kernel-replacement');

/** Marks a kernel function as a Stagecoach replacement of a tfjs kernel. */
export function markReplacement<F extends tf.KernelFunc>(kernelFunc: F): F {
  Object.defineProperty(kernelFunc, REPLACEMENT, { value: true });
  return kernelFunc;
}

/** Remembers `backendName`'s kernels of these names (call after the tfjs backend is registered). */
export function captureKernels(backendName: string, names: readonly string[]): void {
  for (const name of names) {
    const config = tf.getKernel(name, backendName);
    if (config === undefined) throw new Error(`tfjs backend '${backendName}' registered no '${name}' kernel`);
    if (!(REPLACEMENT in config.kernelFunc)) originals.set(`${backendName}/${name}`, config);
  }
}

/** `backendName`'s own kernel `name`, captured by `captureKernels`. */
export function originalKernel(backendName: string, name: string): tf.KernelConfig {
  const config = originals.get(`${backendName}/${name}`);
  if (config === undefined) throw new Error(`${name} (stagecoach ${backendName}): init() did not capture the original kernel`);
  return config;
}

/** Puts the backend's own kernel back where a replacement is registered. */
export function restoreKernel(backendName: string, name: string): void {
  const current = tf.getKernel(name, backendName);
  const original = originals.get(`${backendName}/${name}`);
  if (current === undefined || original === undefined || !(REPLACEMENT in current.kernelFunc)) return;
  tf.unregisterKernel(name, backendName);
  tf.registerKernel(original);
}

/** Runs a captured original kernel. */
export function runOriginal(
  backendName: string,
  name: string,
  backend: Parameters<tf.KernelFunc>[0]['backend'],
  inputs: tf.NamedTensorInfoMap,
  attrs: tf.NamedAttrMap,
): tf.TensorInfo {
  return originalKernel(backendName, name).kernelFunc({ inputs, attrs, backend }) as tf.TensorInfo;
}
