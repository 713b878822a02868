/**
 * IO benchmarks: safetensors write/read throughput, float16/bfloat16 conversion speed, and a
 * crash-safe checkpoint save (writeDirectoryAtomic, fsync included) and load through nodeStorage.
 */
import {
  float16ToFloat32, float32ToBfloat16, float32ToFloat16, nodeStorage, readSafetensors, tensorFromFloat32,
  writeDirectoryAtomic, writeSafetensors,
} from '../packages/core/src/io/index.js';
import type { SafetensorsTensor } from '../packages/core/src/io/index.js';
import type { BenchOptions, BenchRecord } from './record.js';

/** Best of `repeats` timings of `action`, in seconds. */
async function best(repeats: number, action: () => unknown): Promise<number> {
  let fastest = Infinity;
  for (let i = 0; i < repeats; i++) {
    const start = performance.now();
    await action();
    fastest = Math.min(fastest, (performance.now() - start) / 1000);
  }
  return fastest;
}

export async function run(options: BenchOptions): Promise<BenchRecord[]> {
  const megabytes = options.quick ? 16 : 128;
  const repeats = options.quick ? 2 : 4;
  const tensorsCount = 8;
  const elements = (megabytes * 1024 * 1024) / 4 / tensorsCount;
  const config = `${megabytes} MB F32 in ${tensorsCount} tensors`;
  const record = (bench: string, metric: string, value: number, unit: string, cfg = config): BenchRecord =>
    ({ bench, backend: 'node', config: cfg, metric, value: Math.round(value * 1000) / 1000, unit });

  const tensors: Record<string, SafetensorsTensor> = {};
  for (let t = 0; t < tensorsCount; t++) {
    const data = new Float32Array(elements);
    for (let i = 0; i < elements; i++) data[i] = Math.sin(i * 0.001 + t);
    tensors[`layers.${t}.weight`] = { dtype: 'F32', shape: [elements], data };
  }
  const records: BenchRecord[] = [];

  let file = new Uint8Array(0);
  const writeSeconds = await best(repeats, () => { file = writeSafetensors(tensors); });
  records.push(record('io.safetensors.write', 'throughput', megabytes / writeSeconds, 'MB/s'));
  const readSeconds = await best(repeats, () => readSafetensors(file));
  // Zero-copy: the time is the header parse and view creation, independent of the data size.
  records.push(record('io.safetensors.read-view', 'time', readSeconds * 1000, 'ms'));
  const copySeconds = await best(repeats, () => readSafetensors(file, { copy: true }));
  records.push(record('io.safetensors.read-copy', 'throughput', megabytes / copySeconds, 'MB/s'));

  const values = tensors['layers.0.weight']!.data as Float32Array;
  const convConfig = `${values.length} float32 values`;
  let half = new Uint16Array(0);
  const f16Seconds = await best(repeats, () => { half = float32ToFloat16(values); });
  records.push(record('io.float16.encode', 'throughput', values.length / f16Seconds / 1e6, 'M values/s', convConfig));
  const f16DecodeSeconds = await best(repeats, () => float16ToFloat32(half));
  records.push(record('io.float16.decode', 'throughput', values.length / f16DecodeSeconds / 1e6, 'M values/s', convConfig));
  const bf16Seconds = await best(repeats, () => float32ToBfloat16(values));
  records.push(record('io.bfloat16.encode', 'throughput', values.length / bf16Seconds / 1e6, 'M values/s', convConfig));
  const halfModelSeconds = await best(repeats, () => writeSafetensors(Object.fromEntries(
    Object.entries(tensors).map(([name, t]) => [name, tensorFromFloat32(t.data as Float32Array, t.shape, 'BF16')]),
  )));
  records.push(record('io.safetensors.write-bf16', 'throughput', megabytes / halfModelSeconds, 'MB/s (F32 in)'));

  // A hostile header: 100,000 entries that all alias the same 4 bytes must be refused quickly.
  const aliasCount = 100_000;
  const aliasHeader = new TextEncoder().encode(JSON.stringify(Object.fromEntries(
    Array.from({ length: aliasCount }, (_, i) => [`t${i}`, { dtype: 'F32', shape: [1], data_offsets: [0, 4] }]),
  )));
  const aliasFile = new Uint8Array(8 + aliasHeader.length + 4);
  new DataView(aliasFile.buffer).setBigUint64(0, BigInt(aliasHeader.length), true);
  aliasFile.set(aliasHeader, 8);
  const rejectSeconds = await best(repeats, () => {
    try {
      readSafetensors(aliasFile);
    } catch {
      return; // the expected overlap error
    }
    throw new Error('bench io: the aliasing header was accepted');
  });
  records.push(record('io.safetensors.reject-aliasing-header', 'time', rejectSeconds * 1000, 'ms', `${aliasCount} entries aliasing 4 bytes`));

  const { mkdtemp, rm } = await import('node:fs/promises');
  const { tmpdir } = await import('node:os');
  const { join } = await import('node:path');
  const root = await mkdtemp(join(tmpdir(), 'stagecoach-bench-io-'));
  try {
    const dir = join(root, 'ckpt');
    const files = { 'config.json': '{}', 'model.safetensors': file };
    const saveSeconds = await best(repeats, () => writeDirectoryAtomic(dir, files));
    records.push(record('io.checkpoint.save-atomic', 'throughput', megabytes / saveSeconds, 'MB/s (fsync)'));
    const storage = nodeStorage(dir);
    const loadSeconds = await best(repeats, async () => readSafetensors(await storage.readBytes('model.safetensors')));
    records.push(record('io.checkpoint.load', 'throughput', megabytes / loadSeconds, 'MB/s (page cache)'));
  } finally {
    await rm(root, { recursive: true, force: true });
  }
  return records;
}
