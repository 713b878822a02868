/**
 * Conversions between float32 and the 16-bit float formats safetensors stores (IEEE half `F16` and
 * bfloat16 `BF16`), and decoding of the two 8-bit float formats (`F8_E4M3`, `F8_E5M2`).
 *
 * 16-bit values travel as their raw bits in a `Uint16Array`. Float32 → 16-bit rounds to nearest,
 * ties to even (what PyTorch's `.half()` / `.bfloat16()` do); values too large for F16 become ±Infinity,
 * values too small become ±0 or a subnormal; NaN stays NaN (quiet).
 */

/** The float32 values as raw uint32 bits, sharing memory (a Float32Array is always 4-byte aligned). */
function bitsOf(values: Float32Array): Uint32Array {
  return new Uint32Array(values.buffer, values.byteOffset, values.length);
}

/** One float32 (given as its uint32 bits) to IEEE half bits, round to nearest even. */
export function float32BitsToFloat16Bits(x: number): number {
  const sign = (x >>> 16) & 0x8000;
  const exponent = (x >>> 23) & 0xff;
  let mantissa = x & 0x7fffff;
  if (exponent === 0xff) {
    // Infinity keeps a zero mantissa; NaN keeps its top payload bits and is made quiet.
    return mantissa === 0 ? sign | 0x7c00 : sign | 0x7e00 | (mantissa >>> 13);
  }
  const e = exponent - 127 + 15; // rebias
  if (e >= 0x1f) return sign | 0x7c00; // too large: ±Infinity
  if (e <= 0) {
    // Subnormal half (or zero). Value = mantissa24 * 2^(e - 38); half subnormal unit = 2^-24.
    if (e < -10) return sign; // below half of the smallest subnormal: ±0
    mantissa |= 0x800000; // implicit leading bit
    const shift = 14 - e; // 14..24
    const halfway = 2 ** (shift - 1);
    let half = mantissa >>> shift;
    const rest = mantissa & (2 ** shift - 1);
    if (rest > halfway || (rest === halfway && (half & 1) === 1)) half += 1; // may carry into the smallest normal
    return sign | half;
  }
  let half = (e << 10) | (mantissa >>> 13);
  const rest = mantissa & 0x1fff;
  if (rest > 0x1000 || (rest === 0x1000 && (half & 1) === 1)) half += 1; // a carry may round up to Infinity
  return sign | half;
}

/** One float32 (given as its uint32 bits) to bfloat16 bits, round to nearest even. */
export function float32BitsToBfloat16Bits(x: number): number {
  if ((x & 0x7fffffff) > 0x7f800000) return ((x >>> 16) | 0x40) & 0xffff; // NaN: keep sign, make quiet
  return ((x + 0x7fff + ((x >>> 16) & 1)) >>> 16) & 0xffff;
}

let halfTable: Float32Array | undefined;

/** All 65,536 half values as float32, built on first use (256 KiB). */
function float16Table(): Float32Array {
  if (halfTable) return halfTable;
  const table = new Float32Array(65536);
  for (let h = 0; h < 65536; h++) {
    const sign = h & 0x8000 ? -1 : 1;
    const exponent = (h >>> 10) & 0x1f;
    const mantissa = h & 0x3ff;
    let value: number;
    if (exponent === 0) value = mantissa * 2 ** -24;
    else if (exponent === 0x1f) value = mantissa === 0 ? Infinity : NaN;
    else value = (1 + mantissa / 1024) * 2 ** (exponent - 15);
    table[h] = sign * value;
  }
  halfTable = table;
  return table;
}

/** Float32 values to IEEE half bits (round to nearest even). */
export function float32ToFloat16(values: Float32Array): Uint16Array<ArrayBuffer> {
  const bits = bitsOf(values);
  const out = new Uint16Array(values.length);
  for (let i = 0; i < bits.length; i++) out[i] = float32BitsToFloat16Bits(bits[i]!);
  return out;
}

/** IEEE half bits to float32 values (exact). */
export function float16ToFloat32(bits: Uint16Array): Float32Array<ArrayBuffer> {
  const table = float16Table();
  const out = new Float32Array(bits.length);
  for (let i = 0; i < bits.length; i++) out[i] = table[bits[i]!]!;
  return out;
}

/** Float32 values to bfloat16 bits (round to nearest even). */
export function float32ToBfloat16(values: Float32Array): Uint16Array<ArrayBuffer> {
  const bits = bitsOf(values);
  const out = new Uint16Array(values.length);
  for (let i = 0; i < bits.length; i++) out[i] = float32BitsToBfloat16Bits(bits[i]!);
  return out;
}

/** Bfloat16 bits to float32 values (exact: the bits become the top half of a float32). */
export function bfloat16ToFloat32(bits: Uint16Array): Float32Array<ArrayBuffer> {
  const out = new Float32Array(bits.length);
  const outBits = bitsOf(out);
  for (let i = 0; i < bits.length; i++) outBits[i] = bits[i]! << 16;
  return out;
}

const fp8Tables: Partial<Record<'F8_E4M3' | 'F8_E5M2', Float32Array>> = {};

/**
 * 8-bit float bytes to float32. `F8_E4M3` is the "fn" variant PyTorch calls `float8_e4m3fn`
 * (bias 7, no infinities, S.1111.111 is NaN); `F8_E5M2` is IEEE-like (bias 15, with infinities).
 */
export function float8ToFloat32(bytes: Uint8Array, format: 'F8_E4M3' | 'F8_E5M2'): Float32Array<ArrayBuffer> {
  let table = fp8Tables[format];
  if (!table) {
    table = new Float32Array(256);
    const mantissaBits = format === 'F8_E4M3' ? 3 : 2;
    const bias = format === 'F8_E4M3' ? 7 : 15;
    const maxExponent = format === 'F8_E4M3' ? 15 : 31;
    for (let b = 0; b < 256; b++) {
      const sign = b & 0x80 ? -1 : 1;
      const exponent = (b & 0x7f) >>> mantissaBits;
      const mantissa = b & ((1 << mantissaBits) - 1);
      const scale = 1 << mantissaBits;
      let value: number;
      if (exponent === 0) value = (mantissa / scale) * 2 ** (1 - bias);
      else if (format === 'F8_E5M2' && exponent === maxExponent) value = mantissa === 0 ? Infinity : NaN;
      else if (format === 'F8_E4M3' && exponent === maxExponent && mantissa === 7) value = NaN;
      else value = (1 + mantissa / scale) * 2 ** (exponent - bias);
      table[b] = sign * value;
    }
    fp8Tables[format] = table;
  }
  const out = new Float32Array(bytes.length);
  for (let i = 0; i < bytes.length; i++) out[i] = table[bytes[i]!]!;
  return out;
}
