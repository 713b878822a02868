import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { cpu, savePretrained, tf, useBackend } from '@stagecoach/core';
import { tinyModel } from '@stagecoach/core/testing';
import type { RLTrainer, ResolvedRLOptions } from '../src/index.js';

export { TOY_LENGTH, TOY_PROMPTS, letterReward } from './toy-reward.js';

/**
 * A temporary folder for the test file (removed after it) holding `base`: a seeded tiny llama with
 * random weights and the byte tokenizer, saved before the tests on the cpu backend.
 */
export function toyFolder(prefix: string): { root: string; base: string } {
  const root = mkdtempSync(join(tmpdir(), prefix));
  const base = join(root, 'base');
  beforeAll(async () => {
    await useBackend(cpu());
    const { model, tokenizer } = tinyModel({ family: 'llama', seed: 5 });
    await savePretrained(model, tokenizer, base);
    model.dispose();
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  return { root, base };
}

/** What a training run on the toy task showed. */
export interface ToyRun {
  /** Mean reward of the first three steps, and of the last three. */
  first: number;
  last: number;
  /** The largest KL to the reference seen (nats per response). */
  maxKl: number;
  /** `tf.memory().numTensors` after each step. */
  tensors: number[];
  seconds: number;
}

/** Trains `trainer` to its `steps` and reports rewards, KL and tensor counts (the trainer is disposed). */
export async function trainToy(trainer: RLTrainer<ResolvedRLOptions>, name: string): Promise<ToyRun> {
  const rewards: number[] = [];
  const kls: number[] = [];
  const tensors: number[] = [];
  trainer.on('step', (e) => {
    rewards.push(e.metrics.rewardMean!);
    kls.push(e.metrics.kl!);
    tensors.push(tf.memory().numTensors);
  });
  const started = performance.now();
  await trainer.train();
  trainer.dispose();
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  const run = { first: mean(rewards.slice(0, 3)), last: mean(rewards.slice(-3)), maxKl: Math.max(...kls), tensors, seconds: (performance.now() - started) / 1000 };
  console.log(`${name} toy: reward ${run.first.toFixed(3)} -> ${run.last.toFixed(3)} in ${rewards.length} steps, max KL ${run.maxKl.toFixed(3)}, ${run.seconds.toFixed(1)} s`);
  return run;
}

/**
 * Trains 4 steps straight, and 2 steps then a resume to 4 from `outDir`; returns the step losses and
 * the trained weights (`weights` reads them) of both, to be compared.
 */
export async function straightAndResumed(
  make: (overrides: { steps: number; outDir?: string; resumeFrom?: string }) => RLTrainer<ResolvedRLOptions>,
  weights: (trainer: RLTrainer<ResolvedRLOptions>) => tf.Variable[],
  outDir: string,
): Promise<{ straight: { losses: number[]; weights: number[][] }; resumed: { losses: number[]; weights: number[][] } }> {
  const read = (t: RLTrainer<ResolvedRLOptions>) => Promise.all(weights(t).map(async (v) => Array.from(await v.data())));
  const straight = make({ steps: 4 });
  const straightLosses: number[] = [];
  straight.on('step', (e) => straightLosses.push(e.loss));
  await straight.train();
  const straightWeights = await read(straight);
  straight.dispose();
  const resumedLosses: number[] = [];
  const first = make({ steps: 2, outDir });
  first.on('step', (e) => resumedLosses.push(e.loss));
  await first.train();
  first.dispose();
  const second = make({ steps: 4, resumeFrom: outDir });
  second.on('step', (e) => resumedLosses.push(e.loss));
  await second.train();
  const resumedWeights = await read(second);
  second.dispose();
  return { straight: { losses: straightLosses, weights: straightWeights }, resumed: { losses: resumedLosses, weights: resumedWeights } };
}
