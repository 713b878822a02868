/**
 * Reading and writing the safetensors format (https://github.com/huggingface/safetensors), by hand:
 *
 *   8 bytes   little-endian u64 N, the header length
 *   N bytes   UTF-8 JSON object, padded with spaces to a multiple of 8:
 *             { "__metadata__": { string: string }?, "<name>": { "dtype", "shape", "data_offsets": [begin, end] }, ... }
 *   rest      the tensors' bytes, little-endian, C order; offsets are relative to the start of this area,
 *             and the ranges cover it exactly, without gaps or overlaps.
 *
 * The writer produces byte-for-byte what the Rust reference (used by Python's `safetensors`) writes:
 * tensors sorted by descending dtype alignment, then by name; `__metadata__` first; compact JSON.
 */
import { float16ToFloat32, bfloat16ToFloat32, float32ToBfloat16, float32ToFloat16, float8ToFloat32 } from './float16.js';
import { SAFETENSORS_ARRAY, SAFETENSORS_DTYPES, safetensorsDtypeSize, isSafetensorsDtype } from './safetensors-dtype.js';
import type { SafetensorsData, SafetensorsDtype } from './safetensors-dtype.js';
import { SafetensorsError } from './safetensors-error.js';

/** One tensor: dtype, shape (`[]` for a scalar) and its elements in C order. */
export interface SafetensorsTensor {
  dtype: SafetensorsDtype;
  shape: number[];
  /** Elements in the dtype's natural typed array (see {@link SafetensorsData}); F16/BF16 hold raw bits. */
  data: SafetensorsData;
}

/** A parsed safetensors file. */
export interface SafetensorsFile {
  /** Tensors by name, in file (offset) order. */
  tensors: Map<string, SafetensorsTensor>;
  /** The `__metadata__` map (empty when the file has none). */
  metadata: Record<string, string>;
}

/** A header entry: where one tensor's bytes are. */
export interface SafetensorsHeaderEntry {
  name: string;
  dtype: SafetensorsDtype;
  shape: number[];
  /** [begin, end) relative to the start of the data area. */
  dataOffsets: [number, number];
}

/** A parsed and validated header. */
export interface SafetensorsHeader {
  /** Byte offset of the data area in the file: 8 + header length. */
  dataStart: number;
  /** Entries sorted by offset. */
  entries: SafetensorsHeaderEntry[];
  metadata: Record<string, string>;
}

/** Largest header accepted, as in the Rust reference. */
export const MAX_SAFETENSORS_HEADER_BYTES = 100_000_000;

const METADATA_KEY = '__metadata__';
const utf8Decoder = new TextDecoder('utf-8', { fatal: true });
const utf8Encoder = new TextEncoder();

function assertLittleEndianHost(): void {
  if (new Uint8Array(new Uint16Array([1]).buffer)[0] !== 1) {
    throw new SafetensorsError('big-endian', 'safetensors data is little-endian and this host is big-endian; reading or writing it here is not supported.');
  }
}

/** Number of elements of a shape (1 for a scalar `[]`). */
export function numElements(shape: readonly number[]): number {
  let n = 1;
  for (const d of shape) n *= d;
  return n;
}

function describe(value: unknown): string {
  const text = JSON.stringify(value);
  return text === undefined ? String(value) : text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

/**
 * The keys of the top-level object of a JSON text, in order, duplicates included
 * (`JSON.parse` silently keeps only the last of a duplicated key). The text must be valid JSON.
 */
function topLevelKeys(text: string): string[] {
  const keys: string[] = [];
  let depth = 0;
  let expectKey = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') {
      let j = i + 1;
      while (text[j] !== '"') j += text[j] === '\\' ? 2 : 1;
      if (depth === 1 && expectKey) keys.push(JSON.parse(text.slice(i, j + 1)) as string);
      expectKey = false;
      i = j;
    } else if (c === '{' || c === '[') {
      depth++;
      expectKey = c === '{' && depth === 1;
    } else if (c === '}' || c === ']') {
      depth--;
    } else if (c === ',' && depth === 1) {
      expectKey = true;
    }
  }
  return keys;
}

function parseShape(name: string, shape: unknown): number[] {
  if (!Array.isArray(shape) || !shape.every((d) => Number.isSafeInteger(d) && (d as number) >= 0)) {
    throw new SafetensorsError('shape', `safetensors tensor "${name}": shape ${describe(shape)} is not a list of non-negative integers.`, { tensor: name });
  }
  return shape as number[];
}

function parseOffsets(name: string, offsets: unknown, dataLength: number): [number, number] {
  if (!Array.isArray(offsets) || offsets.length !== 2 || !offsets.every((o) => Number.isSafeInteger(o) && (o as number) >= 0)) {
    throw new SafetensorsError('offsets', `safetensors tensor "${name}": data_offsets ${describe(offsets)} is not [begin, end] with two non-negative integers.`, { tensor: name });
  }
  const [begin, end] = offsets as [number, number];
  if (end < begin) {
    throw new SafetensorsError('offsets', `safetensors tensor "${name}": data_offsets [${begin}, ${end}] ends before it begins.`, { tensor: name });
  }
  if (end > dataLength) {
    throw new SafetensorsError('offsets-out-of-range', `safetensors tensor "${name}": data_offsets [${begin}, ${end}] reach past the end of the data area (${dataLength} bytes); the file is truncated or the header is wrong.`, { tensor: name });
  }
  return [begin, end];
}

/**
 * Parses and validates a safetensors header. `bytes` must hold at least the 8-byte length and the
 * header; `fileLength` (default `bytes.length`) is the whole file's length, so a header fetched on
 * its own (an HTTP range request) can be checked against the real file size.
 * Throws {@link SafetensorsError} naming the failed check and the tensor.
 */
export function parseSafetensorsHeader(bytes: Uint8Array, fileLength: number = bytes.length): SafetensorsHeader {
  if (fileLength < 8 || bytes.length < 8) {
    throw new SafetensorsError('file-too-small', `safetensors file is ${Math.min(fileLength, bytes.length)} bytes; it needs at least 8 (the header length). The file is empty or truncated.`);
  }
  const headerLength = new DataView(bytes.buffer, bytes.byteOffset, 8).getBigUint64(0, true);
  if (headerLength > BigInt(MAX_SAFETENSORS_HEADER_BYTES)) {
    throw new SafetensorsError('header-too-large', `safetensors header length is ${headerLength} bytes, above the ${MAX_SAFETENSORS_HEADER_BYTES}-byte limit; this is not a safetensors file or it is corrupt.`);
  }
  const n = Number(headerLength);
  const dataStart = 8 + n;
  if (dataStart > fileLength || dataStart > bytes.length) {
    throw new SafetensorsError('header-length', `safetensors header length is ${n} bytes but the file has only ${Math.min(fileLength, bytes.length) - 8} bytes after the length field; the file is truncated.`);
  }
  let text: string;
  try {
    text = utf8Decoder.decode(bytes.subarray(8, dataStart));
  } catch (cause) {
    throw new SafetensorsError('header-utf8', 'safetensors header is not valid UTF-8; the file is corrupt or not a safetensors file.', { cause });
  }
  if (!text.startsWith('{')) {
    throw new SafetensorsError('header-not-object', `safetensors header must be a JSON object starting with '{', got ${describe(text.slice(0, 20))}.`);
  }
  let header: unknown;
  try {
    header = JSON.parse(text);
  } catch (cause) {
    throw new SafetensorsError('header-json', `safetensors header is not valid JSON: ${(cause as Error).message}`, { cause });
  }
  if (typeof header !== 'object' || header === null || Array.isArray(header)) {
    throw new SafetensorsError('header-not-object', `safetensors header must be a JSON object, got ${describe(header)}.`);
  }
  const seen = new Set<string>();
  for (const key of topLevelKeys(text)) {
    if (seen.has(key)) {
      throw new SafetensorsError('duplicate-name', `safetensors header lists "${key}" twice; each tensor name must be unique.`, { tensor: key });
    }
    seen.add(key);
  }

  let metadata: Record<string, string> = {};
  const dataLength = fileLength - dataStart;
  const entries: SafetensorsHeaderEntry[] = [];
  for (const [name, info] of Object.entries(header as Record<string, unknown>)) {
    if (name === METADATA_KEY) {
      if (typeof info !== 'object' || info === null || Array.isArray(info)) {
        throw new SafetensorsError('metadata', `safetensors __metadata__ must be an object of string values, got ${describe(info)}.`);
      }
      for (const [key, value] of Object.entries(info as Record<string, unknown>)) {
        if (typeof value !== 'string') {
          throw new SafetensorsError('metadata', `safetensors __metadata__ "${key}" is ${describe(value)}; metadata values must be strings.`);
        }
      }
      metadata = Object.fromEntries(Object.entries(info as Record<string, string>));
      continue;
    }
    if (typeof info !== 'object' || info === null || Array.isArray(info)) {
      throw new SafetensorsError('tensor-entry', `safetensors tensor "${name}": entry must be an object with dtype, shape and data_offsets, got ${describe(info)}.`, { tensor: name });
    }
    const { dtype, shape, data_offsets: offsets } = info as Record<string, unknown>;
    if (dtype === undefined || shape === undefined || offsets === undefined) {
      const missing = ['dtype', 'shape', 'data_offsets'].filter((k) => (info as Record<string, unknown>)[k] === undefined);
      throw new SafetensorsError('tensor-entry', `safetensors tensor "${name}": entry lacks ${missing.join(', ')}.`, { tensor: name });
    }
    if (!isSafetensorsDtype(dtype)) {
      throw new SafetensorsError('dtype', `safetensors tensor "${name}": unknown dtype ${describe(dtype)}; known dtypes: ${SAFETENSORS_DTYPES.join(', ')}.`, { tensor: name });
    }
    entries.push({ name, dtype, shape: parseShape(name, shape), dataOffsets: parseOffsets(name, offsets, dataLength) });
  }

  entries.sort((a, b) => a.dataOffsets[0] - b.dataOffsets[0] || a.dataOffsets[1] - b.dataOffsets[1]);
  let position = 0;
  let previous: string | undefined;
  for (const entry of entries) {
    const [begin, end] = entry.dataOffsets;
    if (begin < position) {
      throw new SafetensorsError('overlap', `safetensors tensor "${entry.name}": bytes [${begin}, ${end}) overlap tensor "${previous}" (which ends at ${position}).`, { tensor: entry.name });
    }
    if (begin > position) {
      const where = previous === undefined ? 'the start of the data area' : `the end of tensor "${previous}" (${position})`;
      throw new SafetensorsError('gap', `safetensors tensor "${entry.name}": begins at ${begin}, leaving ${begin - position} unused bytes after ${where}; offsets must be contiguous.`, { tensor: entry.name });
    }
    const expected = numElements(entry.shape) * safetensorsDtypeSize(entry.dtype);
    if (end - begin !== expected) {
      throw new SafetensorsError('size-mismatch', `safetensors tensor "${entry.name}": shape [${entry.shape.join(', ')}] of ${entry.dtype} needs ${expected} bytes but data_offsets [${begin}, ${end}] hold ${end - begin}.`, { tensor: entry.name });
    }
    position = end;
    previous = entry.name;
  }
  if (position !== dataLength) {
    throw new SafetensorsError('trailing-bytes', `safetensors data area is ${dataLength} bytes but the tensors cover only ${position}; the file has ${dataLength - position} unexplained trailing bytes.`);
  }
  return { dataStart, entries, metadata };
}

/**
 * Reads a whole safetensors file. Tensor data are views into `bytes` (no copy) where the element
 * offset is aligned for the typed array, and copies where it is not; pass `{ copy: true }` to
 * always copy (so the tensors do not keep `bytes` alive or change with it).
 * Throws {@link SafetensorsError} naming the failed check and the tensor.
 */
export function readSafetensors(bytes: Uint8Array, options: { copy?: boolean } = {}): SafetensorsFile {
  assertLittleEndianHost();
  const { dataStart, entries, metadata } = parseSafetensorsHeader(bytes);
  const tensors = new Map<string, SafetensorsTensor>();
  for (const { name, dtype, shape, dataOffsets: [begin, end] } of entries) {
    const ArrayType = SAFETENSORS_ARRAY[dtype];
    const length = (end - begin) / ArrayType.BYTES_PER_ELEMENT;
    const offset = bytes.byteOffset + dataStart + begin;
    const data = !options.copy && offset % ArrayType.BYTES_PER_ELEMENT === 0
      ? new ArrayType(bytes.buffer, offset, length)
      : new ArrayType(bytes.slice(dataStart + begin, dataStart + end).buffer, 0, length);
    tensors.set(name, { dtype, shape: [...shape], data });
  }
  return { tensors, metadata };
}

function compareUtf8(a: string, b: string): number {
  // Rust orders Strings by their UTF-8 bytes; JavaScript's `<` compares UTF-16 code units, which
  // disagrees for characters above U+FFFF versus U+E000..U+FFFF.
  const x = utf8Encoder.encode(a);
  const y = utf8Encoder.encode(b);
  const n = Math.min(x.length, y.length);
  for (let i = 0; i < n; i++) if (x[i] !== y[i]) return x[i]! - y[i]!;
  return x.length - y.length;
}

function validateForWrite(name: string, tensor: SafetensorsTensor): void {
  if (name === METADATA_KEY) {
    throw new SafetensorsError('name', `"${METADATA_KEY}" is reserved for metadata and cannot name a tensor; rename it.`, { tensor: name });
  }
  if (!isSafetensorsDtype(tensor.dtype)) {
    throw new SafetensorsError('dtype', `tensor "${name}": unknown dtype ${describe(tensor.dtype)}; known dtypes: ${SAFETENSORS_DTYPES.join(', ')}.`, { tensor: name });
  }
  parseShape(name, tensor.shape);
  const ArrayType = SAFETENSORS_ARRAY[tensor.dtype];
  const data = tensor.data as SafetensorsData | undefined;
  if (!ArrayBuffer.isView(data) || data[Symbol.toStringTag] !== ArrayType.name) {
    const got = ArrayBuffer.isView(data) ? data[Symbol.toStringTag] : describe(data);
    throw new SafetensorsError('data-type', `tensor "${name}": dtype ${tensor.dtype} needs data in a ${ArrayType.name}, got ${got}.${tensor.dtype === 'F16' || tensor.dtype === 'BF16' ? ' Convert float32 values with tensorFromFloat32(values, shape, dtype).' : ''}`, { tensor: name });
  }
  const expected = numElements(tensor.shape);
  if (data.length !== expected) {
    throw new SafetensorsError('size-mismatch', `tensor "${name}": shape [${tensor.shape.join(', ')}] has ${expected} elements but its data has ${data.length}.`, { tensor: name });
  }
  if (tensor.dtype === 'BOOL' && (data as Uint8Array).some((v) => v > 1)) {
    throw new SafetensorsError('data-type', `tensor "${name}": BOOL data must be 0 or 1 in every byte.`, { tensor: name });
  }
}

/**
 * Writes tensors (and optional string metadata) as a safetensors file, byte-for-byte as the Rust
 * reference would: sorted by descending dtype alignment then name, `__metadata__` first (omitted
 * when `metadata` is undefined), header padded with spaces to a multiple of 8.
 * Throws {@link SafetensorsError} when a tensor's data does not match its dtype or shape.
 */
export function writeSafetensors(
  tensors: Map<string, SafetensorsTensor> | Record<string, SafetensorsTensor>,
  metadata?: Record<string, string>,
): Uint8Array<ArrayBuffer> {
  assertLittleEndianHost();
  const list = [...(tensors instanceof Map ? tensors.entries() : Object.entries(tensors))];
  for (const [name, tensor] of list) validateForWrite(name, tensor);
  const rank = (dtype: SafetensorsDtype): number => SAFETENSORS_DTYPES.indexOf(dtype);
  list.sort(([an, a], [bn, b]) => rank(b.dtype) - rank(a.dtype) || compareUtf8(an, bn));

  // Built entry by entry (not one JSON.stringify of an object): object key order puts integer-like
  // names first, and a tensor named "__proto__" would not survive as a plain property.
  const parts: string[] = [];
  if (metadata !== undefined) {
    const fields: string[] = [];
    for (const key of Object.keys(metadata).sort(compareUtf8)) {
      const value = metadata[key];
      if (typeof value !== 'string') {
        throw new SafetensorsError('metadata', `metadata "${key}" is ${describe(value)}; safetensors metadata values must be strings (JSON.stringify other values).`);
      }
      fields.push(`${JSON.stringify(key)}:${JSON.stringify(value)}`);
    }
    parts.push(`${JSON.stringify(METADATA_KEY)}:{${fields.join(',')}}`);
  }
  let offset = 0;
  for (const [name, tensor] of list) {
    const end = offset + tensor.data.byteLength;
    const info = { dtype: tensor.dtype, shape: tensor.shape, data_offsets: [offset, end] };
    parts.push(`${JSON.stringify(name)}:${JSON.stringify(info)}`);
    offset = end;
  }
  const json = utf8Encoder.encode(`{${parts.join(',')}}`);
  const headerLength = Math.ceil(json.length / 8) * 8;
  const out = new Uint8Array(8 + headerLength + offset);
  new DataView(out.buffer).setBigUint64(0, BigInt(headerLength), true);
  out.set(json, 8);
  out.fill(0x20, 8 + json.length, 8 + headerLength);
  let position = 8 + headerLength;
  for (const [, { data }] of list) {
    out.set(new Uint8Array(data.buffer, data.byteOffset, data.byteLength), position);
    position += data.byteLength;
  }
  return out;
}

/**
 * A tensor's values as float32: F32 data as is (the same array), F16/BF16/F8 decoded, F64 and
 * integers converted (I64/U64 through Number, exact up to 2^53), BOOL as 0/1.
 */
export function toFloat32(tensor: SafetensorsTensor): Float32Array {
  const { dtype, data } = tensor;
  switch (dtype) {
    case 'F32':
      return data as Float32Array;
    case 'F16':
      return float16ToFloat32(data as Uint16Array);
    case 'BF16':
      return bfloat16ToFloat32(data as Uint16Array);
    case 'F8_E4M3':
    case 'F8_E5M2':
      return float8ToFloat32(data as Uint8Array, dtype);
    case 'I64':
    case 'U64': {
      const big = data as BigInt64Array | BigUint64Array;
      const out = new Float32Array(big.length);
      for (let i = 0; i < big.length; i++) out[i] = Number(big[i]!);
      return out;
    }
    default:
      return Float32Array.from(data as ArrayLike<number>);
  }
}

/**
 * Builds a tensor from float32 values, stored as `dtype`: 'F32' (default; the array is used as is),
 * 'F16' or 'BF16' (rounded to nearest even), or 'F64'. Use it to save a model in half precision.
 */
export function tensorFromFloat32(
  values: Float32Array,
  shape: number[],
  dtype: 'F32' | 'F16' | 'BF16' | 'F64' = 'F32',
): SafetensorsTensor {
  const expected = numElements(parseShape('(new tensor)', shape));
  if (values.length !== expected) {
    throw new SafetensorsError('size-mismatch', `shape [${shape.join(', ')}] has ${expected} elements but ${values.length} values were given.`);
  }
  switch (dtype) {
    case 'F32':
      return { dtype, shape, data: values };
    case 'F16':
      return { dtype, shape, data: float32ToFloat16(values) };
    case 'BF16':
      return { dtype, shape, data: float32ToBfloat16(values) };
    case 'F64':
      return { dtype, shape, data: Float64Array.from(values) };
    default:
      throw new SafetensorsError('dtype', `tensorFromFloat32 stores F32, F16, BF16 or F64, not ${describe(dtype)}.`);
  }
}
