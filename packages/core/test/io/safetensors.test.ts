import { describe, expect, it } from 'vitest';
import {
  SAFETENSORS_DTYPES, SafetensorsError, safetensorsDtypeSize, parseSafetensorsHeader, readSafetensors, tensorFromFloat32,
  toFloat32, writeSafetensors,
} from '../../src/io/index.js';
import type { SafetensorsCheck, SafetensorsDtype, SafetensorsTensor } from '../../src/io/index.js';

const encoder = new TextEncoder();

/** A file with a given header text (or object) and data area, and optionally a forged length field. */
function fileWith(header: string | object, data: Uint8Array | number = 0, headerLength?: bigint): Uint8Array {
  const json = encoder.encode(typeof header === 'string' ? header : JSON.stringify(header));
  const bytes = typeof data === 'number' ? new Uint8Array(data) : data;
  const out = new Uint8Array(8 + json.length + bytes.length);
  new DataView(out.buffer).setBigUint64(0, headerLength ?? BigInt(json.length), true);
  out.set(json, 8);
  out.set(bytes, 8 + json.length);
  return out;
}

function expectCheck(action: () => unknown, check: SafetensorsCheck, ...fragments: string[]): SafetensorsError {
  let caught: unknown;
  try {
    action();
  } catch (error) {
    caught = error;
  }
  expect(caught, `expected check ${check}`).toBeInstanceOf(SafetensorsError);
  const error = caught as SafetensorsError;
  expect(error.check).toBe(check);
  expect(error.code).toBe('STAGECOACH_SAFETENSORS');
  expect(SafetensorsError.isInstance(error)).toBe(true);
  for (const fragment of fragments) expect(error.message).toContain(fragment);
  return error;
}

function sampleData(dtype: SafetensorsDtype, n: number): SafetensorsTensor['data'] {
  switch (dtype) {
    case 'F32': return Float32Array.from({ length: n }, (_, i) => i * 0.5 - 3.25);
    case 'F64': return Float64Array.from({ length: n }, (_, i) => i / 3 - 1e300 * (i % 2));
    case 'F16': case 'BF16': case 'U16': return Uint16Array.from({ length: n }, (_, i) => (i * 4099) & 0xffff);
    case 'I8': return Int8Array.from({ length: n }, (_, i) => ((i * 37) % 256) - 128);
    case 'U8': case 'F8_E4M3': case 'F8_E5M2': return Uint8Array.from({ length: n }, (_, i) => (i * 37) % 256);
    case 'BOOL': return Uint8Array.from({ length: n }, (_, i) => i % 3 === 0 ? 1 : 0);
    case 'I16': return Int16Array.from({ length: n }, (_, i) => i * 1000 - 32768);
    case 'I32': return Int32Array.from({ length: n }, (_, i) => i * 123456789 - 2 ** 31);
    case 'U32': return Uint32Array.from({ length: n }, (_, i) => (i * 987654321) >>> 0);
    case 'I64': return BigInt64Array.from({ length: n }, (_, i) => BigInt(i) * 2n ** 60n - 2n ** 63n + 7n);
    case 'U64': return BigUint64Array.from({ length: n }, (_, i) => BigInt(i) * 2n ** 61n + 5n);
  }
}

describe('safetensors round trip', () => {
  it('round-trips every dtype with its natural typed array', () => {
    const tensors = new Map<string, SafetensorsTensor>();
    for (const dtype of SAFETENSORS_DTYPES) tensors.set(`t.${dtype}`, { dtype, shape: [2, 3], data: sampleData(dtype, 6) });
    const { tensors: back, metadata } = readSafetensors(writeSafetensors(tensors));
    expect(metadata).toEqual({});
    expect(back.size).toBe(SAFETENSORS_DTYPES.length);
    for (const [name, tensor] of tensors) {
      const read = back.get(name)!;
      expect(read.dtype).toBe(tensor.dtype);
      expect(read.shape).toEqual([2, 3]);
      expect(read.data.constructor).toBe(tensor.data.constructor);
      expect(Array.from(read.data as ArrayLike<number>)).toEqual(Array.from(tensor.data as ArrayLike<number>));
    }
    expect(back.get('t.I64')!.data).toBeInstanceOf(BigInt64Array);
    expect(back.get('t.BOOL')!.data).toBeInstanceOf(Uint8Array);
    expect(back.get('t.BF16')!.data).toBeInstanceOf(Uint16Array);
  });

  it('round-trips metadata, scalars, empty tensors and odd names', () => {
    const bytes = writeSafetensors({
      scalar: { dtype: 'F32', shape: [], data: new Float32Array([42.5]) },
      empty: { dtype: 'F32', shape: [0, 4], data: new Float32Array(0) },
      'emptyI64': { dtype: 'I64', shape: [0], data: new BigInt64Array(0) },
      '0': { dtype: 'U8', shape: [1], data: new Uint8Array([9]) },
      'ünï "quoted" \\ 😀': { dtype: 'I8', shape: [2], data: new Int8Array([-1, 1]) },
      __proto__x: { dtype: 'BOOL', shape: [1], data: new Uint8Array([1]) },
    }, { format: 'pt', note: 'line\nbreak "and" ünïcode' });
    const { tensors, metadata } = readSafetensors(bytes);
    expect(metadata).toEqual({ format: 'pt', note: 'line\nbreak "and" ünïcode' });
    expect(tensors.get('scalar')).toEqual({ dtype: 'F32', shape: [], data: new Float32Array([42.5]) });
    expect(tensors.get('empty')!.shape).toEqual([0, 4]);
    expect(tensors.get('empty')!.data.length).toBe(0);
    expect(tensors.get('emptyI64')!.data).toBeInstanceOf(BigInt64Array);
    expect(Array.from(tensors.get('0')!.data as Uint8Array)).toEqual([9]);
    expect(Array.from(tensors.get('ünï "quoted" \\ 😀')!.data as Int8Array)).toEqual([-1, 1]);
  });

  it('keeps a metadata entry named __proto__ as data, not as a prototype', () => {
    const { metadata } = readSafetensors(writeSafetensors({}, { __proto__: 'x' } as unknown as Record<string, string>));
    expect(Object.keys(metadata)).toEqual([]);
    const file = fileWith('{"__metadata__":{"__proto__":"evil","a":"b"}}');
    const read = readSafetensors(file).metadata;
    expect(Object.getPrototypeOf(read)).toBe(Object.prototype);
    expect(Object.keys(read)).toEqual(['__proto__', 'a']);
  });

  it('round-trips a tensor named __proto__', () => {
    const tensors = new Map([['__proto__', { dtype: 'U8', shape: [1], data: new Uint8Array([5]) } as SafetensorsTensor]]);
    const back = readSafetensors(writeSafetensors(tensors)).tensors;
    expect([...back.keys()]).toEqual(['__proto__']);
    expect(back.get('__proto__')!.data[0]).toBe(5);
  });

  it('writes an empty file exactly as the reference does', () => {
    const empty = writeSafetensors({});
    expect(Array.from(empty)).toEqual([8, 0, 0, 0, 0, 0, 0, 0, ...encoder.encode('{}      ')]);
    const withMeta = writeSafetensors({}, { framework: 'pt' });
    const header = '{"__metadata__":{"framework":"pt"}}     ';
    expect(header.length).toBe(40);
    expect(Array.from(withMeta)).toEqual([40, 0, 0, 0, 0, 0, 0, 0, ...encoder.encode(header)]);
    expect(readSafetensors(withMeta).metadata).toEqual({ framework: 'pt' });
  });
});

describe('safetensors byte layout', () => {
  const f32 = new Float32Array([0, 1, 2, 3, 4, 5]);
  const f32Bytes = Array.from(new Uint8Array(f32.buffer));

  it('matches the reference bytes for one F32 tensor (header already a multiple of 8)', () => {
    const out = writeSafetensors({ 'attn.0': { dtype: 'F32', shape: [1, 2, 3], data: f32 } });
    const header = '{"attn.0":{"dtype":"F32","shape":[1,2,3],"data_offsets":[0,24]}}';
    expect(header.length).toBe(64);
    expect(Array.from(out)).toEqual([64, 0, 0, 0, 0, 0, 0, 0, ...encoder.encode(header), ...f32Bytes]);
  });

  it('pads the header with spaces to a multiple of 8 so data stay aligned', () => {
    const out = writeSafetensors({ attn0: { dtype: 'F32', shape: [1, 1, 2, 3], data: f32 } });
    const header = '{"attn0":{"dtype":"F32","shape":[1,1,2,3],"data_offsets":[0,24]}}';
    expect(header.length).toBe(65);
    expect(Array.from(out)).toEqual([72, 0, 0, 0, 0, 0, 0, 0, ...encoder.encode(header + ' '.repeat(7)), ...f32Bytes]);
    const { tensors } = readSafetensors(out);
    const data = tensors.get('attn0')!.data;
    expect(data.buffer).toBe(out.buffer); // aligned: a view, no copy
    expect((8 + 72) % 4).toBe(0);
  });

  it('orders tensors by descending dtype alignment, then by UTF-8 name, with contiguous offsets', () => {
    const out = writeSafetensors({
      b: { dtype: 'U8', shape: [3], data: new Uint8Array([1, 2, 3]) },
      a: { dtype: 'F32', shape: [1], data: new Float32Array([1]) },
      c: { dtype: 'I64', shape: [1], data: new BigInt64Array([1n]) },
      d: { dtype: 'BF16', shape: [1], data: new Uint16Array([1]) },
      e: { dtype: 'F16', shape: [2], data: new Uint16Array([1, 2]) },
      '\u{1F600}': { dtype: 'F32', shape: [1], data: new Float32Array([2]) },
      '\uFFFD': { dtype: 'F32', shape: [1], data: new Float32Array([3]) },
      aa: { dtype: 'F32', shape: [1], data: new Float32Array([4]) },
    }, { z: '1', a: '2' });
    const n = Number(new DataView(out.buffer).getBigUint64(0, true));
    expect(n % 8).toBe(0);
    const text = new TextDecoder().decode(out.subarray(8, 8 + n));
    expect(text.trimEnd().length).toBeGreaterThan(n - 8);
    expect(text.slice(text.trimEnd().length)).toMatch(/^ *$/);
    const keys = [...text.matchAll(/"([^"]+)":\{/g)].map((m) => m[1]);
    // U+FFFD (EF BF BD) sorts before U+1F600 (F0 9F 98 80) in UTF-8 although not in UTF-16.
    expect(keys).toEqual(['__metadata__', 'c', 'a', 'aa', '\uFFFD', '\u{1F600}', 'd', 'e', 'b']);
    expect(text).toContain('"__metadata__":{"a":"2","z":"1"}');
    const header = JSON.parse(text) as Record<string, { data_offsets: [number, number] }>;
    const offsets = keys.slice(1).map((k) => header[k!]!.data_offsets);
    expect(offsets).toEqual([[0, 8], [8, 12], [12, 16], [16, 20], [20, 24], [24, 26], [26, 30], [30, 33]]);
    expect(out.length).toBe(8 + n + 33);
  });
});

describe('safetensors reading', () => {
  it('reads unaligned data by copying, and aligned data as views', () => {
    const bytes = writeSafetensors({
      x: { dtype: 'F32', shape: [3], data: new Float32Array([1.5, -2, 3]) },
      y: { dtype: 'I64', shape: [2], data: new BigInt64Array([-5n, 2n ** 62n]) },
    });
    // Shift the whole file by 1..7 bytes inside a bigger buffer.
    for (let shift = 1; shift < 8; shift++) {
      const host = new Uint8Array(bytes.length + 8);
      host.set(bytes, shift);
      const view = host.subarray(shift, shift + bytes.length);
      const { tensors } = readSafetensors(view);
      expect(Array.from(tensors.get('x')!.data as Float32Array)).toEqual([1.5, -2, 3]);
      expect(Array.from(tensors.get('y')!.data as BigInt64Array)).toEqual([-5n, 2n ** 62n]);
      expect(tensors.get('x')!.data.buffer === host.buffer).toBe(shift % 4 === 0);
    }
    // A hand-built file whose F32 tensor starts at data offset 2 (after a U8 tensor): legal but unaligned.
    const data = new Uint8Array([7, 9, ...new Uint8Array(new Float32Array([6.25, -1]).buffer)]);
    const header = '{"b":{"dtype":"U8","shape":[2],"data_offsets":[0,2]},"f":{"dtype":"F32","shape":[2],"data_offsets":[2,10]}}';
    const file = fileWith(header + ' '.repeat((8 - (header.length % 8)) % 8), data);
    const { tensors } = readSafetensors(file);
    expect(Array.from(tensors.get('f')!.data as Float32Array)).toEqual([6.25, -1]);
    expect(Array.from(tensors.get('b')!.data as Uint8Array)).toEqual([7, 9]);
    expect([...tensors.keys()]).toEqual(['b', 'f']);
  });

  it('copies on request so tensors do not change with the input bytes', () => {
    const bytes = writeSafetensors({ x: { dtype: 'F32', shape: [1], data: new Float32Array([1]) } });
    const viewed = readSafetensors(bytes).tensors.get('x')!.data;
    const copied = readSafetensors(bytes, { copy: true }).tensors.get('x')!.data;
    bytes.fill(0, bytes.length - 4);
    expect(viewed[0]).toBe(0);
    expect(copied[0]).toBe(1);
  });

  it('accepts header entries in any offset order and unknown extra fields', () => {
    const header = '{"late":{"dtype":"U8","shape":[1],"data_offsets":[1,2]},"early":{"dtype":"U8","shape":[1],"data_offsets":[0,1],"extra":true}}';
    const { tensors } = readSafetensors(fileWith(header, new Uint8Array([10, 20])));
    expect([...tensors.keys()]).toEqual(['early', 'late']);
    expect(tensors.get('late')!.data[0]).toBe(20);
  });

  it('exposes the parsed header, checkable against a larger real file length', () => {
    const bytes = writeSafetensors({ w: { dtype: 'F16', shape: [4], data: new Uint16Array(4) } }, { a: 'b' });
    const n = Number(new DataView(bytes.buffer).getBigUint64(0, true));
    const header = parseSafetensorsHeader(bytes.subarray(0, 8 + n), bytes.length);
    expect(header.dataStart).toBe(8 + n);
    expect(header.entries).toEqual([{ name: 'w', dtype: 'F16', shape: [4], dataOffsets: [0, 8] }]);
    expect(header.metadata).toEqual({ a: 'b' });
    expectCheck(() => parseSafetensorsHeader(bytes.subarray(0, 8 + n), bytes.length - 1), 'offsets-out-of-range', '"w"');
  });
});

describe('safetensors validation', () => {
  const ok = (offsets: [number, number] = [0, 4]) => ({ dtype: 'F32', shape: [1], data_offsets: offsets });

  it('rejects files shorter than 8 bytes', () => {
    expectCheck(() => readSafetensors(new Uint8Array(0)), 'file-too-small', '0 bytes');
    expectCheck(() => readSafetensors(new Uint8Array(7)), 'file-too-small', '7 bytes');
  });

  it('rejects a header length beyond the file or the 100 MB limit', () => {
    expectCheck(() => readSafetensors(fileWith({}, 0, 3n)), 'header-length');
    expectCheck(() => readSafetensors(fileWith('{}', 0, 1000n)), 'header-length', 'truncated');
    expectCheck(() => readSafetensors(fileWith('{}', 0, 100_000_001n)), 'header-too-large', '100000000');
    expectCheck(() => readSafetensors(fileWith('{}', 0, 2n ** 64n - 1n)), 'header-too-large');
  });

  it('rejects 100,000 entries that all alias the same bytes (the sort-then-scan check stays linear; timed in bench/io.ts)', () => {
    const header = Object.fromEntries(Array.from({ length: 100_000 }, (_, i) => [`t${i}`, ok()]));
    expectCheck(() => readSafetensors(fileWith(header, 4)), 'overlap', 'overlap tensor');
  });

  it('rejects invalid UTF-8, invalid JSON and non-object headers', () => {
    const bad = fileWith('{"a":1}   ');
    bad[10] = 0xff;
    expectCheck(() => readSafetensors(bad), 'header-utf8');
    expectCheck(() => readSafetensors(fileWith('{"a":')), 'header-json');
    expectCheck(() => readSafetensors(fileWith('{} trailing')), 'header-json');
    expectCheck(() => readSafetensors(fileWith('[1,2]   ')), 'header-not-object');
    expectCheck(() => readSafetensors(fileWith('null    ')), 'header-not-object');
    expectCheck(() => readSafetensors(fileWith('  {}    ')), 'header-not-object');
  });

  it('rejects duplicate names that JSON.parse would silently merge', () => {
    const header = '{"w":{"dtype":"U8","shape":[1],"data_offsets":[0,1]},"w":{"dtype":"U8","shape":[1],"data_offsets":[0,1]}}';
    expectCheck(() => readSafetensors(fileWith(header, 1)), 'duplicate-name', '"w"');
    // Same text nested deeper, or inside strings, is not a duplicate.
    const fine = '{"__metadata__":{"w":"{\\"w\\":1,\\"w\\":2}"},"w":{"dtype":"U8","shape":[1],"data_offsets":[0,1]}}';
    expect(readSafetensors(fileWith(fine, 1)).metadata).toEqual({ w: '{"w":1,"w":2}' });
  });

  it('rejects metadata that is not a string map', () => {
    expectCheck(() => readSafetensors(fileWith({ __metadata__: { a: 1 } })), 'metadata', '"a"');
    expectCheck(() => readSafetensors(fileWith({ __metadata__: ['x'] })), 'metadata');
    expectCheck(() => readSafetensors(fileWith({ __metadata__: null })), 'metadata');
  });

  it('rejects malformed tensor entries, naming the tensor', () => {
    expectCheck(() => readSafetensors(fileWith({ w: 3 })), 'tensor-entry', '"w"');
    expectCheck(() => readSafetensors(fileWith({ w: { dtype: 'F32', shape: [1] } }, 4)), 'tensor-entry', '"w"', 'data_offsets');
    expectCheck(() => readSafetensors(fileWith({ w: { ...ok(), dtype: 'F31' } }, 4)), 'dtype', '"w"', 'F31', 'BF16');
    expectCheck(() => readSafetensors(fileWith({ w: { ...ok(), shape: [-1] } }, 4)), 'shape', '"w"');
    expectCheck(() => readSafetensors(fileWith({ w: { ...ok(), shape: [1.5] } }, 4)), 'shape', '"w"');
    expectCheck(() => readSafetensors(fileWith({ w: { ...ok(), shape: 4 } }, 4)), 'shape', '"w"');
    expectCheck(() => readSafetensors(fileWith({ w: { ...ok(), shape: [2 ** 60] } }, 4)), 'shape', '"w"');
  });

  it('rejects bad offsets: not integers, reversed, outside the data area', () => {
    expectCheck(() => readSafetensors(fileWith({ w: ok([0.5, 4]) }, 4)), 'offsets', '"w"');
    expectCheck(() => readSafetensors(fileWith({ w: { ...ok(), data_offsets: [0] } }, 4)), 'offsets', '"w"');
    expectCheck(() => readSafetensors(fileWith({ w: ok(['0', 4] as never) }, 4)), 'offsets', '"w"');
    expectCheck(() => readSafetensors(fileWith({ w: ok([-4, 0]) }, 4)), 'offsets', '"w"');
    expectCheck(() => readSafetensors(fileWith({ w: ok([4, 0]) }, 4)), 'offsets', '"w"', 'ends before it begins');
    expectCheck(() => readSafetensors(fileWith({ w: ok([0, 8]) }, 4)), 'offsets-out-of-range', '"w"', 'truncated');
  });

  it('rejects overlapping ranges, gaps and trailing bytes', () => {
    expectCheck(() => readSafetensors(fileWith({ a: ok([0, 4]), b: ok([2, 6]) }, 6)), 'overlap', '"b"', '"a"');
    expectCheck(() => readSafetensors(fileWith({ a: ok([0, 4]), b: ok([0, 4]) }, 4)), 'overlap');
    expectCheck(() => readSafetensors(fileWith({ a: ok([0, 4]), b: ok([6, 10]) }, 10)), 'gap', '"b"', '2 unused bytes', '"a"');
    expectCheck(() => readSafetensors(fileWith({ a: ok([2, 6]) }, 6)), 'gap', '"a"', 'start of the data area');
    expectCheck(() => readSafetensors(fileWith({ a: ok([0, 4]) }, 5)), 'trailing-bytes', '1 unexplained');
    expectCheck(() => readSafetensors(fileWith({}, 3)), 'trailing-bytes');
  });

  it('rejects a byte length that does not match shape × dtype size', () => {
    expectCheck(() => readSafetensors(fileWith({ w: { dtype: 'F32', shape: [2], data_offsets: [0, 4] } }, 4)), 'size-mismatch', '"w"', 'needs 8 bytes');
    expectCheck(() => readSafetensors(fileWith({ w: { dtype: 'BF16', shape: [], data_offsets: [0, 4] } }, 4)), 'size-mismatch', '"w"');
  });

  it('validates tensors when writing', () => {
    expectCheck(() => writeSafetensors({ w: { dtype: 'F16', shape: [2], data: new Float32Array(2) } }), 'data-type', '"w"', 'Uint16Array', 'tensorFromFloat32');
    expectCheck(() => writeSafetensors({ w: { dtype: 'F32', shape: [3], data: new Float32Array(2) } }), 'size-mismatch', '"w"');
    expectCheck(() => writeSafetensors({ w: { dtype: 'F32', shape: [-1], data: new Float32Array(0) } }), 'shape', '"w"');
    expectCheck(() => writeSafetensors({ w: { dtype: 'Q4' as SafetensorsDtype, shape: [1], data: new Uint8Array(1) } }), 'dtype', '"w"');
    expectCheck(() => writeSafetensors({ w: { dtype: 'BOOL', shape: [2], data: new Uint8Array([1, 2]) } }), 'data-type', 'BOOL');
    expectCheck(() => writeSafetensors(new Map([['__metadata__', { dtype: 'U8', shape: [1], data: new Uint8Array(1) } as SafetensorsTensor]])), 'name');
    expectCheck(() => writeSafetensors({}, { a: 1 as unknown as string }), 'metadata', '"a"');
  });
});

describe('float conversions in tensors', () => {
  it('stores float32 values as F16 / BF16 / F64 and reads them back through toFloat32', () => {
    const values = new Float32Array([0, -0, 1, -2.5, 65504, 1e-7, Infinity, -Infinity, NaN, 3.140625]);
    const file = writeSafetensors({
      f32: tensorFromFloat32(values, [10]),
      f16: tensorFromFloat32(values, [2, 5], 'F16'),
      bf16: tensorFromFloat32(values, [10], 'BF16'),
      f64: tensorFromFloat32(values, [10], 'F64'),
    });
    const { tensors } = readSafetensors(file);
    expect(tensors.get('f16')!.dtype).toBe('F16');
    expect(tensors.get('f16')!.data).toBeInstanceOf(Uint16Array);
    expect(Array.from(toFloat32(tensors.get('f32')!))).toEqual(Array.from(values));
    expect(Array.from(toFloat32(tensors.get('f64')!))).toEqual(Array.from(values));
    const f16 = Array.from(toFloat32(tensors.get('f16')!));
    expect(f16.slice(0, 5)).toEqual([0, -0, 1, -2.5, 65504]);
    expect(Object.is(f16[1], -0)).toBe(true);
    expect(f16[5]).toBeCloseTo(1.1920928955078125e-7, 15); // nearest half subnormal: 2 * 2^-24
    expect(f16.slice(6, 8)).toEqual([Infinity, -Infinity]);
    expect(f16[8]).toBeNaN();
    expect(f16[9]).toBe(3.140625);
    const bf16 = Array.from(toFloat32(tensors.get('bf16')!));
    expect(bf16[4]).toBe(65536); // 65504 rounds to 2^16 in bfloat16's 8-bit mantissa
    expect(bf16[9]).toBe(3.140625);
    expect(bf16[8]).toBeNaN();
  });

  it('converts integer and bool dtypes to float32', () => {
    expect(Array.from(toFloat32({ dtype: 'I64', shape: [2], data: new BigInt64Array([-3n, 2n ** 40n]) }))).toEqual([-3, 2 ** 40]);
    expect(Array.from(toFloat32({ dtype: 'U8', shape: [2], data: new Uint8Array([0, 255]) }))).toEqual([0, 255]);
    expect(Array.from(toFloat32({ dtype: 'BOOL', shape: [2], data: new Uint8Array([1, 0]) }))).toEqual([1, 0]);
    expect(Array.from(toFloat32({ dtype: 'I32', shape: [1], data: new Int32Array([-7]) }))).toEqual([-7]);
  });

  it('decodes F8 formats', () => {
    // e4m3fn: 0x38 = 1.0, 0x7e = 448 (max), 0x7f = NaN, 0x01 = 2^-9; e5m2: 0x3c = 1.0, 0x7c = inf, 0x7b = 57344.
    const e4m3 = toFloat32({ dtype: 'F8_E4M3', shape: [5], data: new Uint8Array([0x38, 0x7e, 0x7f, 0x01, 0xb8]) });
    expect(Array.from(e4m3.subarray(0, 2))).toEqual([1, 448]);
    expect(e4m3[2]).toBeNaN();
    expect(e4m3[3]).toBe(2 ** -9);
    expect(e4m3[4]).toBe(-1);
    const e5m2 = toFloat32({ dtype: 'F8_E5M2', shape: [3], data: new Uint8Array([0x3c, 0x7c, 0x7b]) });
    expect(Array.from(e5m2)).toEqual([1, Infinity, 57344]);
  });

  it('sizes every dtype as the reference does', () => {
    const sizes = Object.fromEntries(SAFETENSORS_DTYPES.map((d) => [d, safetensorsDtypeSize(d)]));
    expect(sizes).toEqual({ BOOL: 1, U8: 1, I8: 1, F8_E5M2: 1, F8_E4M3: 1, I16: 2, U16: 2, F16: 2, BF16: 2, I32: 4, U32: 4, F32: 4, F64: 8, I64: 8, U64: 8 });
  });
});
