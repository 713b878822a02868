import { tf } from '../tf.js';
import { BackendError } from '../errors.js';
import { getCustomOp, hasKernel, listCustomOps, registerCustomOpGradient } from '../ops/define-op.js';
import type { Backend, KernelImpl } from './backend.js';

/** What `useBackend` selected. */
export interface BackendInfo {
  /** Stagecoach backend name (`cpu`, `wasm`, ...), or the tfjs name when selected outside `useBackend`. */
  name: string;
  /** The active tfjs backend. */
  tfjsBackendName: string;
  /** Core custom ops that run a fused kernel on this backend (kernel names). */
  fusedOps: string[];
  /** Every kernel the Stagecoach backend registered (custom ops and replaced/added tfjs kernels). */
  kernels: string[];
}

let active: { backend: Backend; tfjsBackendName: string } | undefined;

/**
 * Selects a backend: checks `isAvailable()`, runs `init()`, registers its `kernels` on its tfjs backend
 * (replacing earlier registrations of the same name), registers the gradients of the core custom ops
 * it fuses, then `tf.setBackend` and `tf.ready()`.
 *
 * @throws BackendError when the backend is unavailable or fails to start; the message says why.
 */
export async function useBackend(backend: Backend): Promise<BackendInfo> {
  let available = false;
  try {
    available = await backend.isAvailable();
  } catch (cause) {
    throw new BackendError(`Backend '${backend.name}': isAvailable() threw: ${messageOf(cause)}`, { cause });
  }
  if (!available) {
    const reason = backend.unavailableReason?.() ?? 'the backend gave no reason';
    throw new BackendError(
      `Backend '${backend.name}' is not available here: ${reason}. Use another backend (for example \`cpu()\`, ` +
        'which runs everywhere) or fix the cause above.',
    );
  }
  try {
    await backend.init();
  } catch (cause) {
    throw new BackendError(`Backend '${backend.name}' failed to initialise: ${messageOf(cause)}`, { cause });
  }
  const tfjsName = backend.tfjsBackendName;
  for (const kernel of backend.kernels) registerBackendKernel(kernel, tfjsName);
  let selected = false;
  try {
    selected = await tf.setBackend(tfjsName);
    await tf.ready();
  } catch (cause) {
    throw new BackendError(`Backend '${backend.name}': tfjs backend '${tfjsName}' failed to start: ${messageOf(cause)}`, {
      cause,
    });
  }
  if (!selected || tf.getBackend() !== tfjsName) {
    throw new BackendError(
      `Backend '${backend.name}': tfjs could not select backend '${tfjsName}' (registered: ` +
        `${Object.keys(tf.engine().registryFactory).join(', ') || 'none'}). Its init() must register it.`,
    );
  }
  active = { backend, tfjsBackendName: tfjsName };
  return backendInfo();
}

function registerBackendKernel(kernel: KernelImpl, tfjsName: string): void {
  if (tf.getKernel(kernel.kernelName, tfjsName) !== undefined) tf.unregisterKernel(kernel.kernelName, tfjsName);
  tf.registerKernel({ ...kernel, backendName: tfjsName });
  // tfjs runs setupFunc when it initialises a backend; one already running needs it now.
  const running = tf.engine().registry[tfjsName];
  if (kernel.setupFunc !== undefined && running !== undefined) kernel.setupFunc(running);
  const op = getCustomOp(kernel.kernelName);
  if (op !== undefined) registerCustomOpGradient(op);
}

/** The active backend, and which core custom ops run fused kernels on it. */
export function backendInfo(): BackendInfo {
  const tfjsBackendName = tf.getBackend();
  const ours = active !== undefined && active.tfjsBackendName === tfjsBackendName ? active.backend : undefined;
  return {
    name: ours?.name ?? tfjsBackendName,
    tfjsBackendName,
    fusedOps: listCustomOps().map((op) => op.kernelName).filter((name) => hasKernel(name, tfjsBackendName)),
    kernels: ours?.kernels.map((k) => k.kernelName) ?? [],
  };
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
