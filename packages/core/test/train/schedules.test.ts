import { describe, expect, it } from 'vitest';
import { ConfigError } from '@stagecoach/core';
import { constantSchedule, makeSchedule, warmupCosineSchedule, warmupStableDecaySchedule } from '../../src/train/index.js';

describe('learning-rate schedules', () => {
  it('constant', () => {
    const lr = constantSchedule(3e-4);
    expect([0, 10, 1e6].map(lr)).toEqual([3e-4, 3e-4, 3e-4]);
  });

  it('linear warmup then cosine to minLr', () => {
    const lr = warmupCosineSchedule({ peakLr: 1, warmupSteps: 10, totalSteps: 110, minLr: 0.1 });
    expect(lr(0)).toBeCloseTo(0.1, 12);
    expect(lr(4)).toBeCloseTo(0.5, 12);
    expect(lr(9)).toBeCloseTo(1, 12);
    expect(lr(10)).toBeCloseTo(1, 12);
    expect(lr(60)).toBeCloseTo(0.55, 12); // halfway through the cosine: (1 + 0.1) / 2
    expect(lr(110)).toBeCloseTo(0.1, 12);
    expect(lr(500)).toBeCloseTo(0.1, 12);
    for (let s = 11; s < 110; s += 1) expect(lr(s)).toBeLessThan(lr(s - 1));
  });

  it('warmup-stable-decay', () => {
    const lr = warmupStableDecaySchedule({ peakLr: 2, warmupSteps: 4, decaySteps: 20, totalSteps: 100, minLr: 0 });
    expect(lr(0)).toBeCloseTo(0.5, 12);
    expect(lr(3)).toBeCloseTo(2, 12);
    expect(lr(50)).toBe(2);
    expect(lr(79)).toBe(2);
    expect(lr(80)).toBe(2);
    expect(lr(90)).toBeCloseTo(1, 12);
    expect(lr(100)).toBe(0);
  });

  it('builds from config and names bad fields', () => {
    expect(makeSchedule({ type: 'cosine', warmupSteps: 0, minLrRatio: 0 }, 1, 100)(50)).toBeCloseTo(0.5, 12);
    expect(() => makeSchedule({ type: 'cosine', warmupSteps: 200 }, 1, 100)).toThrow(/schedule\.warmupSteps/);
    expect(() => makeSchedule({ type: 'wsd', minLrRatio: 2 }, 1, 100)).toThrow(ConfigError);
    expect(() => makeSchedule({ type: 'linear' } as never, 1, 100)).toThrow(/"constant", "cosine", "wsd"/);
  });
});
