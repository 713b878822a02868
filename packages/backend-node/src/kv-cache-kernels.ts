import { BackendError, CACHED_ATTENTION_KERNEL, KV_CACHE_WRITE_KERNEL } from '@stagecoach/core';
import type { KernelImpl, tf } from '@stagecoach/core';
import { cpuBackendAccess, float32Values } from './cpu-backend-access.js';
import type { NativeAddon } from './native-addon.js';

type KernelParams = Parameters<tf.KernelFunc>[0];

function floats(kernel: string, params: KernelParams, names: readonly string[]) {
  const backend = cpuBackendAccess(params.backend);
  if (backend === undefined) throw new BackendError(`${kernel}: the native kernel ran on a backend that is not cpu-style`);
  const f: Record<string, Float32Array> = {};
  for (const name of names) {
    const values = float32Values(backend, params.inputs[name]);
    if (values === undefined) throw new BackendError(`${kernel}: input '${name}' must be float32 on the node-native backend; call the op, not the kernel.`);
    f[name] = values;
  }
  return { backend, f };
}

/**
 * Core's `kvCacheWrite`: copies the new rows into the cache's own buffer when the caller donated it
 * and no other tensor shares the buffer (refCount 1: no reshape, clone or gradient tape holds it),
 * returning that buffer as the output, as Reshape does. The donated handle is disposed by the op right
 * after, so the write is never observable; a step then costs O(new rows), not a copy of the cache.
 * Otherwise it copies the cache first.
 */
function kvCacheWriteKernel(): KernelImpl {
  return {
    kernelName: KV_CACHE_WRITE_KERNEL,
    kernelFunc: (params) => {
      const { backend, f } = floats(KV_CACHE_WRITE_KERNEL, params, ['cache', 'rows']);
      const cache = params.inputs['cache']!;
      const [b, h, capacity, d] = cache.shape as [number, number, number, number];
      const time = params.inputs['rows']!.shape[2]!;
      const offset = params.attrs?.['offset'] as number;
      const inPlace = params.attrs?.['donate'] === true && backend.refCount?.(cache.dataId) === 1 && backend.incRef !== undefined;
      const out = inPlace ? f.cache! : Float32Array.from(f.cache!);
      const rows = f.rows!;
      const block = time * d;
      for (let head = 0; head < b * h; head++) {
        out.set(rows.subarray(head * block, (head + 1) * block), (head * capacity + offset) * d);
      }
      if (!inPlace) return backend.makeTensorInfo([b, h, capacity, d], 'float32', out);
      backend.incRef!(cache.dataId);
      return { dataId: cache.dataId, shape: [b, h, capacity, d], dtype: 'float32' };
    },
  };
}

/** Core's `cachedAttention`: the native attention kernel reading the first `length` positions of the caches in place. */
function cachedAttentionKernel(addon: NativeAddon): KernelImpl {
  return {
    kernelName: CACHED_ATTENTION_KERNEL,
    kernelFunc: (params) => {
      const { backend, f } = floats(CACHED_ATTENTION_KERNEL, params, ['q', 'kCache', 'vCache', 'keyMask']);
      const [batch, hq, tq, d] = params.inputs['q']!.shape as [number, number, number, number];
      const [, hkv, capacity] = params.inputs['kCache']!.shape as [number, number, number];
      const length = params.attrs?.['length'] as number;
      const out = new Float32Array(f.q!.length);
      addon.attention(f.q!, f.kCache!, f.vCache!, f.keyMask!, [batch, hq, hkv, tq, length, d, capacity], params.attrs?.['scale'] as number, out);
      return backend.makeTensorInfo([batch, hq, tq, d], 'float32', out);
    },
  };
}

/** Native kernels of core's KV-cache ops (the in-place write and the attention over a cache's filled part). */
export function kvCacheKernels(addon: NativeAddon): KernelImpl[] {
  return [kvCacheWriteKernel(), cachedAttentionKernel(addon)];
}
