import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import {
  bfloat16ToFloat32, float16ToFloat32, float32ToBfloat16,
  float32ToFloat16,
} from '../../src/io/index.js';
import { float32BitsToBfloat16Bits, float32BitsToFloat16Bits } from '../../src/io/float16.js';

const f32 = new Float32Array(1);
const u32 = new Uint32Array(f32.buffer);
const bitsOf = (x: number): number => {
  f32[0] = x;
  return u32[0]!;
};
const floatOf = (bits: number): number => {
  u32[0] = bits;
  return f32[0]!;
};

/** Every finite non-negative half value, ascending (bits 0x0000..0x7bff are monotonic). */
const positiveHalves = float16ToFloat32(Uint16Array.from({ length: 0x7c00 }, (_, i) => i));

/**
 * Reference rounding, independent of the bit tricks under test: nearest representable half by
 * binary search over all half values; ties go to the even bit pattern; beyond the largest half by
 * at least half an ulp (65520) → Infinity.
 */
function referenceHalf(x: number): number {
  if (Number.isNaN(x)) return 0x7e00;
  const sign = x < 0 || Object.is(x, -0) ? 0x8000 : 0;
  const a = Math.abs(x);
  if (a >= 65520) return sign | 0x7c00;
  let lo = 0;
  let hi = positiveHalves.length - 1;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (positiveHalves[mid]! <= a) lo = mid;
    else hi = mid;
  }
  const dLo = a - positiveHalves[lo]!;
  const dHi = positiveHalves[hi]! - a;
  const pick = dLo < dHi ? lo : dHi < dLo ? hi : lo % 2 === 0 ? lo : hi;
  return sign | pick;
}

/** Reference bfloat16: the nearest of the two bfloat16 neighbours, ties to even. */
function referenceBfloat16(x: number): number {
  if (Number.isNaN(x)) return 0x7fc0;
  const bits = bitsOf(x);
  const down = bits >>> 16;
  if ((bits & 0xffff) === 0) return down;
  const up = down + 1;
  const a = Math.abs(x);
  const dDown = a - Math.abs(floatOf(down << 16));
  // Rounding up past the largest finite value gives Infinity, measured as if it were 2^128.
  const upValue = (up & 0x7fff) === 0x7f80 ? 2 ** 128 : Math.abs(floatOf((up << 16) >>> 0));
  const dUp = upValue - a;
  return dDown < dUp ? down : dUp < dDown ? up & 0xffff : (down % 2 === 0 ? down : up & 0xffff);
}

function randomFloats(count: number, seed: number): Float32Array {
  let state = seed >>> 0;
  const out = new Float32Array(count);
  const bits = new Uint32Array(out.buffer);
  for (let i = 0; i < count; i++) {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    // Bias exponents towards the half range so subnormals and rounding edges get hit often.
    const exponent = i % 2 === 0 ? 100 + (state % 50) : state >>> 24;
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    bits[i] = ((state & 0x80000000) | (exponent << 23) | (state & 0x7fffff)) >>> 0;
  }
  return out;
}

describe('float16', () => {
  it('round-trips every half value exactly (NaNs stay NaN)', () => {
    const all = Uint16Array.from({ length: 65536 }, (_, i) => i);
    const back = float32ToFloat16(float16ToFloat32(all));
    for (let h = 0; h < 65536; h++) {
      const isNaN = (h & 0x7c00) === 0x7c00 && (h & 0x3ff) !== 0;
      if (isNaN) expect((back[h]! & 0x7c00) === 0x7c00 && (back[h]! & 0x3ff) !== 0).toBe(true);
      else if (back[h] !== h) expect.fail(`half 0x${h.toString(16)} came back as 0x${back[h]!.toString(16)}`);
    }
  });

  it('decodes special values', () => {
    const decoded = Array.from(float16ToFloat32(new Uint16Array([0x0000, 0x8000, 0x3c00, 0xc000, 0x7bff, 0x0001, 0x03ff, 0x0400, 0x7c00, 0xfc00])));
    expect(decoded).toEqual([0, -0, 1, -2, 65504, 2 ** -24, 1023 * 2 ** -24, 2 ** -14, Infinity, -Infinity]);
    expect(Object.is(decoded[1], -0)).toBe(true);
    expect(float16ToFloat32(new Uint16Array([0x7e00]))[0]).toBeNaN();
  });

  it('rounds to nearest, ties to even, at every boundary', () => {
    const cases: [number, number][] = [
      [0, 0x0000], [-0, 0x8000], [Infinity, 0x7c00], [-Infinity, 0xfc00],
      [65504, 0x7bff], [65519.99, 0x7bff], [65520, 0x7c00], [1e6, 0x7c00], [-1e6, 0xfc00],
      [1 + 2 ** -11, 0x3c00], // tie between 1 and 1+2^-10 → even (1)
      [1 + 3 * 2 ** -11, 0x3c02], // tie between 1+2^-10 (odd) and 1+2^-9 → even
      [1 + 2 ** -11 + 2 ** -20, 0x3c01], // just above the tie → up
      [2 ** -25, 0x0000], // exactly half the smallest subnormal → tie to even (0)
      [2 ** -25 * 1.0001, 0x0001], // just above → smallest subnormal
      [3 * 2 ** -25, 0x0002], // tie between subnormals 1 (odd) and 2 → 2
      [2 ** -26, 0x0000], [1e-45, 0x0000], [-1e-45, 0x8000], // float32 subnormal → ±0
      [2 ** -14 - 2 ** -25, 0x0400], // largest subnormal + half ulp: tie, rounds up into the smallest normal
      [2 ** -14, 0x0400],
    ];
    for (const [value, expected] of cases) {
      expect(float32BitsToFloat16Bits(bitsOf(value)), `value ${value}`).toBe(expected);
      expect(referenceHalf(Math.fround(value)), `reference for ${value}`).toBe(expected);
    }
    expect(float32ToFloat16(new Float32Array([NaN]))[0]! & 0x7e00).toBe(0x7e00);
  });

  it('agrees with a brute-force nearest-value reference on 200k random floats', () => {
    const values = randomFloats(200_000, 12345);
    const halves = float32ToFloat16(values);
    let nans = 0;
    for (let i = 0; i < values.length; i++) {
      if (Number.isNaN(values[i])) {
        nans++;
        if ((halves[i]! & 0x7e00) !== 0x7e00) expect.fail(`NaN became 0x${halves[i]!.toString(16)}`);
        continue;
      }
      const expected = referenceHalf(values[i]!);
      if (halves[i] !== expected) expect.fail(`${values[i]} → 0x${halves[i]!.toString(16)}, expected 0x${expected.toString(16)}`);
    }
    expect(nans).toBeGreaterThan(0);
  });

  it('matches numpy float16 rounding when python3 with numpy is available', (context) => {
    const values = randomFloats(20_000, 777);
    let output: string;
    try {
      const script = 'import sys,numpy as np; a=np.frombuffer(sys.stdin.buffer.read(),dtype="<f4"); sys.stdout.buffer.write(a.astype("<f2").tobytes())';
      output = execFileSync('python3', ['-c', script], { input: new Uint8Array(values.buffer), encoding: 'latin1', stdio: ['pipe', 'pipe', 'ignore'] });
    } catch {
      context.skip();
      return;
    }
    const fromNumpy = new Uint16Array(Uint8Array.from(output, (c) => c.charCodeAt(0)).buffer);
    const ours = float32ToFloat16(values);
    let mismatches = 0;
    for (let i = 0; i < values.length; i++) {
      const nan = Number.isNaN(values[i]!);
      if (!nan && ours[i] !== fromNumpy[i]) mismatches++;
    }
    expect(mismatches).toBe(0);
  });
});

describe('bfloat16', () => {
  it('round-trips every non-NaN bfloat16 value exactly', () => {
    const all = Uint16Array.from({ length: 65536 }, (_, i) => i);
    const back = float32ToBfloat16(bfloat16ToFloat32(all));
    for (let h = 0; h < 65536; h++) {
      const isNaN = (h & 0x7f80) === 0x7f80 && (h & 0x7f) !== 0;
      if (isNaN) expect(back[h]! & 0x7fc0).toBe(0x7fc0);
      else if (back[h] !== h) expect.fail(`bfloat16 0x${h.toString(16)} came back as 0x${back[h]!.toString(16)}`);
    }
  });

  it('rounds to nearest, ties to even, and keeps specials', () => {
    const cases: [number, number][] = [
      [0, 0x0000], [-0, 0x8000], [1, 0x3f80], [Infinity, 0x7f80], [-Infinity, 0xff80],
      [floatOf(0x3f808000), 0x3f80], // tie, even down
      [floatOf(0x3f818000), 0x3f82], // tie, odd up
      [floatOf(0x3f808001), 0x3f81], // just above tie
      [floatOf(0x7f7fffff), 0x7f80], // largest float32 rounds to Infinity
      [floatOf(0x00000001), 0x0000], // float32 subnormal
      [floatOf(0x00008000), 0x0000], // subnormal tie → even
      [floatOf(0x00018000), 0x0002],
    ];
    for (const [value, expected] of cases) {
      expect(float32BitsToBfloat16Bits(bitsOf(value)), `value ${value}`).toBe(expected);
    }
    expect(float32ToBfloat16(new Float32Array([NaN]))[0]! & 0x7fc0).toBe(0x7fc0);
    expect(float32ToBfloat16(new Float32Array([-NaN]))[0]! & 0x7fc0).toBe(0x7fc0);
  });

  it('agrees with a nearest-neighbour reference on 200k random floats', () => {
    const values = randomFloats(200_000, 999);
    const ours = float32ToBfloat16(values);
    for (let i = 0; i < values.length; i++) {
      if (Number.isNaN(values[i])) {
        if ((ours[i]! & 0x7fc0) !== 0x7fc0) expect.fail(`NaN became 0x${ours[i]!.toString(16)}`);
        continue;
      }
      const expected = referenceBfloat16(values[i]!);
      if (ours[i] !== expected) expect.fail(`${values[i]} → 0x${ours[i]!.toString(16)}, expected 0x${expected.toString(16)}`);
    }
  });
});
