/**
 * End to end with a model that has learned something: a one-layer tiny model is fine-tuned (Adam,
 * loss on the answer tokens only) until it writes the worked solution of one synthetic problem, and
 * compareModels must show the change against its untrained copy: the answer, the format, the
 * reasoning steps and a large KL. About 60 training steps (~20 s on a busy 2-core machine).
 */
import { tf } from '@stagecoach/core';
import { tinyModel } from '@stagecoach/core/testing';
import { afterAll, describe, expect, it } from 'vitest';
import { arithmeticTask, compareModels, type Problem } from '../src/index.js';
import { schemaErrors } from './report-fixture.js';

const task = arithmeticTask({ seed: 11, count: 2, difficulty: 1, style: 'arithmetic' });
const base = tinyModel({ seed: 5, config: { nLayers: 1 } });
const tuned = tinyModel({ seed: 5, config: { nLayers: 1 } });
afterAll(() => {
  base.model.dispose();
  tuned.model.dispose();
});

/** Trains `tuned` on prompt + " solution" + eos until the answer's mean loss is below `target`; returns the steps taken. */
function fineTune(problem: Problem, target: number, maxSteps: number): number {
  const { tokenizer, model } = tuned;
  const prompt = tokenizer.encode(task.prompt(problem));
  const sequence = [...prompt, ...tokenizer.encode(` ${problem.solution!}`, { addSpecialTokens: false }), tokenizer.specialTokens.eos as number];
  const ids = tf.tensor2d([sequence.slice(0, -1)], undefined, 'int32'); // [1, T]
  const targets = tf.tensor2d([sequence.slice(1)], undefined, 'int32'); // [1, T]
  const mask = tf.tensor2d([sequence.slice(1).map((_, t) => (t + 1 >= prompt.length ? 1 : 0))]); // [1, T]: answer tokens only
  const optimizer = tf.train.adam(0.02);
  const variables = [...model.params.values()];
  let step = 0;
  try {
    while (step < maxSteps) {
      step++;
      const cost = optimizer.minimize(() => model.loss(ids, targets, mask), true, variables) as tf.Scalar;
      const loss = cost.dataSync()[0] as number;
      cost.dispose();
      if (loss < target) break;
    }
  } finally {
    optimizer.dispose();
    tf.dispose([ids, targets, mask]);
  }
  return step;
}

describe('compareModels on a fine-tuned tiny model', () => {
  it('measures what fine-tuning changed', async () => {
    const problem = task.problems[0]!;
    expect(fineTune(problem, 0.05, 150)).toBeLessThan(150);
    const report = await compareModels({ models: { base, tuned }, tasks: [task], maxNewTokens: 24, klProblems: 2 });
    expect(schemaErrors(report)).toEqual([]);
    const [before, after] = report.results;
    expect(before!.accuracy.value).toBe(0);
    expect(before!.helpfulness!.formatAdherence).toBe(0);
    expect(after!.items[0]).toMatchObject({ problemId: problem.id, correct: true, answer: problem.answer, steps: 1 });
    expect(after!.accuracy.correct).toBeGreaterThanOrEqual(1);
    expect(after!.helpfulness!.formatAdherence).toBeGreaterThanOrEqual(0.5);
    expect(after!.reasoning!.showsWorkRate).toBeGreaterThanOrEqual(0.5);
    expect(report.behaviour[0]!.meanKl!).toBeGreaterThan(0.1);
    const sample = report.samples[0]!.responses.find((r) => r.model === 'tuned')!;
    expect(sample).toMatchObject({ correct: true, answer: problem.answer });
    expect(sample.text.trim()).toBe(problem.solution);
  });
});
