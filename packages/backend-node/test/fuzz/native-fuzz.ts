// Calls every function of the native addon with random and adversarial arguments and checks that each
// call either returns or throws a TypeError/RangeError (or the error an array getter or poolSelfTest
// throws on purpose), and never writes outside the arrays it was given. setSimd calls among them
// move the kernels between SIMD paths. Run in a child process by native-fuzz.test.ts, so that a crash fails the test instead of
// killing vitest:
//   node --import tsx packages/backend-node/test/fuzz/native-fuzz.ts <calls> <seed>
// It prints one JSON line: { calls, returned, typeErrors, rangeErrors, getterErrors, poolErrors, byFunction, failures }.
import { loadNativeAddon } from '../../src/native-addon.js';

const calls = Number(process.argv[2] ?? 1000);
const seed = Number(process.argv[3] ?? 1);

const loaded = loadNativeAddon();
if (!loaded.ok) throw new Error(loaded.reason);
const addon = loaded.addon;

// xorshift32: deterministic for a seed.
let state = seed >>> 0 || 1;
function random(): number {
  state ^= state << 13;
  state >>>= 0;
  state ^= state >>> 17;
  state ^= state << 5;
  state >>>= 0;
  return state / 2 ** 32;
}
const int = (lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1));
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
const chance = (p: number) => random() < p;

// Typed arrays are views into a larger buffer whose margins hold a canary, checked after each call.
const CANARY = 0x7fc0dead;
const MARGIN = 4;
interface Guarded {
  words: Uint32Array;
  offset: number;
  length: number;
}
let guarded: Guarded[] = [];

type ArrayKind = 'f32' | 'i32' | 'u32';
function array(kind: ArrayKind, length: number, fill: (i: number) => number = () => random() * 4 - 2): Float32Array | Int32Array | Uint32Array {
  const buffer = new ArrayBuffer((length + 2 * MARGIN) * 4);
  const words = new Uint32Array(buffer);
  words.fill(CANARY);
  guarded.push({ words, offset: MARGIN, length });
  const view = kind === 'f32' ? new Float32Array(buffer, MARGIN * 4, length)
    : kind === 'i32' ? new Int32Array(buffer, MARGIN * 4, length) : new Uint32Array(buffer, MARGIN * 4, length);
  for (let i = 0; i < length; i++) view[i] = fill(i);
  return view;
}
const floats = (n: number) => array('f32', n);
const ids = (n: number, range: number) => array('i32', n, () => (chance(0.05) ? int(-3, range + 3) : int(0, Math.max(0, range - 1))));

function canariesIntact(): boolean {
  for (const { words, offset, length } of guarded) {
    if (words.length === 0) continue; // detached on purpose
    for (let i = 0; i < offset; i++) if (words[i] !== CANARY) return false;
    for (let i = offset + length; i < words.length; i++) if (words[i] !== CANARY) return false;
  }
  return true;
}

const dim = () => (chance(0.1) ? 0 : int(1, 7));
const shapeOf = (rank: number) => Array.from({ length: rank }, dim);
const count = (shape: readonly number[]) => shape.reduce((a, b) => a * b, 1);

/** A valid argument list for each function (random sizes, sometimes empty). */
const valid: Record<string, () => unknown[]> = {
  info: () => [],
  setBlas: () => [int(0, 2)],
  setSimd: () => [pick(['generic', 'avx2', 'avx512'])],
  poolSelfTest: () => [int(0, 16), chance(0.3)],
  matmul: () => {
    const batch = dim(), m = dim(), n = dim(), k = dim();
    const sa = chance(0.3) ? 0 : m * k + int(0, 3), sb = chance(0.3) ? 0 : k * n + int(0, 3);
    const need = (s: number, mat: number) => (batch === 0 || mat === 0 ? 0 : (batch - 1) * s + mat);
    return [floats(need(sa, m * k)), floats(need(sb, k * n)), floats(batch * m * n), batch, m, n, k, chance(0.5), chance(0.5), sa, sb];
  },
  binary: () => {
    const out = shapeOf(int(0, 4));
    const side = () => out.slice(int(0, out.length)).map((d) => (chance(0.3) ? 1 : d));
    const a = side(), b = side();
    return [int(0, 6), floats(count(a)), a, floats(count(b)), b, floats(count(out)), out];
  },
  unary: () => { const n = int(0, 300); return [int(0, 10), floats(n), floats(n), n]; },
  reduce: () => {
    const outer = dim(), size = dim(), inner = dim();
    return [int(0, 4), floats(outer * size * inner), floats(outer * inner), outer, size, inner];
  },
  softmax: () => { const r = dim(), c = dim(); return [floats(r * c), floats(r * c), r, c]; },
  transpose: () => {
    const shape = shapeOf(int(0, 5));
    const perm = shape.map((_, i) => i).sort(() => random() - 0.5);
    const kind = pick<ArrayKind>(['f32', 'i32', 'u32']);
    return [array(kind, count(shape)), shape, perm, array(kind, count(shape))];
  },
  gather: () => {
    const outer = dim(), d = dim(), inner = dim(), n = int(0, 9);
    return [floats(outer * d * inner), outer, d, inner, ids(n, d), n, floats(outer * n * inner)];
  },
  segmentSum: () => {
    const rows = dim(), inner = dim(), segments = dim();
    return [floats(rows * inner), ids(rows, segments), rows, inner, segments, floats(segments * inner)];
  },
  crossEntropy: () => { const r = dim(), v = dim(); return [floats(r * v), ids(r, v), r, v, floats(r)]; },
  crossEntropyGrad: () => { const r = dim(), v = dim(); return [floats(r), floats(r * v), ids(r, v), r, v, floats(r * v)]; },
  rmsNorm: () => { const r = dim(), d = dim(); return [floats(r * d), floats(d), r, d, 1e-5, floats(r * d)]; },
  rmsNormGrad: () => { const r = dim(), d = dim(); return [floats(r * d), floats(r * d), floats(d), r, d, 1e-5, floats(r * d), floats(d)]; },
  layerNorm: () => { const r = dim(), d = dim(); return [floats(r * d), floats(d), floats(d), r, d, 1e-5, floats(r * d)]; },
  layerNormGrad: () => {
    const r = dim(), d = dim();
    return [floats(r * d), floats(r * d), floats(d), r, d, 1e-5, floats(r * d), floats(d), floats(d)];
  },
  activation: () => { const n = int(0, 300); return [int(0, 1), floats(n), floats(n), n]; },
  activationGrad: () => { const n = int(0, 300); return [int(0, 1), floats(n), floats(n), floats(n), n]; },
  adamw: () => {
    const n = int(0, 300);
    return [floats(n), floats(n), array('f32', n, () => random()), floats(n), n, [1e-3, 0.9, 0.999, 1e-8, 0.01, 0.1, 0.03], floats(n), floats(n), floats(n)];
  },
  attention: () => attentionArgs(false),
  attentionGrad: () => attentionArgs(true),
};

function attentionArgs(grad: boolean): unknown[] {
  const hkv = int(1, 3), groups = int(1, 3), tq = dim(), tk = tq + int(0, 4), d = dim(), batch = dim();
  const hq = hkv * groups;
  const dims = [batch, hq, hkv, tq, tk, d];
  const nq = batch * hq * tq * d, nk = batch * hkv * tk * d;
  const mask = array('f32', batch * tk, () => (chance(0.2) ? 0 : 1));
  const scale = 1 / Math.sqrt(Math.max(d, 1));
  return grad
    ? [floats(nq), floats(nq), floats(nk), floats(nk), mask, dims, scale, floats(nq), floats(nk), floats(nk)]
    : [floats(nq), floats(nk), floats(nk), mask, dims, scale, floats(nq)];
}

const HUGE = [2 ** 31 - 1, 2 ** 31, 2 ** 32, 2 ** 32 + 1, 2 ** 53, 2 ** 53 + 2, 2 ** 63, 1e300];
/** Something wrong for an argument: a bad number, the wrong kind, a bad array or shape. */
function adversarial(original: unknown, others: unknown[]): unknown {
  switch (int(0, 9)) {
    case 0: return pick([-1, -0, -(2 ** 31), 0.5, 1.5, NaN, Infinity, -Infinity, ...HUGE]);
    case 1: return pick([undefined, null, '3', true, {}, [], () => 1, 3n, Symbol('x'), new Date()]);
    case 2: { // the wrong element type, or a misaligned view
      const n = int(0, 40);
      const buffer = new ArrayBuffer(4 * n + 8);
      return pick([new Uint8Array(buffer, 1, 4 * n), new Float64Array(n), new Int16Array(2 * n), new BigInt64Array(n),
        new DataView(buffer), new Uint8ClampedArray(4 * n), new Int8Array(buffer, 3, n), Array.from({ length: n }, () => 1)]);
    }
    case 3: { // one element short, or empty
      if ((original instanceof Float32Array || original instanceof Int32Array || original instanceof Uint32Array) && original.length > 0) {
        return chance(0.5) ? original.subarray(0, original.length - 1) : original.subarray(0, 0);
      }
      return floats(0);
    }
    case 4: { // a detached buffer
      const t = floats(int(1, 16));
      structuredClone(t.buffer, { transfer: [t.buffer] });
      return t;
    }
    case 5: // a bad shape or permutation
      return pick([[-1], [NaN], [2 ** 53], [1.5], ['2'], [null], [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18,
        19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33], [0, 7], [1, 1], [1, 0, 2], [2 ** 31, 2 ** 31, 4],
        new Array(3), Array.from({ length: int(0, 6) }, () => int(0, 8))]);
    case 6: { // an array whose element getter detaches every typed array among the other arguments
      const a = [1, 1, 1];
      Object.defineProperty(a, 1, {
        get() {
          for (const other of others) {
            if (ArrayBuffer.isView(other) && other.buffer instanceof ArrayBuffer && other.buffer.byteLength > 0) structuredClone(other.buffer, { transfer: [other.buffer] });
          }
          return 1;
        },
      });
      return a;
    }
    case 7: { // an array whose getter throws
      const a = [1, 2];
      Object.defineProperty(a, 0, { get() { throw new Error('getter'); } });
      return a;
    }
    case 8: // a number off by a little
      return typeof original === 'number' ? original + pick([-1, 1, 2, 1000, -1000]) : pick(HUGE);
    default: // shared memory
      return new Float32Array(new SharedArrayBuffer(4 * int(0, 64)));
  }
}

const names = Object.keys(valid);
const summary = { calls: 0, returned: 0, typeErrors: 0, rangeErrors: 0, getterErrors: 0, poolErrors: 0, byFunction: {} as Record<string, number>, failures: [] as string[] };

for (let c = 0; c < calls; c++) {
  guarded = [];
  const name = pick(names);
  const args = (valid[name] as () => unknown[])();
  let mutated = 'valid';
  if (chance(0.7) && args.length > 0) {
    const changes = int(1, 2);
    for (let j = 0; j < changes; j++) {
      const i = int(0, args.length - 1);
      args[i] = adversarial(args[i], args);
      mutated = `argument ${i}`;
    }
  }
  if (chance(0.03)) args.push(1);
  else if (chance(0.03)) args.pop();
  const fn: unknown = Reflect.get(addon, name);
  if (typeof fn !== 'function') throw new Error(`the addon has no function ${name}`);
  summary.calls++;
  summary.byFunction[name] = (summary.byFunction[name] ?? 0) + 1;
  try {
    Reflect.apply(fn, addon, args);
    summary.returned++;
  } catch (error) {
    if (error instanceof RangeError) summary.rangeErrors++;
    else if (error instanceof TypeError) summary.typeErrors++;
    else if (error instanceof Error && error.message === 'getter') summary.getterErrors++;
    else if (name === 'poolSelfTest' && String(error).includes('a chunk on the calling thread failed')) summary.poolErrors++;
    else summary.failures.push(`${name} (${mutated}) threw ${String(error)}`);
  }
  if (!canariesIntact()) summary.failures.push(`${name} (${mutated}) wrote outside its arrays (call ${c})`);
  if (summary.failures.length > 20) break;
}
addon.setBlas(2);
addon.setSimd('avx512');
process.stdout.write(`${JSON.stringify(summary)}\n`);
