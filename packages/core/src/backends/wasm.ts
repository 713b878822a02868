import { tf } from '../tf.js';
import type { Backend } from './backend.js';
import { prepareWasmKernels, wasmTrainingKernels } from './wasm-kernels/index.js';
import { jsFusedKernelImpls, unregisterJsFusedKernels, wasmMemory } from './js-kernels/index.js';
import { LAYER_NORM_KERNEL } from '../ops/layer-norm.js';
import { RMS_NORM_KERNEL } from '../ops/rms-norm.js';
import { ROPE_KERNEL } from '../ops/rope.js';
import { TOKEN_CROSS_ENTROPY_KERNEL } from '../ops/cross-entropy.js';
import { GELU_KERNEL, SILU_KERNEL } from '../ops/activations.js';
import { ADAMW_KERNEL } from '../ops/adamw.js';

/** Options of {@link wasm}. */
export interface WasmOptions {
  /**
   * Where the `.wasm` binaries are served from (a URL prefix ending in `/`, or a map of file names to
   * URLs), passed to `setWasmPaths`. In Node the installed package's `dist/` folder is used by default.
   */
  wasmPaths?: string | Record<string, string>;
  /**
   * Replace tfjs-backend-wasm's `BatchMatMul` with one that keeps every product on its fast 2-D path
   * (transposes materialised, batches run slice by slice). Default `true`.
   */
  fastMatMul?: boolean;
  /**
   * Run cross-entropy, RMSNorm, LayerNorm and RoPE (and their gradients) as fused JavaScript kernels on
   * the wasm heap (about 2× faster than their chains of wasm ops), and GELU, SiLU and the AdamW update
   * too (as fast as their chains of wasm ops, with about 30% less peak memory in training). Attention
   * stays on wasm matmuls, which are faster than a JavaScript loop. Default `true`.
   */
  fusedKernels?: boolean;
}

/** Custom ops (and the AdamW update) `wasm()` fuses by default (attention is faster as wasm matmuls). */
const WASM_FUSED_OPS = [TOKEN_CROSS_ENTROPY_KERNEL, RMS_NORM_KERNEL, LAYER_NORM_KERNEL, ROPE_KERNEL, GELU_KERNEL, SILU_KERNEL, ADAMW_KERNEL];

/**
 * `@tensorflow/tfjs-backend-wasm` plus what training needs from it, in JavaScript on the wasm heap:
 * `UnsortedSegmentSum` (the embedding gradient, which it lacks), a float32-correct `OneHot`,
 * `Cumsum`/`Cumprod` that accept a negative axis, and a `BatchMatMul` that keeps transposed and
 * batched products on XNNPACK's fast 2-D path; core's cross-entropy, norms, RoPE, GELU/SiLU and the
 * AdamW update run as fused JavaScript kernels. In Node it runs one thread; its heap is capped at 4 GiB.
 */
export function wasm(options: WasmOptions = {}): Backend {
  let reason: string | undefined;
  const fastMatMul = options.fastMatMul ?? true;
  const fusedKernels = options.fusedKernels ?? true;
  return {
    name: 'wasm',
    tfjsBackendName: 'wasm',
    async isAvailable() {
      if (typeof WebAssembly === 'undefined') {
        reason = 'this JavaScript runtime has no WebAssembly';
        return false;
      }
      return true;
    },
    unavailableReason: () => reason,
    async init() {
      const wasmModule = await import('@tensorflow/tfjs-backend-wasm');
      if (tf.findBackend('wasm') === null) {
        // Binary location: only before the first initialisation.
        const paths = options.wasmPaths ?? (await nodeWasmDir());
        if (paths !== undefined) wasmModule.setWasmPaths(paths);
      }
      const ok = await tf.setBackend('wasm');
      if (!ok) throw new Error('tf.setBackend("wasm") returned false: the .wasm binary could not be loaded (check `wasmPaths`)');
      prepareWasmKernels({ fastMatMul });
      unregisterJsFusedKernels('wasm');
    },
    kernels: [...wasmTrainingKernels({ fastMatMul }), ...(fusedKernels ? jsFusedKernelImpls(wasmMemory, WASM_FUSED_OPS) : [])],
  };
}

/** In Node, the installed `@tensorflow/tfjs-backend-wasm/dist/` folder (with a trailing slash). */
async function nodeWasmDir(): Promise<string | undefined> {
  const isNode = typeof process !== 'undefined' && typeof process.versions?.node === 'string';
  if (!isNode) return undefined;
  const { createRequire } = await import('node:module');
  const { dirname, sep } = await import('node:path');
  const require = createRequire(import.meta.url);
  return dirname(require.resolve('@tensorflow/tfjs-backend-wasm')) + sep;
}
