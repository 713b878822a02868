import { beforeAll, describe, expect, it } from 'vitest';
import { tf } from '../../src/tf.js';
import { SafetensorsError, readSafetensors, safetensorToTf, tfToSafetensor, writeSafetensors } from '../../src/io/index.js';

beforeAll(async () => {
  await tf.setBackend('cpu');
  await tf.ready();
});

describe('safetensors ↔ tf.Tensor', () => {
  it('round-trips float32 (as F32, F16, BF16), int32 (as I32, I64) and bool through a file', async () => {
    const before = tf.memory().numTensors;
    const weight = tf.tensor2d([[1, -2.5], [0.125, 1000]]);
    const ids = tf.tensor1d([3, -1, 2147483647], 'int32');
    const mask = tf.tensor1d([true, false], 'bool');
    const file = writeSafetensors({
      'w.f32': await tfToSafetensor(weight),
      'w.f16': await tfToSafetensor(weight, 'F16'),
      'w.bf16': await tfToSafetensor(weight, 'BF16'),
      'ids.i32': await tfToSafetensor(ids),
      'ids.i64': await tfToSafetensor(ids, 'I64'),
      mask: await tfToSafetensor(mask),
    });
    const { tensors } = readSafetensors(file);
    expect(tensors.get('w.f16')!.dtype).toBe('F16');
    expect(tensors.get('ids.i64')!.data).toBeInstanceOf(BigInt64Array);
    for (const name of ['w.f32', 'w.f16', 'w.bf16', 'ids.i32', 'ids.i64', 'mask']) {
      const t = safetensorToTf(tensors.get(name)!, name);
      const source = name.startsWith('w') ? weight : name.startsWith('ids') ? ids : mask;
      expect(t.dtype, name).toBe(source.dtype);
      expect(t.shape, name).toEqual(source.shape);
      expect(Array.from(t.dataSync()), name).toEqual(Array.from(source.dataSync()));
      t.dispose();
    }
    tf.dispose([weight, ids, mask]);
    expect(tf.memory().numTensors).toBe(before);
  });

  it('refuses integers that do not fit in int32, naming the tensor', () => {
    expect(() => safetensorToTf({ dtype: 'I64', shape: [1], data: new BigInt64Array([2n ** 40n]) }, 'position_ids'))
      .toThrow(/position_ids.*does not fit in int32/);
    expect(() => safetensorToTf({ dtype: 'U32', shape: [1], data: new Uint32Array([2 ** 31]) })).toThrow(SafetensorsError);
    const t = safetensorToTf({ dtype: 'U8', shape: [2], data: new Uint8Array([0, 255]) });
    expect(t.dtype).toBe('int32');
    expect(Array.from(t.dataSync())).toEqual([0, 255]);
    t.dispose();
  });

  it('refuses storing float32 as an integer dtype', async () => {
    const t = tf.scalar(1);
    await expect(tfToSafetensor(t, 'I32')).rejects.toThrow(/F32, F16, BF16 or F64/);
    t.dispose();
  });
});
