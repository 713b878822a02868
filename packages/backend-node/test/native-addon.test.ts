import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmdirSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadNativeAddon } from '../src/index.js';
import type { NativeAddon } from '../src/index.js';
import { nativeBuilt } from './helpers.js';

const addon = (): NativeAddon => {
  const loaded = loadNativeAddon();
  if (!loaded.ok) throw new Error(loaded.reason);
  return loaded.addon;
};
const f32 = (n: number) => new Float32Array(n);

/** A call of an addon function with arguments its TypeScript types would refuse. */
function raw(name: keyof NativeAddon, ...args: unknown[]): () => unknown {
  return () => {
    const a = addon();
    const fn: unknown = Reflect.get(a, name);
    if (typeof fn !== 'function') throw new Error(`no function ${name}`);
    return Reflect.apply(fn, a, args);
  };
}

/** Runs a snippet against the addon in a child process (optionally under a command prefix); returns its stdout. */
function child(code: string, prefix: string[] = [], env: Record<string, string> = {}): string {
  const loaded = loadNativeAddon();
  if (!loaded.ok) throw new Error(loaded.reason);
  const script = `const addon = require(${JSON.stringify(loaded.path)}); ${code}`;
  const [command, ...args] = [...prefix, process.execPath, '-e', script];
  const result = spawnSync(command as string, args, { encoding: 'utf8', env: { ...process.env, ...env } });
  if (result.status !== 0) throw new Error(`child failed (${result.status ?? result.signal}): ${result.stderr}`);
  return result.stdout.trim();
}

describe.skipIf(!nativeBuilt)('native addon arguments', () => {
  it('refuses the arguments that used to crash the process, naming the argument', () => {
    const a = addon();
    expect(() => a.transpose(f32(4), [2, 2], [0, 7], f32(4))).toThrow(RangeError);
    expect(() => a.transpose(f32(4), [2, 2], [0, 7], f32(4))).toThrow(/'perm' \[0, 7\] is not a permutation of 0..1 \(7 is out of range\)/);
    expect(() => a.transpose(f32(6), [2, 3], [1, 1], f32(6))).toThrow(/'perm' \[1, 1\] .*1 repeats/);
    expect(() => a.transpose(f32(6), [2, 3], [1], f32(6))).toThrow(/'perm' \[1\] has length 1, the rank of shape \[2, 3\] is 2/);
    expect(() => a.binary(0, f32(3), [3], f32(4), [4], f32(4), [4])).toThrow(/'aShape' \[3\] does not broadcast to outShape \[4\]/);
    expect(() => a.binary(0, f32(6), [2, 3], f32(3), [3], f32(3), [3])).toThrow(/'aShape' \[2, 3\] has a higher rank than outShape \[3\]/);
    // Batch stride larger than m*k: the last matrix starts past the end of `a`.
    expect(() => a.matmul(f32(8), f32(4), f32(8), 2, 2, 2, 2, false, false, 1e8, 0)).toThrow(/'a' holds 8 elements, needs at least 100000004/);
    expect(() => a.matmul(f32(8), f32(4), f32(8), 2, 2, 2, 2, false, false, 5, 0)).toThrow(/'a' holds 8 elements, needs at least 9/);
    expect(() => a.unary(0, f32(4), f32(4), -5)).toThrow(/'n' must be an integer in \[0, .*\], got -5/);
    const bytes = new Uint8Array(41);
    expect(raw('unary', 0, bytes.subarray(1), f32(8), 8)).toThrow(TypeError);
    expect(raw('unary', 0, bytes.subarray(1), f32(8), 8)).toThrow(/'x' must be a Float32Array, got a Uint8Array/);
  });

  it('checks counts, op codes, element types, overflow and ids', () => {
    const a = addon();
    expect(raw('unary', 0, f32(1), f32(1))).toThrow(/unary: expects 4 arguments \(op, x, out, n\), got 3/);
    expect(() => a.unary(11, f32(1), f32(1), 1)).toThrow(/'op' must be an op code in \[0, 11\)/);
    expect(() => a.reduce(0, f32(1), f32(1), 2 ** 30, 2 ** 30, 2 ** 30)).toThrow(/outer\*size\*inner is too large/);
    expect(() => a.matmul(f32(1), f32(1), f32(1), 1, 2 ** 31, 1, 1, false, false, 0, 0)).toThrow(/'m' must be an integer in \[0, 2147483647\]/);
    expect(() => a.unary(0, f32(1), f32(1), 0.5)).toThrow(RangeError);
    expect(() => a.unary(0, f32(1), f32(1), NaN)).toThrow(RangeError);
    expect(raw('gather', f32(4), 1, 4, 1, new Uint32Array(1), 1, f32(1))).toThrow(/'indices' must be an Int32Array, got a Uint32Array/);
    expect(raw('softmax', new Float64Array(4), f32(4), 2, 2)).toThrow(/'x' must be a Float32Array, got a Float64Array/);
    expect(() => a.rmsNorm(f32(4), f32(2), 2, 2, NaN, f32(4))).toThrow(/'eps' must be finite, got NaN/);
    expect(() => a.attention(f32(1), f32(1), f32(1), f32(1), [1, 3, 2, 1, 1, 1], 1, f32(1))).toThrow(/Hq \(3\) must be a multiple of Hkv \(2/);
    expect(raw('setSimd', 'sse9')).toThrow(/'path' must be 'generic', 'avx2' or 'avx512', got 'sse9'/);
    // Out-of-range ids are reported, not read.
    expect(a.gather(f32(4), 1, 4, 1, Int32Array.of(1, 4), 2, f32(2))).toBe(1);
    expect(a.crossEntropy(f32(6), Int32Array.of(0, -1), 2, 3, f32(2))).toBe(1);
  });

  it('reads every shape before any typed array: a getter that detaches a buffer cannot leave a dangling pointer', () => {
    const a = addon();
    const x = f32(6);
    const shape = [2, 3];
    Object.defineProperty(shape, 1, { get: () => { structuredClone(x.buffer, { transfer: [x.buffer] }); return 3; } });
    expect(() => a.transpose(x, shape, [1, 0], f32(6))).toThrow(/'x' holds 0 elements, needs at least 6/);
  });

  it('still computes: valid calls give the right values', () => {
    const a = addon();
    const out = f32(6);
    a.transpose(Float32Array.of(1, 2, 3, 4, 5, 6), [2, 3], [1, 0], out);
    expect([...out]).toEqual([1, 4, 2, 5, 3, 6]);
    const sum = f32(4);
    a.binary(0, Float32Array.of(1, 2), [2, 1], Float32Array.of(10, 20), [2], sum, [2, 2]);
    expect([...sum]).toEqual([11, 21, 12, 22]);
  });
});

describe.skipIf(!nativeBuilt)('native SIMD paths', () => {
  it('STAGECOACH_SIMD forces a path for the whole process, clamped to what the CPU supports', () => {
    const { simdPaths } = addon().info();
    expect(simdPaths[0]).toBe('generic');
    expect(child('console.log(addon.info().simd, addon.info().gemm)', [], { STAGECOACH_SIMD: 'generic' })).toBe('generic builtin-generic');
    const best = simdPaths.at(-1);
    // avx512 on a CPU without it runs the best path it has; an unknown name runs the best path.
    expect(child('console.log(addon.info().simd)', [], { STAGECOACH_SIMD: 'avx512' })).toBe(best);
    expect(child('console.log(addon.info().simd)', [], { STAGECOACH_SIMD: 'fast' })).toBe(best);
  });
});

describe.skipIf(!nativeBuilt)('native thread pool', () => {
  it('an exception on the calling thread reaches JavaScript, and the workers hold no dangling job', () => {
    const a = addon();
    for (let i = 0; i < 50; i++) {
      expect(() => a.poolSelfTest(64, true)).toThrow(/a chunk on the calling thread failed/);
      // The next jobs run normally (a worker left with the dead job would crash or hang here).
      expect(a.poolSelfTest(64, false)).toBe(64);
    }
    const out = f32(1 << 16);
    a.unary(5, new Float32Array(1 << 16).fill(2), out, 1 << 16);
    expect(out.every((v) => v === -2)).toBe(true);
  });

  it('uses as many threads as the CPU affinity allows', () => {
    const info = addon().info();
    expect(info.threads).toBeLessThanOrEqual(Math.max(1, info.cpus.affinity || info.cpus.online));
    const taskset = ['/usr/bin/taskset', '/bin/taskset'].find((p) => existsSync(p));
    if (process.platform !== 'linux' || taskset === undefined) return; // affinity is a Linux notion here
    const env = { STAGECOACH_THREADS: '' };
    expect(child('console.log(addon.info().threads)', [taskset, '-c', '0'], env)).toBe('1');
    if (info.cpus.online >= 2) expect(child('console.log(addon.info().threads)', [taskset, '-c', '0,1'], env)).toBe('2');
  });

  // Needs a writable cgroup hierarchy (root outside a container); skipped elsewhere.
  const v1 = '/sys/fs/cgroup/cpu';
  const cgroupWritable = process.platform === 'linux' && process.getuid?.() === 0 && existsSync(`${v1}/cpu.cfs_quota_us`) && (() => {
    try {
      mkdirSync(`${v1}/stagecoach-probe`);
      rmdirSync(`${v1}/stagecoach-probe`);
      return true;
    } catch {
      return false;
    }
  })();
  const cgroupTitle = `uses no more threads than the cgroup CPU quota${cgroupWritable ? '' : ' (skipped: no writable cgroup v1 cpu hierarchy here)'}`;
  it.skipIf(!nativeBuilt || !cgroupWritable)(cgroupTitle, () => {
    const group = `${v1}/stagecoach-test-${process.pid}`;
    mkdirSync(group);
    try {
      writeFileSync(`${group}/cpu.cfs_quota_us`, '50000'); // half a CPU per 100 ms period
      // The child moves itself into the group before its first kernel call creates the pool.
      const out = child(`require('fs').writeFileSync(${JSON.stringify(`${group}/cgroup.procs`)}, String(process.pid));` +
        ' const i = addon.info(); console.log(JSON.stringify([i.threads, i.cpus.cgroupQuota]))', [], { STAGECOACH_THREADS: '' });
      expect(JSON.parse(out.split('\n').pop() ?? '')).toEqual([1, 0.5]);
    } finally {
      for (const pid of readFileSync(`${group}/cgroup.procs`, 'utf8').split('\n').filter(Boolean)) writeFileSync(`${v1}/cgroup.procs`, pid);
      rmdirSync(group);
    }
  });
});
