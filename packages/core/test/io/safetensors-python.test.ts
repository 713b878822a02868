/**
 * Cross-checks against an independent Python + numpy implementation of the format
 * (fixtures/safetensors_numpy.py): a committed file it wrote must read correctly and be rewritten
 * byte for byte; and when python3 with numpy is present, it must read what we write.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readSafetensors, tensorFromFloat32, toFloat32, writeSafetensors } from '../../src/io/index.js';
import type { SafetensorsTensor } from '../../src/io/index.js';

const fixtures = fileURLToPath(new URL('./fixtures/', import.meta.url));

describe('safetensors written by Python/numpy', () => {
  const bytes = new Uint8Array(readFileSync(join(fixtures, 'numpy-written.safetensors')));

  it('reads every tensor and the metadata', () => {
    const { tensors, metadata } = readSafetensors(bytes);
    expect(metadata).toEqual({ format: 'pt', source: 'safetensors_numpy.py' });
    expect([...tensors.keys()]).toEqual(['ids', 'double', 'embed.weight', 'empty', 'count', 'half', 'short', 'signed', 'bytes', 'mask']);
    expect(tensors.get('embed.weight')!.shape).toEqual([3, 4]);
    expect(Array.from(tensors.get('embed.weight')!.data as Float32Array)).toEqual(Array.from({ length: 12 }, (_, i) => i / 4 - 1));
    expect(Array.from(toFloat32(tensors.get('half')!)).slice(0, 5)).toEqual([0, -0, 1, -2.5, 65504]);
    expect(toFloat32(tensors.get('half')!)[8]).toBeCloseTo(3.14159, 2);
    expect(Array.from(tensors.get('double')!.data as Float64Array)).toEqual([1 / 3, -1e300]);
    expect(Array.from(tensors.get('ids')!.data as BigInt64Array)).toEqual([-(2n ** 62n), 0n, 2n ** 40n + 1n]);
    expect(tensors.get('count')).toEqual({ dtype: 'I32', shape: [], data: new Int32Array([7]) });
    expect(Array.from(tensors.get('short')!.data as Int16Array)).toEqual([-32768, 32767]);
    expect(Array.from(tensors.get('bytes')!.data as Uint8Array)).toEqual([0, 128, 255]);
    expect(Array.from(tensors.get('signed')!.data as Int8Array)).toEqual([-128, 5]);
    expect(tensors.get('mask')).toEqual({ dtype: 'BOOL', shape: [3], data: new Uint8Array([1, 0, 1]) });
    expect(tensors.get('empty')!.shape).toEqual([0, 3]);
  });

  it('writes the same tensors back byte for byte', () => {
    const { tensors, metadata } = readSafetensors(bytes);
    // Rebuild in a different insertion order: the writer's ordering must not depend on it.
    const shuffled = new Map([...tensors.entries()].reverse());
    expect(Buffer.from(writeSafetensors(shuffled, metadata)).equals(Buffer.from(bytes))).toBe(true);
  });
});

describe('Python/numpy reads what we write', () => {
  it('agrees on every dtype numpy knows, and BF16', (context) => {
    try {
      execFileSync('python3', ['-c', 'import numpy'], { stdio: 'ignore' });
    } catch {
      context.skip();
      return;
    }
    const tensors: Record<string, SafetensorsTensor> = {
      f32: { dtype: 'F32', shape: [2, 2], data: new Float32Array([0.5, -1, 3e38, 1e-40]) },
      f16: tensorFromFloat32(new Float32Array([1, -0.5, 65504, 6e-8]), [4], 'F16'),
      bf16: tensorFromFloat32(new Float32Array([1, -0.5, 1e30, 3.140625]), [2, 2], 'BF16'),
      f64: { dtype: 'F64', shape: [1], data: new Float64Array([Math.PI]) },
      i64: { dtype: 'I64', shape: [2], data: new BigInt64Array([-(2n ** 53n), 2n ** 53n]) },
      u64: { dtype: 'U64', shape: [1], data: new BigUint64Array([2n ** 52n]) },
      i32: { dtype: 'I32', shape: [], data: new Int32Array([-5]) },
      u32: { dtype: 'U32', shape: [1], data: new Uint32Array([4e9]) },
      i16: { dtype: 'I16', shape: [1], data: new Int16Array([-300]) },
      u16: { dtype: 'U16', shape: [1], data: new Uint16Array([60000]) },
      i8: { dtype: 'I8', shape: [1], data: new Int8Array([-7]) },
      u8: { dtype: 'U8', shape: [1, 1, 1], data: new Uint8Array([200]) },
      bool: { dtype: 'BOOL', shape: [2], data: new Uint8Array([0, 1]) },
      empty: { dtype: 'F16', shape: [0], data: new Uint16Array(0) },
    };
    const dir = mkdtempSync(join(tmpdir(), 'stagecoach-st-'));
    try {
      const file = join(dir, 'ours.safetensors');
      writeFileSync(file, writeSafetensors(tensors, { framework: 'stagecoach' }));
      const json = execFileSync('python3', [join(fixtures, 'safetensors_numpy.py'), 'read', file], { encoding: 'utf8' });
      const read = JSON.parse(json) as Record<string, { dtype: string; shape: number[]; values: unknown[] }> & { __metadata__: unknown };
      expect(read.__metadata__).toEqual({ framework: 'stagecoach' });
      for (const [name, tensor] of Object.entries(tensors)) {
        const entry = read[name]!;
        expect(entry.dtype).toBe(tensor.dtype);
        expect(entry.shape).toEqual(tensor.shape);
        const expected = tensor.dtype === 'BOOL'
          ? Array.from(tensor.data as Uint8Array, (v) => v === 1)
          : tensor.dtype === 'F16' || tensor.dtype === 'BF16'
            ? Array.from(toFloat32(tensor))
            : Array.from(tensor.data as ArrayLike<number | bigint>, Number);
        expect(entry.values, name).toEqual(expected);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
