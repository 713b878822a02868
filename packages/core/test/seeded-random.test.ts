import { describe, expect, it } from 'vitest';
import { ConfigError } from '../src/errors.js';
import { hashToUnit, SeededRandom } from '../src/seeded-random.js';

describe('SeededRandom', () => {
  it('is reproducible, streams differ, state round-trips (also through JSON)', () => {
    const a = new SeededRandom(1);
    const b = new SeededRandom(1);
    const seqA = Array.from({ length: 5 }, () => a.nextUint32());
    expect(Array.from({ length: 5 }, () => b.nextUint32())).toEqual(seqA);
    const other = new SeededRandom(1, 1);
    expect(Array.from({ length: 5 }, () => other.nextUint32())).not.toEqual(seqA);
    const resumed = SeededRandom.fromState(JSON.parse(JSON.stringify(a.state)) as number[]);
    expect(Array.from({ length: 5 }, () => resumed.nextFloat())).toEqual(Array.from({ length: 5 }, () => a.nextFloat()));
  });

  it('draws normals with the requested spread', () => {
    const normals = new SeededRandom(3).normalArray(20000, 2);
    const mean = normals.reduce((s, x) => s + x, 0) / normals.length;
    const variance = normals.reduce((s, x) => s + (x - mean) ** 2, 0) / normals.length;
    expect(Math.abs(mean)).toBeLessThan(0.05);
    expect(Math.sqrt(variance)).toBeCloseTo(2, 1);
  });

  it('draws integers in range, uniformly', () => {
    const random = new SeededRandom(7);
    const counts = new Map<number, number>();
    for (let i = 0; i < 12000; i++) {
      const x = random.int(-1, 4);
      counts.set(x, (counts.get(x) ?? 0) + 1);
      const n = random.nextInt(3);
      expect(n >= 0 && n < 3 && Number.isInteger(n)).toBe(true);
    }
    expect([...counts.keys()].sort()).toEqual([-1, 0, 1, 2, 3, 4]);
    for (const c of counts.values()) expect(c / 12000).toBeCloseTo(1 / 6, 1);
  });

  it('picks and shuffles without losing items', () => {
    const random = new SeededRandom(5);
    const items = Array.from({ length: 20 }, (_, i) => i);
    const shuffled = random.shuffle(items);
    expect(shuffled).not.toEqual(items);
    expect([...shuffled].sort((x, y) => x - y)).toEqual(items);
    expect(items).toEqual(Array.from({ length: 20 }, (_, i) => i)); // a copy; the input is untouched
    expect(items).toContain(random.pick(items));
    expect(() => random.pick([])).toThrow(RangeError);
  });

  it('rejects a state that is not 4 unsigned 32-bit words, not all zero', () => {
    for (const bad of [[1, 2, 3], [0, 0, 0, 0], [1, 2, 3, -1], [1, 2, 3, 2 ** 32], [1.5, 2, 3, 4]]) {
      expect(SeededRandom.isState(bad)).toBe(false);
      expect(() => SeededRandom.fromState(bad)).toThrow(ConfigError);
    }
    expect(SeededRandom.isState(12345)).toBe(false);
    expect(SeededRandom.isState(new SeededRandom(0).state)).toBe(true);
  });
});

describe('hashToUnit', () => {
  it('is a stateless, seeded map to [0, 1)', () => {
    const values = Array.from({ length: 1000 }, (_, i) => hashToUnit(42, i));
    expect(values).toEqual(Array.from({ length: 1000 }, (_, i) => hashToUnit(42, i)));
    expect(values.every((v) => v >= 0 && v < 1)).toBe(true);
    expect(values.filter((v) => v < 0.1).length / 1000).toBeCloseTo(0.1, 1);
    expect(Array.from({ length: 1000 }, (_, i) => hashToUnit(43, i))).not.toEqual(values);
  });
});
