import { createRequire } from 'node:module';
import { existsSync, readdirSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * What the CUDA addon (`build-cuda/stagecoach_cuda.node`, built by `scripts/build-cuda.js`) exports.
 * Device pointers are plain numbers; every function checks that each pointer is a live allocation of
 * the addon holding at least the bytes the kernel touches, and that counts and shapes are valid, and
 * throws a `TypeError`/`RangeError` naming the argument otherwise. Elements are 4-byte words:
 * dtype 0 = float32, 1 = int32 (bool is stored as int32 0/1). Kernels are queued on one CUDA
 * stream; only `download` and `sync` wait for the GPU (and report a failed kernel or a bad index).
 */
export interface CudaAddon {
  /** Initialises the runtime and GPU, then opens cuBLAS from the first candidate that loads. Never throws for a missing GPU. */
  init(cublasCandidates: readonly string[]): CudaInitInfo;
  alloc(bytes: number): number;
  free(ptr: number): boolean;
  upload(ptr: number, values: Float32Array | Int32Array | Uint32Array): void;
  download(ptr: number, values: Float32Array | Int32Array | Uint32Array): void;
  copy(dst: number, src: number, bytes: number): void;
  sync(): void;
  memory(): { allocations: number; bytes: number; peakBytes: number; freeBytes: number; totalBytes: number };
  /** 0: fp32 (default), 1: tf32 tensor cores, 2: bf16 tensor cores (fp32 in and out). */
  setPrecision(precision: 0 | 1 | 2): void;
  matmul(a: number, b: number, c: number, batch: number, m: number, n: number, k: number, transposeA: boolean,
    transposeB: boolean, strideA: number, strideB: number): void;
  binary(op: number, dtype: number, a: number, aShape: readonly number[], b: number, bShape: readonly number[], out: number,
    outShape: readonly number[]): void;
  unary(op: number, dtype: number, x: number, out: number, n: number, p0: number, p1: number): void;
  cast(x: number, fromDtype: number, out: number, toDtype: number, toBool: boolean, n: number): void;
  fill(out: number, dtype: number, value: number, n: number): void;
  range(out: number, dtype: number, start: number, step: number, n: number): void;
  select(cond: number, condSize: number, a: number, b: number, out: number, n: number): void;
  addN(inputs: readonly number[], dtype: number, out: number, n: number): void;
  transpose(x: number, shape: readonly number[], perm: readonly number[], out: number): void;
  stridedSlice(x: number, shape: readonly number[], begin: readonly number[], strides: readonly number[], out: number,
    outShape: readonly number[]): void;
  copyColumns(src: number, rows: number, srcCols: number, dst: number, dstCols: number, offset: number): void;
  pad(x: number, shape: readonly number[], before: readonly number[], out: number, outShape: readonly number[], dtype: number,
    value: number): void;
  tile(x: number, shape: readonly number[], out: number, outShape: readonly number[]): void;
  gather(x: number, outer: number, dim: number, inner: number, indices: number, n: number, out: number): void;
  segmentSum(data: number, dtype: number, ids: number, rows: number, inner: number, segments: number, out: number): void;
  scatterNd(indices: number, n: number, depth: number, sliceStrides: readonly number[], updates: number, dtype: number,
    sliceSize: number, out: number, outSize: number): void;
  oneHot(indices: number, n: number, depth: number, on: number, off: number, dtype: number, out: number): void;
  reduce(op: number, dtype: number, x: number, outer: number, size: number, inner: number, out: number): void;
  softmax(x: number, out: number, rows: number, cols: number, log: boolean): void;
  cumsum(x: number, dtype: number, outer: number, size: number, inner: number, exclusive: boolean, reverse: boolean, out: number): void;
  rmsNorm(x: number, weight: number, rows: number, dim: number, eps: number, out: number): void;
  rmsNormGrad(dy: number, x: number, weight: number, rows: number, dim: number, eps: number, dx: number, dWeight: number): void;
  layerNorm(x: number, gamma: number, beta: number, rows: number, dim: number, eps: number, out: number): void;
  layerNormGrad(dy: number, x: number, gamma: number, rows: number, dim: number, eps: number, dx: number, dGamma: number,
    dBeta: number): void;
  crossEntropy(logits: number, targets: number, rows: number, vocab: number, nll: number): void;
  crossEntropyGrad(dy: number, logits: number, targets: number, rows: number, vocab: number, dLogits: number): void;
  /** op 0 = GELU (tanh form), 1 = SiLU. */
  activation(op: number, x: number, out: number, n: number): void;
  activationGrad(op: number, dy: number, x: number, dx: number, n: number): void;
  /** hyper = [lr, beta1, beta2, eps, weightDecay, bc1, bc2Sqrt]. */
  adamw(param: number, m: number, v: number, grad: number, n: number, hyper: readonly number[], outParam: number, outM: number,
    outV: number): void;
  rope(x: number, cos: number, sin: number, dims: readonly [number, number, number, number], sign: number, out: number): void;
  gae(rewards: number, values: number, mask: number, rows: number, time: number, gamma: number, lambda: number,
    advantages: number, returns: number): void;
  /** dims = [b, hq, hkv, tq, tk, d] (d <= 128). */
  attention(q: number, k: number, v: number, keyMask: number, dims: readonly number[], scale: number, out: number): void;
  attentionGrad(dy: number, q: number, k: number, v: number, keyMask: number, dims: readonly number[], scale: number,
    dq: number, dk: number, dv: number): void;
}

/** What `init` found: the GPU, or why there is none; cuBLAS, or why not. */
export interface CudaInitInfo {
  ok: boolean;
  reason?: string;
  /** cudaDriverGetVersion (13000 = CUDA 13.0; 0: no driver). */
  driverVersion: number;
  /** The statically linked CUDA runtime's version. */
  runtimeVersion: number;
  device?: number;
  name?: string;
  computeCapability?: string;
  multiprocessors?: number;
  totalMemory?: number;
  cublas?: { ok: boolean; path?: string; reason?: string; version: number };
}

/** The addon, or why it could not be loaded. */
export type CudaAddonLoad = { ok: true; addon: CudaAddon; path: string } | { ok: false; reason: string };

/** Where `scripts/build-cuda.js` writes the addon (`STAGECOACH_CUDA_ADDON` overrides it, e.g. for a bundled script). */
export const CUDA_ADDON_PATH = process.env.STAGECOACH_CUDA_ADDON ?? fileURLToPath(new URL('../build-cuda/stagecoach_cuda.node', import.meta.url));
let cached: CudaAddonLoad | undefined;

/** Loads the CUDA addon once; `STAGECOACH_CUDA=0` disables it. */
export function loadCudaAddon(): CudaAddonLoad {
  if (process.env.STAGECOACH_CUDA === '0') return { ok: false, reason: 'disabled by STAGECOACH_CUDA=0' };
  if (cached !== undefined) return cached;
  if (!existsSync(CUDA_ADDON_PATH)) {
    cached = { ok: false, reason: `the CUDA addon was not built (${CUDA_ADDON_PATH} is missing): install the CUDA toolkit (nvcc), then run \`node scripts/build-cuda.js\` in @stagecoach/backend-node` };
    return cached;
  }
  try {
    cached = { ok: true, addon: createRequire(import.meta.url)(CUDA_ADDON_PATH) as CudaAddon, path: CUDA_ADDON_PATH };
  } catch (error) {
    cached = { ok: false, reason: `the CUDA addon at ${CUDA_ADDON_PATH} failed to load: ${error instanceof Error ? error.message : String(error)}` };
  }
  return cached;
}

/** cuBLAS sonames, newest first (cuBLAS 13 ships with CUDA 13, 12 with CUDA 12). */
const CUBLAS_SONAMES = ['libcublas.so.13', 'libcublas.so.12'];

/** Where to look for cuBLAS, for {@link cublasCandidates}. */
export interface CublasSearch {
  env: NodeJS.ProcessEnv;
  /** Python `site-packages` folders whose `nvidia/cublas/lib` may hold the pip wheel's cuBLAS. */
  sitePackages: readonly string[];
  exists: (path: string) => boolean;
}

/**
 * The cuBLAS libraries to try, in order: `STAGECOACH_CUBLAS` (a file, or a folder holding
 * libcublas.so.N), the CUDA toolkit (`CUDA_HOME`, /usr/local/cuda), Python environments' NVIDIA wheel
 * folders (`site-packages/nvidia/cublas/lib`, e.g. PyTorch's), then the bare sonames for the dynamic
 * loader (LD_LIBRARY_PATH, ldconfig). Only existing files are listed, except the bare sonames.
 */
export function cublasCandidates(search: CublasSearch = defaultCublasSearch()): string[] {
  const { env, exists } = search;
  const inFolder = (dir: string) => CUBLAS_SONAMES.map((name) => join(dir, name)).filter(exists);
  const found: string[] = [];
  const override = env.STAGECOACH_CUBLAS;
  if (override !== undefined && override !== '') found.push(...(override.includes('.so') ? [override] : inFolder(override)));
  const toolkits = [env.CUDA_HOME, env.CUDA_PATH, '/usr/local/cuda'].filter((d): d is string => d !== undefined && d !== '');
  for (const toolkit of toolkits) found.push(...inFolder(join(toolkit, 'lib64')), ...inFolder(join(toolkit, 'targets/x86_64-linux/lib')));
  for (const site of search.sitePackages) found.push(...inFolder(join(site, 'nvidia/cublas/lib')), ...inFolder(join(site, 'nvidia/cu13/lib')));
  found.push(...CUBLAS_SONAMES);
  return [...new Set(found)];
}

/** This machine's search: the environment, and site-packages of Python environments in the usual places. */
export function defaultCublasSearch(): CublasSearch {
  return { env: process.env, sitePackages: pythonSitePackages(process.env), exists: existsSync };
}

/**
 * site-packages folders of: the active virtual environment or conda env, PYTHONPATH, python3's own
 * prefixes (/usr/local/lib, /usr/lib, ~/.local/lib, /opt/*\/.venv — PyTorch images put theirs there).
 */
export function pythonSitePackages(env: NodeJS.ProcessEnv): string[] {
  const prefixes = [env.VIRTUAL_ENV, env.CONDA_PREFIX, '/usr/local', '/usr', env.HOME ? join(env.HOME, '.local') : undefined,
    ...listDirs('/opt').flatMap((d) => [d, join(d, '.venv'), join(d, 'venv')])].filter((p): p is string => p !== undefined && p !== '');
  const sites: string[] = (env.PYTHONPATH ?? '').split(delimiter).filter(Boolean);
  for (const prefix of prefixes) {
    for (const lib of ['lib', 'lib64']) {
      for (const python of listDirs(join(prefix, lib)).filter((d) => /\/python3\.\d+$/.test(d))) {
        sites.push(join(python, 'site-packages'), join(python, 'dist-packages'));
      }
    }
  }
  return [...new Set(sites)].filter((dir) => existsSync(dir));
}

function listDirs(dir: string): string[] {
  try {
    return readdirSync(dir, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => join(dir, e.name));
  } catch {
    return [];
  }
}

/** "13.0" from cudaDriverGetVersion's 13000. */
export function cudaVersionString(version: number): string {
  return `${Math.floor(version / 1000)}.${Math.floor((version % 1000) / 10)}`;
}

/** Why init found no GPU, in words a user can act on. */
export function explainNoGpu(info: CudaInitInfo): string {
  if (info.driverVersion === 0) {
    return `no NVIDIA driver found (libcuda.so.1 is not loadable: no GPU or no driver on this machine) [${info.reason ?? 'cudaGetDeviceCount failed'}]`;
  }
  if (info.driverVersion < info.runtimeVersion) {
    return `the NVIDIA driver supports CUDA ${cudaVersionString(info.driverVersion)} but the addon was built with CUDA ${cudaVersionString(info.runtimeVersion)}: update the driver, or rebuild with an older toolkit [${info.reason ?? ''}]`;
  }
  return info.reason ?? 'the CUDA runtime found no usable GPU';
}

