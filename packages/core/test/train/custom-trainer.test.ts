import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CheckpointError, ConfigError, Transformer, byteTokenizer, cpu, loadPretrained, resolveTransformerConfig, savePretrained, tf, useBackend } from '@stagecoach/core';
import { Pretrainer, arraySource, listCheckpointSteps, readCheckpoint, type StepEvent, type TrainerState } from '../../src/train/index.js';
import type { Pretrained } from '../../src/pretrained/index.js';
import { ToyTrainer, type ToyOptions } from './fixtures/toy-trainer.js';

let dir: string;
beforeAll(async () => {
  await useBackend(cpu());
  dir = await mkdtemp(join(tmpdir(), 'stagecoach-custom-trainer-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Trains (stopping by AbortSignal after `stopAt` steps), returns the step events and the final weights. */
async function run(config: ToyOptions, stopAt?: number): Promise<{ steps: StepEvent[]; weights: Map<string, Float32Array> }> {
  const trainer = new ToyTrainer(config);
  const controller = new AbortController();
  const steps: StepEvent[] = [];
  trainer.on('step', (e) => {
    steps.push(e);
    if (e.step === stopAt) controller.abort();
  });
  await trainer.train({ signal: controller.signal });
  const weights = new Map([...trainer.model.params].map(([name, p]) => [name, p.dataSync() as Float32Array]));
  trainer.dispose();
  return { steps, weights };
}

describe('a custom trainer on the run scaffolding', () => {
  it('gets checkpoints, events with its metrics, and a bit-identical resume after an abort', async () => {
    const metricsFile = join(dir, 'straight.jsonl');
    const straight = await run({ steps: 6, seed: 2, outDir: join(dir, 'straight'), checkpointEvery: 2, metricsFile });
    expect(straight.steps.map((e) => e.step)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(straight.steps.at(-1)!.loss).toBeLessThan(straight.steps[0]!.loss * 0.8); // the toy objective is learned
    expect(straight.steps[0]!.metrics.maxError).toBeGreaterThan(Math.sqrt(straight.steps[0]!.loss));
    expect(await listCheckpointSteps(join(dir, 'straight'))).toEqual([4, 6]);
    const records = (await readFile(metricsFile, 'utf8')).trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(records[0]).toMatchObject({ event: 'step', step: 1, loss: straight.steps[0]!.loss, metrics: { maxError: straight.steps[0]!.metrics.maxError } });

    const first = await run({ steps: 6, seed: 2, outDir: join(dir, 'halves') }, 3);
    expect(first.steps).toHaveLength(3);
    const saved = await readCheckpoint<TrainerState & { sequencesSeen: number }>(join(dir, 'halves', 'checkpoint-3'), 'toy');
    expect(saved.state).toMatchObject({ trainer: 'toy', step: 3, optimizerStep: 3, sequencesSeen: 6, rng: expect.any(Array) });
    expect(saved.state.initFrom).toBeUndefined();
    expect(saved.state.config).toMatchObject({ steps: 6, seed: 2, lr: 0.01, batchSize: 2, seqLen: 8, groups: [] });
    const second = await run({ steps: 6, seed: 2, resumeFrom: join(dir, 'halves') });
    expect([...first.steps, ...second.steps].map((e) => [e.loss, e.metrics])).toEqual(straight.steps.map((e) => [e.loss, e.metrics]));
    for (const [name, w] of straight.weights) expect(second.weights.get(name), name).toEqual(w);
    const end = await readCheckpoint<TrainerState & { sequencesSeen: number }>(join(dir, 'halves', 'checkpoint-6'), 'toy');
    expect(end.state.sequencesSeen).toBe(12);
  }, 60_000);

  it('starts from a checkpoint or a Hugging Face folder with a fresh optimizer (initFrom), through a hook that may change the model', async () => {
    const source = join(dir, 'straight'); // a run folder: its latest checkpoint, checkpoint-6
    const { model: expected } = await loadPretrained(join(source, 'checkpoint-6'));
    const trainer = new ToyTrainer({ steps: 2, initFrom: source, outDir: join(dir, 'init'), lr: 1e-3 });
    await trainer.init();
    for (const [name, p] of expected.params) expect(trainer.model.params.get(name)!.dataSync(), name).toEqual(p.dataSync());
    expect(trainer.stepCount).toBe(0);
    await trainer.train();
    trainer.dispose();
    expected.dispose();
    const state = (await readCheckpoint<TrainerState>(join(dir, 'init', 'checkpoint-2'), 'toy')).state;
    expect(state).toMatchObject({ step: 2, optimizerStep: 2, initFrom: join(source, 'checkpoint-6') });
    // A resume keeps the record, whatever initFrom it is given.
    const resumed = new ToyTrainer({ steps: 3, resumeFrom: join(dir, 'init'), initFrom: join(dir, 'elsewhere') });
    await resumed.train();
    resumed.dispose();
    expect((await readCheckpoint<TrainerState>(join(dir, 'init', 'checkpoint-3'), 'toy')).state.initFrom).toBe(join(source, 'checkpoint-6'));

    // A plain Hugging Face folder, adapted by the trainer's hook (here: a value head added), which a resume then keeps.
    const hf = join(dir, 'hf');
    const base = new Transformer(resolveTransformerConfig({ preset: 'gpt2-tiny', nLayers: 1, contextLength: 16 }), { seed: 9 });
    await savePretrained(base, byteTokenizer(), hf);
    base.dispose();
    class WithValueHead extends ToyTrainer {
      protected override async adaptInitModel(loaded: Pretrained): Promise<Pretrained> {
        const model = loaded.model.clone({ valueHead: true, seed: 1 });
        loaded.model.dispose();
        return { ...loaded, model, config: model.config };
      }
    }
    const adapted = new WithValueHead({ steps: 1, initFrom: hf, outDir: join(dir, 'adapted') });
    await adapted.train();
    expect(adapted.model.config.valueHead).toBe(true);
    adapted.dispose();
    const again = new WithValueHead({ steps: 2, resumeFrom: join(dir, 'adapted') });
    await again.init();
    expect(again.model.params.has('valueHead.weight')).toBe(true);
    again.dispose();

    const missing = new ToyTrainer({ steps: 1, initFrom: join(dir, 'no-such-model') });
    await expect(missing.init()).rejects.toThrow(ConfigError);
    await expect(missing.init()).rejects.toThrow(/config\.initFrom: no model at .*no-such-model: it has neither config\.json nor checkpoint-<step> folders/);
  }, 60_000);

  it('refuses to start over a folder with another run, and to resume another kind of trainer\'s checkpoint', async () => {
    await expect(new ToyTrainer({ steps: 2, outDir: join(dir, 'straight') }).init())
      .rejects.toThrow(/config\.outDir \(.*straight\) already holds checkpoints of an earlier run \(checkpoint-4, checkpoint-6\)/);
    // The shared run options are checked by resolveRunOptions, naming the field.
    expect(() => new ToyTrainer({ steps: 2, initFrom: '' })).toThrow(/config\.initFrom must be a non-empty string, got ""/);
    expect(() => new ToyTrainer({ steps: 2, keepCheckpoints: -1 })).toThrow(/config\.keepCheckpoints must be an integer >= 0, got -1/);
    expect(() => new ToyTrainer({ steps: 2, lr: 0 })).toThrow(/config\.lr must be a positive number, got 0/);
    const pretrainer = new Pretrainer({ model: 'gpt2-tiny', data: arraySource(['some text']), steps: 8, resumeFrom: join(dir, 'straight') });
    await expect(pretrainer.init()).rejects.toThrow(CheckpointError);
    await expect(pretrainer.init()).rejects.toThrow(/checkpoint-6\/trainer_state\.json was written by the toy, not the pretrainer/);
  });

  it('keeps tf.memory().numTensors flat across steps and checkpoints, and frees everything on dispose', async () => {
    const before = tf.memory().numTensors;
    const groups = [{ params: /^embed\./, lrMultiplier: 2 }, { params: (name: string) => name.startsWith('layers.0.'), frozen: true }];
    const trainer = new ToyTrainer({ steps: 20, outDir: join(dir, 'memory'), groups });
    await trainer.step();
    await trainer.saveCheckpoint();
    const after = tf.memory().numTensors;
    for (let i = 0; i < 6; i += 1) await trainer.step();
    await trainer.saveCheckpoint();
    expect(tf.memory().numTensors).toBe(after);
    const { state, tensors } = await readCheckpoint<TrainerState>(join(dir, 'memory', 'checkpoint-7'), 'toy');
    expect(state.config.groups).toEqual([{ params: '/^embed\\./', lrMultiplier: 2 }, { frozen: true }]); // what JSON can hold
    expect([...tensors.keys()].some((name) => name.startsWith('layers.0.'))).toBe(false); // frozen: no moments
    expect(tensors.has('embed.weight.exp_avg')).toBe(true);
    trainer.dispose();
    expect(tf.memory().numTensors).toBe(before);
  });
});
