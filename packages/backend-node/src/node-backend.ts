import { tf, wasm } from '@stagecoach/core';
import type { Backend, KernelImpl } from '@stagecoach/core';
import { cuda } from './cuda-backend.js';
import { nativeCpu } from './native-backend.js';
import type { DescribedBackend } from './native-backend.js';

/** One candidate `node()` considered, and why it was or was not taken. */
export interface BackendCandidate {
  name: 'cuda' | 'tfjs-node-gpu' | 'tfjs-node' | 'node-native' | 'wasm';
  available: boolean;
  /** What it runs on when available, else why not and how to get it. */
  detail: string;
}

/** Options of {@link node}. */
export interface NodeBackendOptions {
  /** Consider Stagecoach's CUDA backend (`cuda()`) first. Default true (`STAGECOACH_CUDA=0` also turns it off). */
  cuda?: boolean;
  /** Consider `@tensorflow/tfjs-node(-gpu)` when installed. Default true. */
  tensorflow?: boolean;
  /** Consider the native kernels. Default true (`STAGECOACH_NATIVE=0` also turns them off). */
  native?: boolean;
  /** Matmul through the BLAS found at run time (see `NativeCpuOptions.blas`). Default `'auto'`. */
  blas?: boolean | 'auto';
}

/** The `node()` backend: the backend it picked, plus every candidate with its reason. */
export interface NodeBackend extends DescribedBackend {
  /** The candidates in preference order, after `isAvailable()`. */
  candidates(): BackendCandidate[];
}

const TFJS_NODE_PACKAGES = [
  { name: 'tfjs-node-gpu', pkg: '@tensorflow/tfjs-node-gpu', label: 'TensorFlow C library with CUDA' },
  { name: 'tfjs-node', pkg: '@tensorflow/tfjs-node', label: 'TensorFlow C library (CPU)' },
] as const;

/**
 * The fastest backend this Node process can use, in order: Stagecoach's `cuda()` (an NVIDIA GPU with
 * its driver and cuBLAS), `@tensorflow/tfjs-node-gpu` (CUDA),
 * `@tensorflow/tfjs-node`, Stagecoach's native CPU kernels, then tfjs's wasm backend. The tfjs-node
 * packages are optional peer dependencies: when they are not installed they are skipped.
 * `describe()` says which one was chosen and why the others were not.
 */
export function node(options: NodeBackendOptions = {}): NodeBackend {
  let chosen: Backend | undefined;
  let chosenDetail = '';
  let chosenName: BackendCandidate['name'] | undefined;
  let candidates: BackendCandidate[] = [];

  async function choose(): Promise<Backend> {
    if (chosen !== undefined) return chosen;
    candidates = [];
    if (options.cuda !== false) {
      const gpu = cuda();
      const gpuOk = await gpu.isAvailable();
      candidates.push({ name: 'cuda', available: gpuOk, detail: gpuOk ? gpu.describe() : gpu.unavailableReason() ?? 'unavailable' });
      if (gpuOk) {
        chosen = gpu;
        chosenName = 'cuda';
        chosenDetail = gpu.describe();
      }
    } else {
      candidates.push({ name: 'cuda', available: false, detail: 'disabled by the `cuda: false` option' });
    }
    if (options.tensorflow !== false) {
      for (const { name, pkg, label } of TFJS_NODE_PACKAGES) {
        const found = await tryTfjsNode(pkg);
        candidates.push({ name, available: found.ok, detail: found.ok ? label : found.reason });
        if (found.ok && chosen === undefined) {
          chosen = tensorflowBackend(name);
          chosenName = name;
          chosenDetail = `${name}: ${label}`;
        }
      }
    }
    const native = nativeCpu({ blas: options.blas ?? 'auto' });
    const nativeOk = options.native !== false && (await native.isAvailable());
    candidates.push({
      name: 'node-native',
      available: nativeOk,
      detail: options.native === false ? 'disabled by the `native: false` option' : native.describe(),
    });
    if (nativeOk && chosen === undefined) {
      chosen = native;
      chosenName = 'node-native';
      chosenDetail = native.describe();
    }
    const fallback = wasm();
    const wasmOk = await fallback.isAvailable();
    candidates.push({ name: 'wasm', available: wasmOk, detail: wasmOk ? 'tfjs-backend-wasm (one thread in Node)' : fallback.unavailableReason?.() ?? 'unavailable' });
    if (chosen === undefined) {
      chosen = fallback;
      chosenName = 'wasm';
      chosenDetail = 'wasm: tfjs-backend-wasm, single-threaded (the faster backends are unavailable)';
    }
    return chosen;
  }

  return {
    name: 'node',
    get tfjsBackendName() {
      return chosen?.tfjsBackendName ?? 'node-native';
    },
    async isAvailable() {
      return (await choose()).isAvailable();
    },
    unavailableReason: () => chosen?.unavailableReason?.(),
    async init() {
      await (await choose()).init();
    },
    get kernels(): readonly KernelImpl[] {
      return chosen?.kernels ?? [];
    },
    describe() {
      if (chosen === undefined) return 'node(): not chosen yet (call isAvailable() or useBackend(node()))';
      const others = candidates.filter((c) => c.name !== chosenName)
        .map((c) => `${c.name} (${c.available ? 'available' : c.detail.split(' (')[0]})`);
      return `chose ${chosenDetail}${others.length > 0 ? `; not chosen: ${others.join(', ')}` : ''}`;
    },
    candidates: () => [...candidates],
  };
}

/** A backend for an installed tfjs-node package (it registers the `tensorflow` tfjs backend on import). */
function tensorflowBackend(name: 'tfjs-node-gpu' | 'tfjs-node'): Backend {
  return {
    name,
    tfjsBackendName: 'tensorflow',
    isAvailable: async () => tf.findBackendFactory('tensorflow') !== null,
    unavailableReason: () => `${name} was imported but did not register the 'tensorflow' backend with this copy of tfjs ` +
      '(its @tensorflow/tfjs-core version must match @stagecoach/core\'s)',
    async init() {
      const ok = await tf.setBackend('tensorflow');
      if (!ok) throw new Error(`tf.setBackend('tensorflow') failed after importing ${name}`);
    },
    kernels: [],
  };
}

async function tryTfjsNode(pkg: string): Promise<{ ok: true } | { ok: false; reason: string }> {
  const { createRequire } = await import('node:module');
  try {
    createRequire(import.meta.url).resolve(`${pkg}/package.json`);
  } catch {
    return { ok: false, reason: `not installed (optional peer dependency: \`pnpm add ${pkg}\`; its install downloads libtensorflow)` };
  }
  try {
    // A variable specifier: the package is an optional peer dependency, usually absent.
    const specifier: string = pkg;
    await import(specifier);
  } catch (error) {
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return { ok: false, reason: `${pkg} is installed but failed to load: ${message}` };
  }
  if (tf.findBackendFactory('tensorflow') === null) {
    return { ok: false, reason: `${pkg} loaded but registered no 'tensorflow' backend with this tfjs (its tfjs-core version differs?)` };
  }
  return { ok: true };
}
