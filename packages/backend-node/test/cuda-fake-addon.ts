import type { CudaAddon } from '../src/cuda-addon.js';

/**
 * A host-memory stand-in for the CUDA addon's memory functions and two kernels (binary Add/Multiply
 * with broadcasting, matmul), enough to test the TypeScript side of `cuda` on machines without a GPU:
 * the data storage, reference counts, argument marshalling and the host fallback. Other kernels throw.
 */
export function fakeCudaAddon(): CudaAddon & { live(): number } {
  const memory = new Map<number, ArrayBuffer>();
  let next = 4096;
  const words = (ptr: number, kind: 'f' | 'i' = 'f') => {
    const buffer = memory.get(ptr);
    if (buffer === undefined) throw new RangeError(`fake addon: ${ptr} is not a live allocation`);
    return kind === 'f' ? new Float32Array(buffer) : new Int32Array(buffer);
  };
  const strides = (shape: readonly number[], out: readonly number[]) => {
    const s = new Array<number>(out.length).fill(0);
    let stride = 1;
    for (let i = out.length - 1; i >= 0; i--) {
      const j = i - (out.length - shape.length);
      const dim = j >= 0 ? shape[j]! : 1;
      s[i] = dim === 1 ? 0 : stride;
      stride *= dim;
    }
    return s;
  };
  const unsupported = (name: string) => () => {
    throw new Error(`fake addon: ${name} is not simulated`);
  };
  const addon: Partial<CudaAddon> & { live(): number } = {
    live: () => memory.size,
    init: () => ({ ok: true, driverVersion: 13000, runtimeVersion: 13000, name: 'fake', cublas: { ok: true, path: 'fake', version: 0 } }),
    alloc(bytes) {
      if (bytes === 0) return 0;
      const ptr = next;
      next += Math.ceil(bytes / 256) * 256 + 256;
      memory.set(ptr, new ArrayBuffer(bytes));
      return ptr;
    },
    free: (ptr) => ptr === 0 || memory.delete(ptr),
    upload(ptr, values) {
      if (values.length > 0) new Uint32Array(memory.get(ptr)!).set(new Uint32Array(values.buffer, values.byteOffset, values.length));
    },
    download(ptr, values) {
      if (values.length > 0) new Uint32Array(values.buffer, values.byteOffset, values.length).set(new Uint32Array(memory.get(ptr)!));
    },
    sync() {},
    memory: () => ({ allocations: memory.size, bytes: 0, peakBytes: 0, freeBytes: 0, totalBytes: 0 }),
    setPrecision() {},
    binary(op, dtype, a, aShape, b, bShape, out, outShape) {
      if (op !== 0 && op !== 2) throw new Error('fake addon: only Add and Multiply');
      const kind = dtype === 0 ? 'f' : 'i';
      const [av, bv, ov] = [words(a, kind), words(b, kind), words(out, kind)];
      const [sa, sb] = [strides(aShape, outShape), strides(bShape, outShape)];
      for (let i = 0; i < ov.length; i++) {
        let rest = i;
        let ai = 0;
        let bi = 0;
        for (let d = outShape.length - 1; d >= 0; d--) {
          const c = rest % outShape[d]!;
          rest = Math.floor(rest / outShape[d]!);
          ai += c * sa[d]!;
          bi += c * sb[d]!;
        }
        ov[i] = op === 0 ? av[ai]! + bv[bi]! : av[ai]! * bv[bi]!;
      }
    },
    matmul(a, b, c, batch, m, n, k, ta, tb, strideA, strideB) {
      const [av, bv, cv] = [words(a), words(b), words(c)];
      for (let p = 0; p < batch; p++) {
        for (let i = 0; i < m; i++) {
          for (let j = 0; j < n; j++) {
            let s = 0;
            for (let x = 0; x < k; x++) {
              s += av[p * strideA + (ta ? x * m + i : i * k + x)]! * bv[p * strideB + (tb ? j * k + x : x * n + j)]!;
            }
            cv[(p * m + i) * n + j] = s;
          }
        }
      }
    },
  };
  return new Proxy(addon, { get: (target, key: string) => (key in target ? target[key as keyof typeof target] : unsupported(key)) }) as CudaAddon & { live(): number };
}
