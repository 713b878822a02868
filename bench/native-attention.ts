/**
 * Native causal attention at long context: forward and backward time of the addon's kernels at
 * T = 1024 for batch-1 grouped-query models (1 or 2 KV heads) and a batch-4 multi-head one: wall
 * and CPU milliseconds per call (their ratio is how many cores the call kept busy) and the
 * process's peak resident memory. Prints one JSON record per line.
 *   node --import tsx bench/native-attention.ts [T] [repeats] [path of another build's .node, to compare]
 */
import { createRequire } from 'node:module';
import { loadNativeAddon } from '../packages/backend-node/src/native-addon.js';
import type { NativeAddon } from '../packages/backend-node/src/native-addon.js';

function load(): NativeAddon {
  const other = process.argv[4];
  if (other !== undefined) return createRequire(import.meta.url)(other) as NativeAddon;
  const loaded = loadNativeAddon();
  if (!loaded.ok) throw new Error(loaded.reason);
  return loaded.addon;
}
const addon = load();
const time = Number(process.argv[2] ?? 1024);
const repeats = Number(process.argv[3] ?? 3);

const random = (n: number) => Float32Array.from({ length: n }, () => Math.random() * 2 - 1);

/**
 * Median wall milliseconds of `fn` over `repeats` calls after one warm-up, and the mean CPU
 * milliseconds (all threads) per call: the work done, which a busy machine does not inflate.
 */
function ms(fn: () => void): { wall: number; cpu: number } {
  fn();
  const times: number[] = [];
  const cpuStart = process.cpuUsage();
  for (let r = 0; r < repeats; r++) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  const cpu = process.cpuUsage(cpuStart);
  const wall = times.sort((a, b) => a - b)[Math.floor(times.length / 2)] as number;
  return { wall, cpu: (cpu.user + cpu.system) / 1000 / repeats };
}

const configs = [
  { name: 'B1-Hq8-Hkv1', batch: 1, hq: 8, hkv: 1, d: 64 },
  { name: 'B1-Hq8-Hkv2', batch: 1, hq: 8, hkv: 2, d: 64 },
  { name: 'B4-Hq8-Hkv8', batch: 4, hq: 8, hkv: 8, d: 64 },
];
for (const c of configs) {
  const nq = c.batch * c.hq * time * c.d;
  const nk = c.batch * c.hkv * time * c.d;
  const [q, k, v, dy] = [random(nq), random(nk), random(nk), random(nq)];
  const mask = new Float32Array(c.batch * time).fill(1);
  const dims = [c.batch, c.hq, c.hkv, time, time, c.d];
  const scale = 1 / Math.sqrt(c.d);
  const out = new Float32Array(nq);
  const [dq, dk, dv] = [new Float32Array(nq), new Float32Array(nk), new Float32Array(nk)];
  const forward = ms(() => addon.attention(q, k, v, mask, dims, scale, out));
  const backward = ms(() => addon.attentionGrad(dy, q, k, v, mask, dims, scale, dq, dk, dv));
  const info = addon.info();
  process.stdout.write(`${JSON.stringify({
    bench: 'native.attention', config: `${c.name}-T${time}-D${c.d}`, threads: info.threads, simd: info.simd,
    forwardMs: Number(forward.wall.toFixed(1)), backwardMs: Number(backward.wall.toFixed(1)),
    forwardCpuMs: Number(forward.cpu.toFixed(1)), backwardCpuMs: Number(backward.cpu.toFixed(1)),
    backwardCores: Number((backward.cpu / backward.wall).toFixed(2)),
    maxRssMiB: Math.round(process.resourceUsage().maxRSS / 1024),
  })}\n`);
}
