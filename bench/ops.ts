/**
 * Ops benchmarks: matmul throughput on wasm with and without Stagecoach's `BatchMatMul` replacement
 * (2-D, transposed, batched, as autograd's backward emits them), and forward + backward time of
 * causal attention and linear + cross-entropy on cpu and wasm, each with Stagecoach's kernels (fused
 * JavaScript kernels, fast matmul) and without (tfjs's own kernels running the tf-op reference).
 */
import { tf } from '../packages/core/src/tf.js';
import { cpu, useBackend, wasm } from '../packages/core/src/backends/index.js';
import type { Backend } from '../packages/core/src/backends/backend.js';
import { causalAttention, crossEntropyLoss, linear } from '../packages/core/src/ops/index.js';
import type { BenchOptions, BenchRecord } from './record.js';

/** Seconds per call of `fn` (after one warm-up call), reading the result back each time. */
function secondsPerCall(minSeconds: number, fn: () => tf.Tensor | tf.Tensor[]): number {
  const sync = (out: tf.Tensor | tf.Tensor[]): void => {
    const list = Array.isArray(out) ? out : [out];
    for (const t of list) t.dataSync();
    tf.dispose(list);
  };
  sync(fn());
  const start = performance.now();
  let calls = 0;
  while (performance.now() - start < minSeconds * 1000 || calls < 2) {
    sync(fn());
    calls++;
  }
  return (performance.now() - start) / 1000 / calls;
}

function matMulRecords(backendName: string, quick: boolean): BenchRecord[] {
  const n = quick ? 256 : 512;
  const flops = 2 * n * n * n;
  const a = tf.randomNormal([n, n]);
  const b = tf.randomNormal([n, n]);
  const a3 = tf.randomNormal([4, n / 4, n]);
  const b3 = tf.randomNormal([4, n, n / 4]);
  const cases: Array<[string, number, () => tf.Tensor]> = [
    [`[${n},${n}]x[${n},${n}]`, flops, () => tf.matMul(a, b)],
    [`[${n},${n}]x[${n},${n}]^T`, flops, () => tf.matMul(a, b, false, true)],
    [`[${n},${n}]^Tx[${n},${n}]`, flops, () => tf.matMul(a, b, true, false)],
    [`[4,${n / 4},${n}]x[${n},${n}]`, flops, () => tf.matMul(a3, b)],
    [`[4,${n / 4},${n}]x[4,${n},${n / 4}]`, flops / 8, () => tf.matMul(a3, b3)],
  ];
  const records = cases.map(([config, f, fn]) => ({
    bench: 'ops.matmul', backend: backendName, config, metric: 'throughput',
    value: f / secondsPerCall(quick ? 0.2 : 0.5, fn) / 1e9, unit: 'GFLOP/s',
  }));
  tf.dispose([a, b, a3, b3]);
  return records;
}

function opRecords(backendName: string, quick: boolean): BenchRecord[] {
  const [batch, heads, kvHeads, time, headDim, vocab] = quick ? [2, 4, 2, 64, 32, 2048] : [4, 8, 4, 128, 32, 8192];
  const q = tf.randomNormal([batch, heads, time, headDim]) as tf.Tensor4D;
  const k = tf.randomNormal([batch, kvHeads, time, headDim]) as tf.Tensor4D;
  const v = tf.randomNormal([batch, kvHeads, time, headDim]) as tf.Tensor4D;
  const x = tf.randomNormal([batch * time, heads * headDim]);
  const w = tf.randomNormal([heads * headDim, vocab], 0, 0.02) as tf.Tensor2D;
  const targets = tf.randomUniform([batch * time], 0, vocab, 'int32');
  const seconds = quick ? 0.3 : 1;
  const attention = tf.grads((qq: tf.Tensor, kk: tf.Tensor, vv: tf.Tensor) =>
    tf.sum(causalAttention(qq as tf.Tensor4D, kk as tf.Tensor4D, vv as tf.Tensor4D)));
  const head = tf.grads((xx: tf.Tensor, ww: tf.Tensor) => crossEntropyLoss(linear(xx, ww as tf.Tensor2D), targets));
  const records: BenchRecord[] = [
    {
      bench: 'ops.causalAttention', backend: backendName,
      config: `B${batch} Hq${heads} Hkv${kvHeads} T${time} D${headDim}`, metric: 'forward+backward',
      value: secondsPerCall(seconds, () => attention([q, k, v])) * 1000, unit: 'ms',
    },
    {
      bench: 'ops.linear+crossEntropyLoss', backend: backendName,
      config: `N${batch * time} in${heads * headDim} V${vocab}`, metric: 'forward+backward',
      value: secondsPerCall(seconds, () => head([x, w])) * 1000, unit: 'ms',
    },
  ];
  tf.dispose([q, k, v, x, w, targets]);
  return records;
}

export async function run(options: BenchOptions): Promise<BenchRecord[]> {
  const backends: Array<[string, Backend]> = [
    ['cpu (tf-op reference)', cpu({ fusedKernels: false })],
    ['cpu', cpu()],
    ['wasm (tfjs kernels only)', wasm({ fastMatMul: false, fusedKernels: false })],
    ['wasm', wasm()],
  ];
  const records: BenchRecord[] = [];
  for (const [label, backend] of backends) {
    await useBackend(backend);
    if (label.startsWith('wasm') || !options.quick) records.push(...matMulRecords(label, options.quick));
    records.push(...opRecords(label, options.quick));
  }
  return records;
}
