import { createRequire } from 'node:module';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Data the native kernels read or write: tfjs's own typed arrays, shared without copies. */
export type NativeArray = Float32Array | Int32Array | Uint32Array;

/** A SIMD path of the native kernels (see {@link NativeAddon.setSimd}). */
export type SimdPath = 'generic' | 'avx2' | 'avx512';

/**
 * What the compiled addon (`build/Release/stagecoach_native.node`) exports. Every function checks its
 * arguments (count, kinds, sizes, shapes, element types, lengths) and throws a `TypeError` or
 * `RangeError` naming the bad one; none writes outside the arrays it is given.
 */
export interface NativeAddon {
  info(): NativeInfo;
  /** 0: builtin sgemm, 1: the BLAS found at load, 2: auto. Returns whether the BLAS is used. */
  setBlas(mode: 0 | 1 | 2): boolean;
  /**
   * Runs every kernel on one SIMD path, clamped to what the CPU supports (`info().simdPaths`); returns
   * the path now in use. The environment variable `STAGECOACH_SIMD` sets it for a whole process.
   */
  setSimd(path: SimdPath): SimdPath;
  matmul(a: Float32Array, b: Float32Array, out: Float32Array, batch: number, m: number, n: number, k: number,
    transposeA: boolean, transposeB: boolean, strideA: number, strideB: number): void;
  binary(op: number, a: Float32Array, aShape: readonly number[], b: Float32Array, bShape: readonly number[],
    out: Float32Array, outShape: readonly number[]): void;
  unary(op: number, x: Float32Array, out: Float32Array, n: number): void;
  reduce(op: number, x: Float32Array, out: Float32Array, outer: number, size: number, inner: number): void;
  softmax(x: Float32Array, out: Float32Array, rows: number, cols: number): void;
  transpose(x: NativeArray, shape: readonly number[], perm: readonly number[], out: NativeArray): void;
  /** Returns the position of the first out-of-range index, or -1. */
  gather(x: NativeArray, outer: number, dim: number, inner: number, indices: Int32Array, n: number, out: NativeArray): number;
  segmentSum(data: Float32Array, ids: Int32Array, rows: number, inner: number, segments: number, out: Float32Array): void;
  /** Returns the position of the first out-of-range target, or -1. */
  crossEntropy(logits: Float32Array, targets: Int32Array, rows: number, vocab: number, out: Float32Array): number;
  crossEntropyGrad(dy: Float32Array, logits: Float32Array, targets: Int32Array, rows: number, vocab: number, out: Float32Array): void;
  rmsNorm(x: Float32Array, weight: Float32Array, rows: number, dim: number, eps: number, out: Float32Array): void;
  rmsNormGrad(dy: Float32Array, x: Float32Array, weight: Float32Array, rows: number, dim: number, eps: number,
    dx: Float32Array, dWeight: Float32Array): void;
  layerNorm(x: Float32Array, gamma: Float32Array, beta: Float32Array, rows: number, dim: number, eps: number, out: Float32Array): void;
  layerNormGrad(dy: Float32Array, x: Float32Array, gamma: Float32Array, rows: number, dim: number, eps: number,
    dx: Float32Array, dGamma: Float32Array, dBeta: Float32Array): void;
  /** op 0 = GELU (tanh approximation), 1 = SiLU. */
  activation(op: number, x: Float32Array, out: Float32Array, n: number): void;
  activationGrad(op: number, dy: Float32Array, x: Float32Array, out: Float32Array, n: number): void;
  /** AdamW update of param/m/v with grad into outParam/outM/outV; hyper = [lr, beta1, beta2, eps, weightDecay, bc1, bc2Sqrt]. */
  adamw(param: Float32Array, m: Float32Array, v: Float32Array, grad: Float32Array, n: number, hyper: readonly number[],
    outParam: Float32Array, outM: Float32Array, outV: Float32Array): void;
  /** Core's GAE scan over `[rows, time]` (recurrence in core's `GAE_KERNEL` TSDoc) into outAdvantages / outReturns. */
  gae(rewards: Float32Array, values: Float32Array, mask: Float32Array, rows: number, time: number, gamma: number, lambda: number,
    outAdvantages: Float32Array, outReturns: Float32Array): void;
  attention(q: Float32Array, k: Float32Array, v: Float32Array, keyMask: Float32Array, dims: readonly number[],
    scale: number, out: Float32Array): void;
  attentionGrad(dy: Float32Array, q: Float32Array, k: Float32Array, v: Float32Array, keyMask: Float32Array,
    dims: readonly number[], scale: number, dq: Float32Array, dk: Float32Array, dv: Float32Array): void;
  /**
   * Runs a thread-pool job of `chunks` short chunks and returns how many ran; with `throwOnCaller`, the
   * chunks the calling thread picks up throw, and so does this call. A check of the pool for tests.
   */
  poolSelfTest(chunks: number, throwOnCaller: boolean): number;
}

/** What the addon found on this machine. */
export interface NativeInfo {
  /** The BLAS found at run time: `openblas (<library>, <config>)`, `accelerate (...)`, or `none`. */
  blas: string;
  /**
   * The sgemm matmul uses: `openblas`, `accelerate`, or `builtin-<simd>` (our blocked kernel; picked
   * over OpenBLAS on AVX-512 CPUs, where OpenBLAS 0.3.x runs its AVX2 kernels and is slower).
   */
  gemm: string;
  /**
   * The SIMD path the kernels run: `avx512`, `avx2` or `generic` (the baseline: SSE2 on x86-64, NEON
   * on arm64). The best in `simdPaths` unless `STAGECOACH_SIMD` or `setSimd` chose another.
   */
  simd: SimdPath;
  /** The paths this CPU can run, from `generic` up to the best. */
  simdPaths: SimdPath[];
  /**
   * Threads the kernels use: STAGECOACH_THREADS, else the CPUs this process may use (the online CPUs,
   * capped by its CPU affinity and its cgroup CPU quota, rounded up).
   */
  threads: number;
  /** What the thread count was derived from: online CPUs, CPUs in the affinity mask, cgroup quota in CPUs (null: none). */
  cpus: { online: number; affinity: number; cgroupQuota: number | null };
  /** Parallel jobs so far and how their chunks split between the calling thread and the workers. */
  pool: { jobs: number; callerChunks: number; workerChunks: number };
}

/** The addon, or why it could not be loaded. */
export type NativeAddonLoad = { ok: true; addon: NativeAddon; path: string } | { ok: false; reason: string };

const ADDON_PATH = fileURLToPath(new URL('../build/Release/stagecoach_native.node', import.meta.url));
let cached: NativeAddonLoad | undefined;

/**
 * Loads the native addon once. `STAGECOACH_NATIVE=0` disables it (to run the fallback path on
 * purpose); a missing or broken build is reported with how to build it.
 */
export function loadNativeAddon(): NativeAddonLoad {
  if (process.env.STAGECOACH_NATIVE === '0') {
    return { ok: false, reason: 'disabled by STAGECOACH_NATIVE=0' };
  }
  if (cached !== undefined) return cached;
  if (!existsSync(ADDON_PATH)) {
    cached = {
      ok: false,
      reason: `the native addon was not built (${ADDON_PATH} is missing); install a C++17 compiler, make and python3, ` +
        'then run `pnpm rebuild @stagecoach/backend-node`',
    };
    return cached;
  }
  try {
    const require = createRequire(import.meta.url);
    const addon = require(ADDON_PATH) as NativeAddon;
    cached = { ok: true, addon, path: ADDON_PATH };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    cached = { ok: false, reason: `the native addon at ${ADDON_PATH} failed to load: ${message}; rebuild it with \`pnpm rebuild @stagecoach/backend-node\`` };
  }
  return cached;
}
