import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpu, useBackend } from '@stagecoach/core';
import { letterPreferences } from './letter-preferences.js';
import { rewardModelPpo } from './reward-ppo-experiment.js';

const root = mkdtempSync(join(tmpdir(), 'stagecoach-reward-ppo-'));
beforeAll(async () => {
  await useBackend(cpu());
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

describe('PPO with a trained reward model', () => {
  it('synthetic preferences prefer the response with more lowercase letters', () => {
    const letters = (s: string) => [...s].filter((ch) => ch >= 'a' && ch <= 'z').length;
    const pairs = letterPreferences(64, 3);
    expect(pairs.every((p) => letters(p.chosen) > letters(p.rejected) && [...p.chosen].length === 6)).toBe(true);
  });

  it('raises the directly measured lowercase share from chance while the KL stays bounded, numTensors flat', async () => {
    const started = performance.now();
    const { reward, ppo } = await rewardModelPpo({ root, rewardSteps: 40, ppoSteps: 24 });
    const { trace } = ppo;
    const first = mean(trace.slice(0, 3).map((s) => s.letters));
    const last = mean(trace.slice(-3).map((s) => s.letters));
    console.log(
      `reward model: held-out accuracy ${reward.accuracyBefore.toFixed(3)} -> ${reward.accuracyAfter.toFixed(3)} in ${reward.steps} steps (${reward.seconds.toFixed(1)} s); `
      + `PPO on its score: lowercase share ${first.toFixed(3)} -> ${last.toFixed(3)} in ${ppo.steps} steps (${ppo.seconds.toFixed(1)} s), `
      + `max KL ${Math.max(...trace.map((s) => s.kl)).toFixed(2)}; total ${((performance.now() - started) / 1000).toFixed(1)} s`,
    );
    expect(reward.accuracyAfter).toBeGreaterThanOrEqual(0.9);
    expect(first).toBeLessThan(0.2);
    expect(last).toBeGreaterThan(first + 0.4);
    // The reward model's own score rises with it.
    expect(mean(trace.slice(-3).map((s) => s.score))).toBeGreaterThan(mean(trace.slice(0, 3).map((s) => s.score)));
    // All mass on the 26 letters costs ≥ 6·log(259 / 26) ≈ 13.8 nats; the policy settles on a few letters.
    expect(Math.max(...trace.map((s) => s.kl))).toBeLessThan(40);
    expect(trace.at(-1)!.numTensors).toBe(trace[1]!.numTensors);
  }, 180_000);
});
