import { BackendError, LORA_LINEAR_KERNEL } from '@stagecoach/core';
import type { KernelImpl, tf } from '@stagecoach/core';
import { cpuBackendAccess, float32Values } from './cpu-backend-access.js';
import type { CpuBackendAccess } from './cpu-backend-access.js';
import type { NativeAddon } from './native-addon.js';

type KernelParams = Parameters<tf.KernelFunc>[0];

/**
 * Core's `loraLinear` (contract in core's `LORA_LINEAR_KERNEL` TSDoc) and its gradient as native
 * sgemm calls (BLAS or the builtin kernel, multi-threaded) plus element-wise adds. The base product
 * `x · W` is the very call the `BatchMatMul` kernel makes for a 2-D product, so with B = 0 a LoRA
 * layer equals its frozen base bit for bit here too.
 */
export function loraLinearKernels(addon: NativeAddon): KernelImpl[] {
  const gemm = (a: Float32Array, b: Float32Array, m: number, n: number, k: number, ta: boolean, tb: boolean): Float32Array => {
    const out = new Float32Array(m * n);
    addon.matmul(a, b, out, 1, m, n, k, ta, tb, 0, 0);
    return out;
  };
  return [
    {
      kernelName: LORA_LINEAR_KERNEL,
      kernelFunc: (params) => {
        const { backend, f, dims, scale } = read(params, ['x', 'weight', 'loraA', 'loraB']);
        const { n, inDim, outDim, r } = dims;
        const y = gemm(f.x!, f.weight!, n, outDim, inDim, false, false); // [N, out]
        const h = scaled(gemm(f.x!, f.loraA!, n, r, inDim, false, true), scale); // [N, r]
        addInto(y, gemm(h, f.loraB!, n, outDim, r, false, true)); // + h · Bᵀ
        return backend.makeTensorInfo([n, outDim], 'float32', y);
      },
    },
    {
      kernelName: `${LORA_LINEAR_KERNEL}Grad`,
      kernelFunc: (params) => {
        const { backend, f, dims, scale } = read(params, ['dy', 'x', 'weight', 'loraA', 'loraB']);
        const { n, inDim, outDim, r } = dims;
        const h = scaled(gemm(f.x!, f.loraA!, n, r, inDim, false, true), scale); // [N, r]
        const g = scaled(gemm(f.dy!, f.loraB!, n, r, outDim, false, false), scale); // [N, r]
        const dx = gemm(f.dy!, f.weight!, n, inDim, outDim, false, true); // dy · Wᵀ, [N, in]
        addInto(dx, gemm(g, f.loraA!, n, inDim, r, false, false)); // + g · A
        const dA = gemm(g, f.x!, r, inDim, n, true, false); // gᵀ · x, [r, in]
        const dB = gemm(f.dy!, h, outDim, r, n, true, false); // dyᵀ · h, [out, r]
        return [
          backend.makeTensorInfo([n, inDim], 'float32', dx),
          backend.makeTensorInfo([r, inDim], 'float32', dA),
          backend.makeTensorInfo([outDim, r], 'float32', dB),
        ];
      },
    },
  ];
}

function read(params: KernelParams, names: readonly string[]) {
  const backend: CpuBackendAccess | undefined = cpuBackendAccess(params.backend);
  if (backend === undefined) throw new BackendError(`${LORA_LINEAR_KERNEL}: the native kernel ran on a backend that is not cpu-style`);
  const f: Record<string, Float32Array> = {};
  for (const name of names) {
    const values = float32Values(backend, params.inputs[name]);
    if (values === undefined) throw new BackendError(`${LORA_LINEAR_KERNEL}: input '${name}' must be float32 on the node-native backend.`);
    f[name] = values;
  }
  const [n, inDim] = params.inputs['x']!.shape as [number, number];
  const outDim = params.inputs['weight']!.shape[1] as number;
  const r = params.inputs['loraA']!.shape[0] as number;
  const scale = params.attrs?.['scale'];
  if (typeof scale !== 'number') throw new BackendError(`${LORA_LINEAR_KERNEL}: attribute 'scale' must be a number (got ${String(scale)})`);
  return { backend, f, dims: { n, inDim, outDim, r }, scale };
}

function scaled(values: Float32Array, scale: number): Float32Array {
  for (let i = 0; i < values.length; i++) values[i] = values[i]! * scale;
  return values;
}

function addInto(target: Float32Array, values: Float32Array): void {
  for (let i = 0; i < target.length; i++) target[i] = target[i]! + values[i]!;
}
