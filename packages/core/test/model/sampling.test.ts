import { describe, expect, it } from 'vitest';
import { argmax, sampleToken } from '../../src/model/index.js';
import { SeededRandom } from '../../src/seeded-random.js';

describe('sampleToken', () => {
  const logits = [Math.log(0.1), Math.log(0.2), Math.log(0.3), Math.log(0.4)];
  const histogram = (options: { temperature: number; topK: number; topP: number }, n = 20000): number[] => {
    const rng = new SeededRandom(42);
    const counts = [0, 0, 0, 0];
    for (let i = 0; i < n; i++) counts[sampleToken(logits, options, rng)]! += 1;
    return counts.map((c) => c / n);
  };

  it('samples from softmax(logits / temperature)', () => {
    const p = histogram({ temperature: 1, topK: 0, topP: 1 });
    [0.1, 0.2, 0.3, 0.4].forEach((q, i) => expect(p[i]).toBeCloseTo(q, 1));
    const hot = histogram({ temperature: 2, topK: 0, topP: 1 });
    const z = [0.1, 0.2, 0.3, 0.4].map(Math.sqrt).reduce((a, b) => a + b, 0);
    [0.1, 0.2, 0.3, 0.4].forEach((q, i) => expect(hot[i]).toBeCloseTo(Math.sqrt(q) / z, 1));
  });

  it('top-k keeps the k most likely, top-p the smallest nucleus', () => {
    const k2 = histogram({ temperature: 1, topK: 2, topP: 1 });
    expect(k2[0]).toBe(0);
    expect(k2[1]).toBe(0);
    expect(k2[3]).toBeCloseTo(4 / 7, 1);
    const p = histogram({ temperature: 1, topK: 0, topP: 0.65 }); // 0.4 + 0.3 reaches 0.65
    expect(p[0]! + p[1]!).toBe(0);
    expect(p[2]).toBeCloseTo(3 / 7, 1);
    const tiny = histogram({ temperature: 1, topK: 0, topP: 0.01 }, 100);
    expect(tiny[3]).toBe(1);
  });

  it('greedy is argmax with ties to the lowest index', () => {
    expect(argmax([1, 3, 3, 2])).toBe(1);
    expect(sampleToken([0, 5, 5], { temperature: 0, topK: 0, topP: 1 }, new SeededRandom(0))).toBe(1);
  });
});
