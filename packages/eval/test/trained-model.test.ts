/**
 * End to end with a model that has learned something: a tiny model is fine-tuned (a few hundred
 * Adam steps, completion-only loss) on the worked solutions of a few synthetic problems, and
 * compareModels must show it beating its untrained copy on those problems.
 */
import { tf } from '@stagecoach/core';
import { tinyModel } from '@stagecoach/core/testing';
import { afterAll, describe, expect, it } from 'vitest';
import { arithmeticTask, compareModels } from '../src/index.js';
import { schemaErrors } from './report-fixture.js';

const task = arithmeticTask({ seed: 11, count: 6, difficulty: 1, style: 'arithmetic' });
const base = tinyModel({ seed: 5 });
const tuned = tinyModel({ seed: 5 });
afterAll(() => {
  base.model.dispose();
  tuned.model.dispose();
});

/** Fine-tunes `tuned` on prompt + " solution" + eos, with loss on the solution tokens only. */
function fineTune(steps: number): number {
  const { tokenizer, model } = tuned;
  const eos = tokenizer.specialTokens.eos as number;
  const rows = task.problems.map((p) => {
    const prompt = tokenizer.encode(task.prompt(p));
    const answer = [...tokenizer.encode(` ${p.solution!}`, { addSpecialTokens: false }), eos];
    return { ids: [...prompt, ...answer], answerFrom: prompt.length };
  });
  const width = Math.max(...rows.map((r) => r.ids.length));
  expect(width).toBeLessThanOrEqual(model.config.contextLength);
  const pad = (row: number[]) => [...row, ...new Array<number>(width - row.length).fill(eos)];
  const ids = tf.tensor2d(rows.map((r) => pad(r.ids).slice(0, -1)), undefined, 'int32'); // [B, T-1]
  const targets = tf.tensor2d(rows.map((r) => pad(r.ids).slice(1)), undefined, 'int32'); // [B, T-1]
  const mask = tf.tensor2d(rows.map((r) => pad(r.ids).slice(1).map((_, t) => (t + 1 >= r.answerFrom && t + 1 < r.ids.length ? 1 : 0))));
  const optimizer = tf.train.adam(0.01);
  const variables = [...model.params.values()];
  let loss = Infinity;
  for (let step = 0; step < steps; step++) {
    const cost = optimizer.minimize(() => model.loss(ids, targets, mask), true, variables);
    if (step === steps - 1) loss = cost!.dataSync()[0]!;
    cost?.dispose();
  }
  optimizer.dispose();
  tf.dispose([ids, targets, mask]);
  return loss;
}

describe('compareModels on a fine-tuned tiny model', () => {
  it('measures the improvement fine-tuning made', async () => {
    const loss = fineTune(150);
    expect(loss).toBeLessThan(0.3);
    const report = await compareModels({ models: { base, tuned }, tasks: [task], maxNewTokens: 24, sampleCount: 3, klProblems: 3 });
    expect(schemaErrors(report)).toEqual([]);
    const [before, after] = report.results;
    expect(before!.accuracy.value).toBe(0);
    expect(after!.accuracy.value).toBeGreaterThanOrEqual(0.8);
    expect(after!.helpfulness!.formatAdherence).toBeGreaterThanOrEqual(0.8);
    expect(after!.reasoning!.meanSteps).toBeGreaterThanOrEqual(0.8);
    expect(after!.reasoning!.showsWorkRate).toBeGreaterThanOrEqual(0.8);
    expect(report.behaviour[0]!.meanKl!).toBeGreaterThan(0.5);
    const sample = report.samples[0]!.responses.find((r) => r.model === 'tuned')!;
    expect(sample.text.trim()).toBe(task.problems[0]!.solution);
  });
});
