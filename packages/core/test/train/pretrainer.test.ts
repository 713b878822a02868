import { beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, cpu, tf, useBackend } from '@stagecoach/core';
import { arraySource, Pretrainer, resolvePretrainerConfig, type StepEvent } from '../../src/train/index.js';
import { tinyCorpus } from './fixtures/corpus.js';

beforeAll(async () => {
  await useBackend(cpu());
});

describe('Pretrainer', () => {
  it('brings the loss of a tiny model on a small fixed corpus below 3.0 nats in 40 steps', async () => {
    const trainer = new Pretrainer({
      model: 'gpt2-tiny', data: arraySource(tinyCorpus()), steps: 40, seqLen: 16, batchSize: 4, lr: 1e-2,
      schedule: { type: 'cosine', warmupSteps: 3 }, evalEvery: 20, evalSequences: 8, seed: 1,
    });
    const steps: StepEvent[] = [];
    trainer.on('step', (e) => steps.push(e));
    const evals: number[] = [];
    trainer.on('eval', (e) => evals.push(e.valLoss));
    const done = await trainer.train();
    expect(steps).toHaveLength(40);
    expect(steps[0]!.loss).toBeGreaterThan(5); // ln(259) = 5.56 at random init
    const last = steps.slice(-5).reduce((a, e) => a + e.loss, 0) / 5;
    expect(last).toBeLessThan(3.0);
    expect(evals).toHaveLength(2);
    expect(done.lastEval!.valLoss).toBeLessThan(3.2);
    expect(done.lastEval!.perplexity).toBeCloseTo(Math.exp(done.lastEval!.valLoss), 6);
    expect(done.lastEval!.bitsPerByte).toBeGreaterThan(0);
    expect(steps.at(-1)!.tokensPerSec).toBeGreaterThan(0);
    expect(steps.at(-1)!.etaMs).toBe(0);
    trainer.dispose();
  });

  it('keeps tf.memory().numTensors flat over 50 steps (with evaluation and samples)', async () => {
    const trainer = new Pretrainer({
      model: 'llama-tiny', data: arraySource(tinyCorpus()), steps: 60, seqLen: 8, batchSize: 2, tokensPerStep: 32, evalEvery: 10, evalSequences: 2, sampleTokens: 4,
    });
    await trainer.step();
    await trainer.evaluate();
    await trainer.sample(); // generation caches one tensor on first use
    const before = tf.memory().numTensors;
    for (let i = 1; i <= 50; i += 1) {
      await trainer.step();
      if (i % 25 === 0) {
        await trainer.evaluate();
        await trainer.sample();
      }
    }
    expect(tf.memory().numTensors).toBe(before);
    trainer.dispose();
  });

  it('trains a BPE tokenizer on the corpus first and sizes the model to it', async () => {
    const trainer = new Pretrainer({
      model: 'gpt2-tiny', data: arraySource(tinyCorpus()), tokenizer: { type: 'bpe', vocabSize: 300 }, steps: 2, seqLen: 16, batchSize: 2, evalEvery: 0,
    });
    expect(trainer.config.model.vocabSize).toBe(300);
    const result = await trainer.step();
    expect(Number.isFinite(result.loss)).toBe(true);
    expect(trainer.tokenizer.vocabSize).toBeGreaterThan(259);
    expect(trainer.tokenizer.vocabSize).toBeLessThanOrEqual(300);
    expect(trainer.tokenizer.encode('the cat sees').length).toBeLessThan('the cat sees'.length);
    expect(trainer.model.config.eosTokenId).toBe(trainer.tokenizer.specialTokens.eos);
    trainer.dispose();
  });

  it('refuses a sample prompt that fills the context before training, not at the first sample', async () => {
    const steps: number[] = [];
    const trainer = new Pretrainer({
      model: 'gpt2-tiny', data: arraySource(tinyCorpus()), steps: 4, seqLen: 16, batchSize: 2, evalEvery: 0, sampleEvery: 2,
      samplePrompts: ['ok', 'x'.repeat(63)],
    });
    trainer.on('step', (e) => steps.push(e.step));
    const before = tf.memory().numTensors;
    await expect(trainer.train()).rejects.toThrow(
      /config\.samplePrompts\[1\] is 64 tokens, which leaves no room to generate in the model's context of 64 tokens; shorten it/,
    );
    expect(steps).toEqual([]);
    expect(tf.memory().numTensors).toBe(before);
    trainer.dispose();
  });

  it('evaluate() without validation windows is an error, not a perfect score of 0 nats', async () => {
    const trainer = new Pretrainer({ model: 'gpt2-tiny', data: arraySource(tinyCorpus()), steps: 2, seqLen: 16, batchSize: 2, evalEvery: 0 });
    await expect(trainer.evaluate()).rejects.toThrow(ConfigError);
    await expect(trainer.evaluate()).rejects.toThrow(/no validation windows to evaluate on: they are read only when config\.evalEvery > 0/);
    trainer.dispose();
  });

  it('validates the config and names the field', () => {
    const base = { model: 'gpt2-tiny', data: 'x.txt', steps: 10, seqLen: 64, batchSize: 32 };
    expect(resolvePretrainerConfig({ model: 'gpt2-tiny', data: 'x.txt', steps: 10 }).accumulationSteps).toBe(1);
    expect(resolvePretrainerConfig({ ...base, batchSize: 2, seqLen: 16, tokensPerStep: 128 }).accumulationSteps).toBe(4);
    const cases: [Record<string, unknown>, RegExp][] = [
      [{ steps: 0 }, /config\.steps must be an integer >= 1, got 0/],
      [{ seqLen: 65 }, /config\.seqLen must be an integer in \[1, 64\] \(model\.contextLength is 64\)/],
      [{ lr: -1 }, /config\.lr must be a positive number/],
      [{ validationFraction: 1.5 }, /config\.validationFraction must be a number in \[0, 1\)/],
      [{ model: 'gpt9' }, /config\.model: Unknown model preset "gpt9"/],
      [{ data: [] }, /config\.data is required/],
      [{ schedule: { type: 'cosine', warmupSteps: 11 } }, /schedule\.warmupSteps must be an integer in \[0, 10\]/],
      [{ tokenizer: { type: 'bpe', vocabSize: 100 } }, /config\.tokenizer\.vocabSize must be an integer >= 260/],
      [{ tokenizer: 'gpt2' }, /config\.tokenizer must be "byte", \{ type: "bpe", vocabSize \} or a Tokenizer object/],
      [{ tokensPerStep: 10 }, /config\.tokensPerStep must be an integer >= 2048 \(one micro-batch is batchSize × seqLen = 2048 tokens\)/],
      // Values of the wrong type, as a JSON config can hold, name the field instead of failing later.
      [{ schedule: 'cosine' }, /config\.schedule must be an object such as \{ "type": "cosine" \}/],
      [{ schedule: { type: 'wsd', decaySteps: 20 } }, /config\.schedule\.decaySteps must be an integer in \[0, 9\], got 20/],
      [{ data: 5 }, /config\.data must be a file path or URL, .* got 5/],
      [{ data: ['a.txt', { path: 'b.jsonl', format: 'csv' }] }, /config\.data\[1\]\.format must be "text" or "jsonl", got "csv"/],
      [{ validationData: { path: 7 } }, /config\.validationData must be a file path or URL/],
      [{ textField: '' }, /config\.textField must be a non-empty string/],
      [{ model: null }, /config\.model must be a preset name such as "gpt2-tiny" or a model config object, got null/],
      // A typo in a JSON config is an error, not a silently ignored field.
      [{ batchsize: 2 }, /pretrainer config has unknown field\(s\) "batchsize" \(a typo\?\)\. Valid fields: model, data, .*batchSize/],
      [{ model: { preset: 'gpt2-tiny', nLayer: 1 } }, /config\.model: config has unknown field\(s\) "nLayer" \(a typo\?\)\. Valid fields: .*nLayers/],
    ];
    for (const [patch, message] of cases) {
      const run = () => new Pretrainer({ ...base, ...patch } as never);
      expect(run).toThrow(ConfigError);
      expect(run).toThrow(message);
    }
  });
});
