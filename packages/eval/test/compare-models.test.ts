import { ConfigError, tf, trainBpe } from '@stagecoach/core';
import { tinyModel } from '@stagecoach/core/testing';
import { afterAll, describe, expect, it } from 'vitest';
import {
  accuracy, arithmeticChoiceTask, arithmeticTask, compareModels, gsm8kTask, resolveEvalSettings, scoreChoices, truncateAtStop, type EvalReport, type ModelEntry,
} from '../src/index.js';
import { renderTerminalTable } from '../src/node/index.js';
import { schemaErrors, withoutTiming } from './report-fixture.js';

// Two copies of the same seeded model (identical weights) and one with other weights.
const base = tinyModel({ seed: 1 });
const twin = tinyModel({ seed: 1 });
const other = tinyModel({ seed: 2 });
afterAll(() => {
  for (const m of [base, twin, other]) m.model.dispose();
});

const tasks = () => [arithmeticTask({ count: 4, difficulty: [1, 2], seed: 3 }), arithmeticChoiceTask({ count: 3, seed: 4 })];
const settings = { maxNewTokens: 12, sampleCount: 2, batchSize: 3, klProblems: 4 };

describe('compareModels on tiny seeded models', () => {
  let report: EvalReport;

  it('produces a schema-valid report covering every model and task', async () => {
    report = await compareModels({ models: { base, twin, other }, tasks: tasks(), ...settings, title: 'tiny' });
    expect(schemaErrors(report)).toEqual([]);
    expect(report.results.map((r) => `${r.model}/${r.task}`)).toEqual([
      'base/arithmetic', 'twin/arithmetic', 'other/arithmetic',
      'base/arithmetic-choice', 'twin/arithmetic-choice', 'other/arithmetic-choice',
    ]);
    for (const r of report.results) expect(r.accuracy.total).toBe(r.task === 'arithmetic' ? 4 : 3);
    expect(report.settings).toMatchObject({ seed: 0, temperature: 0, samples: 1, kValues: [1], baseline: 'base', maxNewTokens: 12 });
    expect(report.models[0]).toMatchObject({ name: 'base', promptFormat: 'plain', config: { family: 'gpt2', vocabSize: 259 } });
    expect(report.samples).toHaveLength(2);
    expect(report.timing.every((t) => t.problemsPerSecond > 0)).toBe(true);
    // The backend that computed the numbers; no Stagecoach backend name was given.
    expect(report.settings.backend).toEqual({ tfjs: tf.getBackend(), stagecoach: null });
    for (const r of report.results) {
      if (r.type === 'generative') {
        expect(r.strictAccuracy!.correct).toBe(r.items.filter((i) => i.strictCorrect === true).length);
        expect(r.strictAccuracy!.correct).toBeLessThanOrEqual(r.accuracy.correct);
      } else {
        expect(r.strictAccuracy).toBeNull();
        expect(r.items.every((i) => i.strictCorrect === null)).toBe(true);
      }
    }
  });

  it('records exactly what the model generates for the task prompt', async () => {
    const task = arithmeticTask({ count: 4, difficulty: [1, 2], seed: 3 });
    const problem = task.problems[0]!;
    const ids = base.tokenizer.encode(task.prompt(problem));
    const room = base.model.config.contextLength - settings.maxNewTokens;
    const [result] = await base.model.generate([ids.slice(Math.max(0, ids.length - room))], { maxNewTokens: settings.maxNewTokens, seed: 0 });
    const tokens = result!.tokens.filter((t) => t !== base.tokenizer.specialTokens.eos);
    const text = truncateAtStop(base.tokenizer.decode(tokens, { skipSpecialTokens: true }), task.stopSequences);
    const sample = report.samples[0]!;
    expect(sample.problemId).toBe(problem.id);
    expect(sample.responses.find((r) => r.model === 'base')?.text).toBe(text);
    expect(report.results[0]!.items[0]!.correct).toBe(task.evaluate(problem, text).correct);
  });

  it('measures behaviour change: zero KL for identical weights, positive for different weights', () => {
    const twinChange = report.behaviour.find((b) => b.model === 'twin')!;
    const otherChange = report.behaviour.find((b) => b.model === 'other')!;
    expect(twinChange.meanKl).not.toBeNull();
    expect(twinChange.meanKl!).toBeLessThan(1e-5);
    expect(twinChange.klTokens).toBeGreaterThan(0);
    expect(twinChange.answerAgreement).toBe(1);
    expect(twinChange.meanResponseTokens).toBe(twinChange.baselineMeanResponseTokens);
    expect(otherChange.meanKl!).toBeGreaterThan(1e-4);
    // Identical weights give identical results on every task.
    const strip = (model: string) => report.results.filter((r) => r.model === model).map(({ model: _m, ...rest }) => rest);
    expect(strip('twin')).toEqual(strip('base'));
  });

  it('measures KL on the response only, not on tokens generated past the stop sequence', async () => {
    // The weights of `other`, with a generation that answers and then starts the next question.
    const said = other.tokenizer.encode('7\nQuestion: What is 12 + 34?', { addSpecialTokens: false });
    const talkative: ModelEntry = {
      tokenizer: other.tokenizer,
      model: {
        config: other.model.config,
        logits: (ids) => other.model.logits(ids),
        generate: async (prompts) => prompts.map(() => ({ tokens: [...said], finishReason: 'length' as const })),
      },
    };
    const kl = await compareModels({ models: { base, talkative }, tasks: [arithmeticTask({ count: 2, seed: 3 })], maxNewTokens: 40 });
    const answerTokens = other.tokenizer.encode('7', { addSpecialTokens: false }).length;
    expect(kl.samples[0]!.responses[1]!.text).toBe('7');
    expect(kl.results[1]!.responseLength!.meanTokens).toBe(answerTokens);
    expect(kl.behaviour[0]!.klTokens).toBe(2 * answerTokens);
  });

  it('reports no KL between models whose tokenizers split text differently, even with equal vocabulary sizes', async () => {
    const vocabSize = 300;
    const tokenizers = await Promise.all([
      trainBpe(['What is 1 + 2? What is 3 + 4? 1 + 2 = 3. 3 + 4 = 7. What is 12 + 34?'], { vocabSize }),
      trainBpe(['The cat sat on the mat. The dog sat on the log. The hat is on the cat.'], { vocabSize }),
    ]);
    const [first, second] = [1, 2].map((seed) => tinyModel({ seed, config: { vocabSize } }).model);
    try {
      const report = await compareModels({
        models: { first: { model: first!, tokenizer: tokenizers[0]! }, second: { model: second!, tokenizer: tokenizers[1]! } },
        tasks: [arithmeticTask({ count: 2, difficulty: 1 })], maxNewTokens: 4,
      });
      expect(report.behaviour[0]!.meanKl).toBeNull();
      expect(report.behaviour[0]!.klNote).toMatch(/tokenizers differ/);
    } finally {
      first!.dispose();
      second!.dispose();
    }
  });

  it('scores multiple choice by the log-likelihood of each continuation', async () => {
    const task = arithmeticChoiceTask({ count: 3, seed: 4 });
    const problem = task.problems[0]!;
    const { scores } = await scoreChoices(base, task, problem);
    // Independent check with the model's own tokenLogProbs on each full sequence.
    problem.choices.forEach((_, i) => {
      const context = base.tokenizer.encode(task.context(problem));
      const ids = base.tokenizer.encode(task.context(problem) + task.continuation(problem, i));
      const logp = tf.tidy(() => base.model.tokenLogProbs(tf.tensor2d([ids.slice(0, -1)], undefined, 'int32'), tf.tensor2d([ids.slice(1)], undefined, 'int32')).arraySync()[0]!);
      const expected = logp.slice(context.length - 1).reduce((a, b) => a + b, 0);
      expect(scores[i]!.logLikelihood).toBeCloseTo(expected, 3);
      expect(scores[i]!.tokens).toBe(ids.length - context.length);
    });
    // Length normalisation divides by the choice's own length, as lm-eval's acc_norm (not counting the space before it).
    expect(scores.map((s) => s.characters)).toEqual(problem.choices.map((c) => c.length));
    const result = report.results.find((r) => r.model === 'base' && r.task === 'arithmetic-choice')!;
    const best = scores.reduce((b, s, i) => (s.logLikelihood > scores[b]!.logLikelihood ? i : b), 0);
    expect(result.items[0]!.answer).toBe(problem.choices[best]);
    expect(result.accuracyNormalized).not.toBeNull();
  });

  it('is reproducible (the same settings give the same report) and leaks no tensors', async () => {
    // Measured on the second run: a model may keep a cache (e.g. its transposed tied embedding) after its first forward.
    const before = tf.memory().numTensors;
    const again = await compareModels({ models: { base, twin, other }, tasks: tasks(), ...settings, title: 'tiny' });
    expect(tf.memory().numTensors).toBe(before);
    expect(withoutTiming(again)).toEqual(withoutTiming(report));
  });
});

describe('strict and flexible accuracy', () => {
  it('differ on a correct answer written without ####: flexible counts it, strict does not', async () => {
    const task = gsm8kTask([
      { question: 'Tom has 3 apples and buys 2 more. How many apples does he have?', answer: 'He has 3 + 2 = <<3+2=5>>5 apples.\n#### 5' },
      { question: 'A box holds 4 pens. How many pens are in 2 boxes?', answer: '2 * 4 = <<2*4=8>>8\n#### 8' },
    ]);
    // The weights of `base` for scoring, with replies written out: right without `####`, then right with it.
    const prompts: string[] = [];
    const scripted: ModelEntry = {
      tokenizer: base.tokenizer,
      model: {
        config: base.model.config,
        logits: (ids) => base.model.logits(ids),
        generate: async (batch) => batch.map((ids) => {
          const prompt = base.tokenizer.decode(ids, { skipSpecialTokens: true });
          prompts.push(prompt);
          const reply = prompt.includes('boxes') ? ' 2 * 4 = 8 pens.\n#### 8' : ' He has 3 + 2 = 5 apples.';
          return { tokens: base.tokenizer.encode(reply, { addSpecialTokens: false }), finishReason: 'stop' as const };
        }),
      },
    };
    const report = await compareModels({ models: { scripted }, tasks: [task], maxNewTokens: 24, backend: 'cpu' });
    expect(prompts).toHaveLength(2);
    expect(schemaErrors(report)).toEqual([]);
    const result = report.results[0]!;
    expect(result.accuracy).toEqual(accuracy(2, 2));
    expect(result.strictAccuracy).toEqual(accuracy(1, 2));
    expect(result.strictAccuracy!.lower).toBeCloseTo(0.0945, 4);
    expect(result.strictAccuracy!.upper).toBeCloseTo(0.9055, 4);
    expect(result.items.map((i) => [i.problemId, i.correct, i.strictCorrect])).toEqual([['gsm8k-0', true, false], ['gsm8k-1', true, true]]);
    expect(result.helpfulness!.formatAdherence).toBe(0.5);
    expect(report.settings.backend).toEqual({ tfjs: tf.getBackend(), stagecoach: 'cpu' });
    const row = renderTerminalTable(report).split('\n').find((l) => l.startsWith('│ scripted '))!;
    expect(row.split('│').map((c) => c.trim()).slice(1, 5)).toEqual(['scripted', '100.0%', '34.2%–100.0%', '50.0%']);
  });
});

describe('compareModels with sampling, a reward model and training curves', () => {
  it('computes pass@k / maj@k from n samples and the mean reward', async () => {
    const rewards: number[] = [];
    const report = await compareModels({
      models: { base, other } as Record<string, ModelEntry>,
      tasks: [arithmeticTask({ count: 3, difficulty: 1 })],
      maxNewTokens: 8, samples: 3, kValues: [1, 2, 3], temperature: 1, seed: 5,
      rewardModel: (_prompt, response) => {
        rewards.push(response.length);
        return response.length;
      },
      trainingCurves: [{ model: 'other', metric: 'loss', points: [{ step: 0, value: 5.5 }, { step: 10, value: 3.2 }] }],
    });
    expect(schemaErrors(report)).toEqual([]);
    const result = report.results[0]!;
    expect(result.passAtK.map((p) => p.k)).toEqual([1, 2, 3]);
    const meanC = result.items.reduce((s, i) => s + i.correctSamples / i.samples, 0) / result.items.length;
    expect(result.passAtK[0]!.value).toBeCloseTo(meanC, 12);
    expect(result.passAtK[2]!.value).toBeCloseTo(result.items.filter((i) => i.correctSamples > 0).length / result.items.length, 12);
    expect(result.items.every((i) => i.samples === 3)).toBe(true);
    expect(result.helpfulness?.meanReward).toBeCloseTo(rewards.slice(0, 3).reduce((a, b) => a + b, 0) / 3, 12);
    expect(report.trainingCurves).toHaveLength(1);
  });

  it('reports progress per phase and stops when aborted', async () => {
    const events: string[] = [];
    await compareModels({
      models: { base, other }, tasks: [arithmeticTask({ count: 2 }), arithmeticChoiceTask({ count: 2 })], maxNewTokens: 4, batchSize: 1,
      onProgress: (e) => events.push(`${e.phase}:${e.model}:${e.task}:${e.done}/${e.total}`),
    });
    expect(events).toEqual([
      'generate:base:arithmetic:1/2', 'generate:base:arithmetic:2/2', 'generate:other:arithmetic:1/2', 'generate:other:arithmetic:2/2',
      'kl:other:arithmetic:1/2', 'kl:other:arithmetic:2/2',
      'score:base:arithmetic-choice:1/2', 'score:base:arithmetic-choice:2/2', 'score:other:arithmetic-choice:1/2', 'score:other:arithmetic-choice:2/2',
    ]);
    const controller = new AbortController();
    controller.abort();
    await expect(compareModels({ models: { base }, tasks: tasks(), maxNewTokens: 4, signal: controller.signal })).rejects.toThrow(/abort/i);
  });

  it('defaults maxNewTokens to half the smallest model context, and names the model whose context is too small', () => {
    expect(resolveEvalSettings({ models: { base }, tasks: tasks() }).maxNewTokens).toBe(base.model.config.contextLength / 2);
    expect(() => resolveEvalSettings({ models: { base, other }, tasks: tasks(), maxNewTokens: base.model.config.contextLength }))
      .toThrow(new RegExp(`"maxNewTokens" is ${base.model.config.contextLength}, .*context of model "base"`));
  });

  it('rejects settings that cannot work, naming the field', async () => {
    await expect(compareModels({ models: { base }, tasks: tasks(), samples: 4 })).rejects.toThrow(/"samples" is 4 but "temperature" is 0/);
    await expect(compareModels({ models: { base }, tasks: tasks(), baseline: 'sft' })).rejects.toThrow(ConfigError);
    await expect(compareModels({ models: { base }, tasks: tasks(), samples: 2, temperature: 1, kValues: [3] })).rejects.toThrow(/"kValues"/);
    await expect(compareModels({ models: {}, tasks: tasks() })).rejects.toThrow(/"models" is empty/);
    await expect(compareModels({ models: { base }, tasks: tasks(), maxNewTokens: 64 })).rejects.toThrow(/no room for a prompt/);
    await expect(compareModels({ models: { base }, tasks: tasks(), backend: ' ' })).rejects.toThrow(/"backend" must be the name of the Stagecoach backend/);
  });
});
