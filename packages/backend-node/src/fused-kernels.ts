import { ADAMW_KERNEL, BackendError, CACHED_ATTENTION_KERNEL, CAUSAL_ATTENTION_KERNEL, GAE_KERNEL, GELU_KERNEL, LAYER_NORM_KERNEL, KV_CACHE_WRITE_KERNEL, LORA_LINEAR_KERNEL, RMS_NORM_KERNEL, SILU_KERNEL, TOKEN_CROSS_ENTROPY_KERNEL } from '@stagecoach/core';
import type { KernelImpl, tf } from '@stagecoach/core';
import { cpuBackendAccess, float32Values, int32Values } from './cpu-backend-access.js';
import type { CpuBackendAccess } from './cpu-backend-access.js';
import { kvCacheKernels } from './kv-cache-kernels.js';
import { loraLinearKernels } from './lora-kernels.js';
import type { NativeAddon } from './native-addon.js';

type KernelParams = Parameters<tf.KernelFunc>[0];

/** Core's `gelu`/`silu` and AdamW kernel names (contracts in core's TSDoc), re-exported for users of this package. */
export { ADAMW_KERNEL, GELU_KERNEL, SILU_KERNEL };

function adamwKernel(addon: NativeAddon): KernelImpl {
  return {
    kernelName: ADAMW_KERNEL,
    kernelFunc: (params) => {
      const { backend, f, shapes } = read(ADAMW_KERNEL, params, ['param', 'm', 'v', 'grad']);
      const n = f.param!.length;
      if (f.m!.length !== n || f.v!.length !== n || f.grad!.length !== n) {
        throw new BackendError(`${ADAMW_KERNEL}: param, m, v and grad must have the same size (param is [${shapes.param}], grad [${shapes.grad}])`);
      }
      const hyper = ['lr', 'beta1', 'beta2', 'eps', 'weightDecay', 'bc1', 'bc2Sqrt'].map((name) => scalarAttr(ADAMW_KERNEL, params.attrs, name));
      const out = [new Float32Array(n), new Float32Array(n), new Float32Array(n)] as const;
      addon.adamw(f.param!, f.m!, f.v!, f.grad!, n, hyper, out[0], out[1], out[2]);
      return out.map((values) => info(backend, shapes.param!, values));
    },
  };
}

function gaeKernel(addon: NativeAddon): KernelImpl {
  return {
    kernelName: GAE_KERNEL,
    kernelFunc: (params) => {
      const { backend, f, shapes } = read(GAE_KERNEL, params, ['rewards', 'values', 'mask']);
      const [rows, time] = shapes.rewards as [number, number];
      const out = [new Float32Array(rows * time), new Float32Array(rows * time)] as const;
      addon.gae(f.rewards!, f.values!, f.mask!, rows, time, scalarAttr(GAE_KERNEL, params.attrs, 'gamma'), scalarAttr(GAE_KERNEL, params.attrs, 'lambda'), out[0], out[1]);
      return out.map((values) => info(backend, shapes.rewards!, values));
    },
  };
}

/** Names of core's custom-op kernels (and their gradient kernels) the addon implements. */
export const NATIVE_FUSED_KERNELS: readonly string[] = [CAUSAL_ATTENTION_KERNEL, TOKEN_CROSS_ENTROPY_KERNEL,
  RMS_NORM_KERNEL, LAYER_NORM_KERNEL, GELU_KERNEL, SILU_KERNEL, LORA_LINEAR_KERNEL].flatMap((name) => [name, `${name}Grad`]).concat(ADAMW_KERNEL, GAE_KERNEL, KV_CACHE_WRITE_KERNEL, CACHED_ATTENTION_KERNEL);

function activationKernels(addon: NativeAddon, kernelName: string, op: number): KernelImpl[] {
  return [
    {
      kernelName,
      kernelFunc: (params) => {
        const { backend, f, shapes } = read(kernelName, params, ['x']);
        const out = new Float32Array(f.x!.length);
        addon.activation(op, f.x!, out, out.length);
        return info(backend, shapes.x!, out);
      },
    },
    {
      kernelName: `${kernelName}Grad`,
      kernelFunc: (params) => {
        const { backend, f, shapes } = read(kernelName, params, ['dy', 'x']);
        const out = new Float32Array(f.x!.length);
        addon.activationGrad(op, f.dy!, f.x!, out, out.length);
        return [info(backend, shapes.x!, out)];
      },
    },
  ];
}

/** Reads the named inputs as float32 (or int32 where listed), throwing a clear error otherwise. */
function read(kernel: string, params: KernelParams, floats: readonly string[], ints: readonly string[] = []) {
  const backend = cpuBackendAccess(params.backend);
  if (backend === undefined) throw new BackendError(`${kernel}: the native kernel ran on a backend that is not cpu-style`);
  const f: Record<string, Float32Array> = {};
  const i: Record<string, Int32Array> = {};
  const shapes: Record<string, number[]> = {};
  for (const name of [...floats, ...ints]) {
    const t = params.inputs[name];
    const values = ints.includes(name) ? int32Values(backend, t) : float32Values(backend, t);
    if (t === undefined || values === undefined) {
      throw new BackendError(
        `${kernel}: input '${name}' must be ${ints.includes(name) ? 'int32' : 'float32'} on the node-native backend ` +
          `(got ${t?.dtype ?? 'nothing'}); core's op wrapper casts it, so call the op, not the kernel.`,
      );
    }
    shapes[name] = t.shape;
    if (values instanceof Int32Array) i[name] = values;
    else f[name] = values;
  }
  return { backend, f, i, shapes };
}

function scalarAttr(kernel: string, attrs: KernelParams['attrs'], name: string): number {
  const value = attrs?.[name];
  if (typeof value !== 'number') throw new BackendError(`${kernel}: attribute '${name}' must be a number (got ${String(value)})`);
  return value;
}

function info(backend: CpuBackendAccess, shape: number[], values: Float32Array): tf.TensorInfo {
  return backend.makeTensorInfo(shape, 'float32', values);
}

function attentionDims(q: number[], k: number[]): number[] {
  const [batch, hq, tq, d] = q as [number, number, number, number];
  const [, hkv, tk] = k as [number, number, number];
  return [batch, hq, hkv, tq, tk, d];
}

/**
 * Native kernels for core's fused ops (attention, token cross-entropy, RMSNorm, LayerNorm, GELU, SiLU,
 * LoRA linear, with gradients), the fused AdamW update and the GAE scan.
 */
export function nativeFusedKernels(addon: NativeAddon): KernelImpl[] {
  const attention = CAUSAL_ATTENTION_KERNEL;
  const crossEntropy = TOKEN_CROSS_ENTROPY_KERNEL;
  const rms = RMS_NORM_KERNEL;
  const ln = LAYER_NORM_KERNEL;
  return [
    adamwKernel(addon),
    gaeKernel(addon),
    ...kvCacheKernels(addon),
    ...loraLinearKernels(addon),
    ...activationKernels(addon, GELU_KERNEL, 0),
    ...activationKernels(addon, SILU_KERNEL, 1),
    {
      kernelName: attention,
      kernelFunc: (params) => {
        const { backend, f, shapes } = read(attention, params, ['q', 'k', 'v', 'keyMask']);
        const out = new Float32Array(f.q!.length);
        addon.attention(f.q!, f.k!, f.v!, f.keyMask!, attentionDims(shapes.q!, shapes.k!), scalarAttr(attention, params.attrs, 'scale'), out);
        return info(backend, shapes.q!, out);
      },
    },
    {
      kernelName: `${attention}Grad`,
      kernelFunc: (params) => {
        const { backend, f, shapes } = read(attention, params, ['dy', 'q', 'k', 'v', 'keyMask']);
        const dq = new Float32Array(f.q!.length);
        const dk = new Float32Array(f.k!.length);
        const dv = new Float32Array(f.v!.length);
        addon.attentionGrad(f.dy!, f.q!, f.k!, f.v!, f.keyMask!, attentionDims(shapes.q!, shapes.k!),
          scalarAttr(attention, params.attrs, 'scale'), dq, dk, dv);
        return [info(backend, shapes.q!, dq), info(backend, shapes.k!, dk), info(backend, shapes.v!, dv)];
      },
    },
    {
      kernelName: crossEntropy,
      kernelFunc: (params) => {
        const { backend, f, i, shapes } = read(crossEntropy, params, ['logits'], ['targets']);
        const [rows, vocab] = shapes.logits as [number, number];
        const out = new Float32Array(rows);
        const bad = addon.crossEntropy(f.logits!, i.targets!, rows, vocab, out);
        if (bad >= 0) {
          throw new BackendError(`${crossEntropy}: target ${i.targets![bad]} at row ${bad} is outside the vocabulary [0, ${vocab}).`);
        }
        return info(backend, [rows], out);
      },
    },
    {
      kernelName: `${crossEntropy}Grad`,
      kernelFunc: (params) => {
        const { backend, f, i, shapes } = read(crossEntropy, params, ['dy', 'logits'], ['targets']);
        const [rows, vocab] = shapes.logits as [number, number];
        const out = new Float32Array(rows * vocab);
        addon.crossEntropyGrad(f.dy!, f.logits!, i.targets!, rows, vocab, out);
        return [info(backend, [rows, vocab], out)];
      },
    },
    {
      kernelName: rms,
      kernelFunc: (params) => {
        const { backend, f, shapes } = read(rms, params, ['x', 'weight']);
        const [rows, dim] = shapes.x as [number, number];
        const out = new Float32Array(rows * dim);
        addon.rmsNorm(f.x!, f.weight!, rows, dim, scalarAttr(rms, params.attrs, 'eps'), out);
        return info(backend, [rows, dim], out);
      },
    },
    {
      kernelName: `${rms}Grad`,
      kernelFunc: (params) => {
        const { backend, f, shapes } = read(rms, params, ['dy', 'x', 'weight']);
        const [rows, dim] = shapes.x as [number, number];
        const dx = new Float32Array(rows * dim);
        const dw = new Float32Array(dim);
        addon.rmsNormGrad(f.dy!, f.x!, f.weight!, rows, dim, scalarAttr(rms, params.attrs, 'eps'), dx, dw);
        return [info(backend, [rows, dim], dx), info(backend, [dim], dw)];
      },
    },
    {
      kernelName: ln,
      kernelFunc: (params) => {
        const { backend, f, shapes } = read(ln, params, ['x', 'gamma', 'beta']);
        const [rows, dim] = shapes.x as [number, number];
        const out = new Float32Array(rows * dim);
        addon.layerNorm(f.x!, f.gamma!, f.beta!, rows, dim, scalarAttr(ln, params.attrs, 'eps'), out);
        return info(backend, [rows, dim], out);
      },
    },
    {
      kernelName: `${ln}Grad`,
      kernelFunc: (params) => {
        const { backend, f, shapes } = read(ln, params, ['dy', 'x', 'gamma']);
        const [rows, dim] = shapes.x as [number, number];
        const dx = new Float32Array(rows * dim);
        const dGamma = new Float32Array(dim);
        const dBeta = new Float32Array(dim);
        addon.layerNormGrad(f.dy!, f.x!, f.gamma!, rows, dim, scalarAttr(ln, params.attrs, 'eps'), dx, dGamma, dBeta);
        return [info(backend, [rows, dim], dx), info(backend, [dim], dGamma), info(backend, [dim], dBeta)];
      },
    },
  ];
}
