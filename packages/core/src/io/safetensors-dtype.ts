/**
 * The safetensors dtypes, their sizes and the JavaScript typed array that holds each one.
 */

/**
 * Every dtype safetensors defines, in the Rust reference's order of increasing alignment
 * (the writer sorts tensors by this order, descending, then by name).
 */
export const SAFETENSORS_DTYPES = [
  'BOOL', 'U8', 'I8', 'F8_E5M2', 'F8_E4M3', 'I16', 'U16', 'F16', 'BF16', 'I32', 'U32', 'F32', 'F64', 'I64', 'U64',
] as const;

/** A safetensors dtype name, as written in the header. */
export type SafetensorsDtype = (typeof SAFETENSORS_DTYPES)[number];

/**
 * The typed array holding a tensor's elements:
 * F32 → Float32Array, F64 → Float64Array, F16 / BF16 → Uint16Array of raw bits (see `toFloat32`),
 * I8 → Int8Array, U8 / BOOL / F8_* → Uint8Array, I16 → Int16Array, U16 → Uint16Array,
 * I32 → Int32Array, U32 → Uint32Array, I64 → BigInt64Array, U64 → BigUint64Array.
 */
export type SafetensorsData =
  | Float32Array | Float64Array | Uint16Array | Int8Array | Uint8Array | Int16Array
  | Int32Array | Uint32Array | BigInt64Array | BigUint64Array;

interface TypedArrayConstructor {
  readonly BYTES_PER_ELEMENT: number;
  readonly name: string;
  new (buffer: ArrayBufferLike, byteOffset: number, length: number): SafetensorsData;
  new (length: number): SafetensorsData;
}

/** The typed array constructor for each dtype. */
export const SAFETENSORS_ARRAY: Readonly<Record<SafetensorsDtype, TypedArrayConstructor>> = {
  BOOL: Uint8Array,
  U8: Uint8Array,
  I8: Int8Array,
  F8_E5M2: Uint8Array,
  F8_E4M3: Uint8Array,
  I16: Int16Array,
  U16: Uint16Array,
  F16: Uint16Array,
  BF16: Uint16Array,
  I32: Int32Array,
  U32: Uint32Array,
  F32: Float32Array,
  F64: Float64Array,
  I64: BigInt64Array,
  U64: BigUint64Array,
};

/** Bytes per element of a dtype. */
export function safetensorsDtypeSize(dtype: SafetensorsDtype): number {
  return SAFETENSORS_ARRAY[dtype].BYTES_PER_ELEMENT;
}

/** Whether a string is a known safetensors dtype. */
export function isSafetensorsDtype(value: unknown): value is SafetensorsDtype {
  return typeof value === 'string' && (SAFETENSORS_DTYPES as readonly string[]).includes(value);
}
