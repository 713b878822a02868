import { tf } from '@stagecoach/core';
import type { CudaKernelBackend } from './cuda-backend-class.js';

type KernelParams = Parameters<tf.KernelFunc>[0];
type KernelResult = tf.TensorInfo | tf.TensorInfo[];

/** tfjs-backend-cpu as a fallback uses it: a KernelBackend that also makes tensors from values. */
type HostBackend = tf.KernelBackend & {
  makeTensorInfo(shape: number[], dtype: tf.DataType, values?: tf.BackendValues): tf.TensorInfo;
};

function isHostBackend(backend: tf.KernelBackend | null): backend is HostBackend {
  return backend !== null && typeof (backend as Partial<HostBackend>).makeTensorInfo === 'function';
}

/**
 * Counts of kernels that ran through the host (download inputs, run tfjs-backend-cpu's kernel,
 * upload outputs): each one is a GPU→CPU synchronisation, so a training step should have none.
 */
export class FallbackCounter {
  private readonly counts = new Map<string, number>();

  add(kernelName: string): void {
    this.counts.set(kernelName, (this.counts.get(kernelName) ?? 0) + 1);
  }

  /** Kernel name → host runs since the last reset, most frequent first. */
  snapshot(): Record<string, number> {
    return Object.fromEntries([...this.counts.entries()].sort((a, b) => b[1] - a[1]));
  }

  total(): number {
    let n = 0;
    for (const count of this.counts.values()) n += count;
    return n;
  }

  reset(): void {
    this.counts.clear();
  }
}

/**
 * Runs `kernelName` on the host: inputs are downloaded into tfjs-backend-cpu tensors, its kernel of the
 * same name runs, and the outputs are uploaded. Counted in `counter`.
 */
export function runOnHost(kernelName: string, params: KernelParams, counter: FallbackCounter): KernelResult {
  const config = tf.getKernel(kernelName, 'cpu');
  if (config === undefined) {
    throw new Error(`cuda: kernel ${kernelName} has no CUDA implementation for these inputs and tfjs-backend-cpu has none to fall back on`);
  }
  counter.add(kernelName);
  const cuda = params.backend as CudaKernelBackend;
  const host = tf.engine().findBackend('cpu');
  if (!isHostBackend(host)) throw new Error(`cuda: ${kernelName} needs the cpu backend to fall back on, and it is not registered`);
  const temporaries: tf.DataId[] = [];
  try {
    const inputs: Record<string, tf.TensorInfo> = {};
    for (const [name, info] of Object.entries(params.inputs)) {
      if (info === undefined) continue;
      const hostInfo = host.makeTensorInfo(info.shape, info.dtype, cuda.readSync(info.dataId));
      temporaries.push(hostInfo.dataId);
      inputs[name] = hostInfo;
    }
    const result = config.kernelFunc({ inputs, attrs: params.attrs, backend: host });
    const outputs = Array.isArray(result) ? result : [result];
    for (const out of outputs) temporaries.push(out.dataId);
    const uploaded = outputs.map((out) => cuda.makeTensorInfo(out.shape, out.dtype, host.readSync(out.dataId)));
    return Array.isArray(result) ? uploaded : (uploaded[0] as tf.TensorInfo);
  } finally {
    for (const dataId of new Set(temporaries)) host.disposeData(dataId, true);
  }
}
