import { spawn } from 'node:child_process';
import { cp, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CheckpointError, ConfigError, TrainingError, cpu, loadPretrained, useBackend } from '@stagecoach/core';
import { Pretrainer, arraySource, listCheckpointSteps, readCheckpoint, resolveCheckpoint, type PretrainerConfig } from '../../src/train/index.js';
import { tinyCorpus } from './fixtures/corpus.js';

let dir: string;
beforeAll(async () => {
  await useBackend(cpu());
  dir = await mkdtemp(join(tmpdir(), 'stagecoach-ckpt-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const config = (outDir: string, patch: Partial<PretrainerConfig> = {}): PretrainerConfig => ({
  model: 'gpt2-tiny', data: arraySource(tinyCorpus()), steps: 6, seqLen: 16, batchSize: 2, tokensPerStep: 64,
  lr: 5e-3, schedule: { type: 'cosine', warmupSteps: 2 }, evalEvery: 0, shuffleBuffer: 16, seed: 3, outDir, ...patch,
});

async function losses(trainer: Pretrainer, stopAt?: number): Promise<number[]> {
  const out: number[] = [];
  const controller = new AbortController();
  trainer.on('step', (e) => {
    out.push(e.loss);
    if (e.step === stopAt) controller.abort();
  });
  await trainer.train({ signal: controller.signal });
  trainer.dispose();
  return out;
}

describe('checkpoints and resume', () => {
  it('N steps straight equal N/2 + abort + resume + N/2, loss for loss (cpu)', async () => {
    const metricsFile = join(dir, 'straight', 'metrics.jsonl');
    const straight = await losses(new Pretrainer(config(join(dir, 'straight'), { metricsFile, checkpointEvery: 4 })));
    const records = (await readFile(metricsFile, 'utf8')).trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(records.map((r) => r.event)).toEqual(['step', 'step', 'step', 'step', 'checkpoint', 'step', 'step', 'checkpoint', 'done']);
    expect(records[0]).toMatchObject({ event: 'step', step: 1, totalSteps: 6, loss: straight[0] });
    const first = new Pretrainer(config(join(dir, 'halves')));
    const checkpoints: string[] = [];
    first.on('checkpoint', (e) => checkpoints.push(`${e.reason}:${e.step}`));
    const firstHalf = await losses(first, 3);
    expect(checkpoints).toEqual(['abort:3']);
    const second = new Pretrainer(config(join(dir, 'halves'), { resumeFrom: join(dir, 'halves') }));
    const secondHalf = await losses(second);
    expect(straight).toHaveLength(6);
    expect([...firstHalf, ...secondHalf]).toEqual(straight);
    const saved = await readCheckpoint(join(dir, 'halves', 'checkpoint-6'), 'pretrainer');
    expect(saved.state.step).toBe(6);
    expect(saved.tensors.has('embed.weight.exp_avg')).toBe(true);
    // The folder is a Hugging Face model folder too.
    const { model } = await loadPretrained(join(dir, 'halves', 'checkpoint-6'));
    expect(model.config.family).toBe('gpt2');
    model.dispose();
  });

  it('refuses a checkpoint of another architecture or data order, naming the mismatch', async () => {
    const trainer = new Pretrainer(config(join(dir, 'other'), { resumeFrom: join(dir, 'straight') }));
    const other = new Pretrainer({ ...config(join(dir, 'other')), model: { preset: 'gpt2-tiny', nLayers: 3 }, resumeFrom: join(dir, 'straight') });
    await expect(other.init()).rejects.toThrow(CheckpointError);
    await expect(other.init()).rejects.toThrow(/another architecture \(nLayers: checkpoint 2, config 3\)/);
    const reseeded = new Pretrainer({ ...config(join(dir, 'other')), seed: 4, resumeFrom: join(dir, 'straight') });
    await expect(reseeded.init()).rejects.toThrow(/config\.seed \(4\) differs from the checkpoint's \(3\)/);
    await trainer.init(); // the matching config loads
    expect(trainer.stepCount).toBe(6);
    // A fresh run into a folder holding another run's checkpoints would overwrite them (and a later
    // resume would pick whichever step is highest): refused before anything is written.
    const before = await readFile(join(dir, 'straight', 'checkpoint-6', 'optimizer.safetensors'));
    const fresh = new Pretrainer(config(join(dir, 'straight')));
    await expect(fresh.init()).rejects.toThrow(
      /config\.outDir \(.*straight\) already holds checkpoints of an earlier run \(checkpoint-4, checkpoint-6\); a new run would overwrite them/,
    );
    expect(await readFile(join(dir, 'straight', 'checkpoint-6', 'optimizer.safetensors'))).toEqual(before);
    // It is already at config.steps: train() says so instead of "finishing" without a step.
    await expect(trainer.train()).rejects.toThrow(ConfigError);
    await expect(trainer.train()).rejects.toThrow(/config\.steps \(6\) is already reached: the model has trained 6 steps \(checkpoint .*straight\)\. Set steps above 6/);
    trainer.dispose();
  });

  it('overwrite: a new run deletes the checkpoints an earlier run left in outDir', async () => {
    const again = join(dir, 'again');
    await cp(join(dir, 'straight'), again, { recursive: true });
    const trainer = new Pretrainer(config(again, { overwrite: true, steps: 2 }));
    await trainer.train();
    trainer.dispose();
    expect(await listCheckpointSteps(again)).toEqual([2]);
    await expect(async () => new Pretrainer(config(again, JSON.parse('{ "overwrite": "yes" }') as Partial<PretrainerConfig>)).init())
      .rejects.toThrow(/config\.overwrite must be true or false, got "yes"/);
  });

  it('names a damaged trainer_state.json field, an outDir that is a file and an unopenable metrics file, before any step', async () => {
    const damaged = join(dir, 'damaged');
    await cp(join(dir, 'straight', 'checkpoint-6'), damaged, { recursive: true });
    const state = JSON.parse(await readFile(join(damaged, 'trainer_state.json'), 'utf8')) as Record<string, unknown>;
    delete state.model;
    await writeFile(join(damaged, 'trainer_state.json'), JSON.stringify(state));
    const resumed = new Pretrainer(config(join(dir, 'other'), { resumeFrom: damaged, steps: 8 }));
    await expect(resumed.init()).rejects.toThrow(CheckpointError);
    await expect(resumed.init()).rejects.toThrow(/damaged\/trainer_state\.json: "model" is missing or invalid \(got undefined\)/);

    const file = join(dir, 'a-file');
    await writeFile(file, 'not a folder');
    const steps: number[] = [];
    const intoFile = new Pretrainer(config(join(file, 'run')));
    intoFile.on('step', (e) => steps.push(e.step));
    await expect(intoFile.train()).rejects.toThrow(ConfigError);
    await expect(intoFile.train()).rejects.toThrow(/config\.outDir: .*a-file is a file, not a folder/);
    // Once the cause is gone, the same trainer initialises (a failed init is not cached).
    await rm(file);
    await intoFile.init();
    expect(intoFile.stepCount).toBe(0);
    intoFile.dispose();
    const badMetrics = new Pretrainer(config(join(dir, 'metrics-dir'), { metricsFile: dir }));
    badMetrics.on('step', (e) => steps.push(e.step));
    await expect(badMetrics.train()).rejects.toThrow(/config\.metricsFile: .* is a folder, not a file/);
    expect(steps).toEqual([]); // nothing trained, so nothing lost
    badMetrics.dispose();
  });

  it('stops on a non-finite loss with TrainingError and keeps the last good checkpoint', async () => {
    const out = join(dir, 'nan');
    const trainer = new Pretrainer(config(out, { lr: 1e30, maxGradNorm: 0, schedule: { type: 'constant' }, checkpointEvery: 1, keepCheckpoints: 0 }));
    const error = await trainer.train().catch((e: unknown) => e);
    expect(TrainingError.isInstance(error)).toBe(true);
    expect((error as Error).message).toMatch(/step \d: (loss|gradient norm) is (NaN|Infinity).*last checkpoint is intact/);
    const names = (await readdir(out)).filter((n) => n.startsWith('checkpoint-'));
    expect(names.length).toBeGreaterThan(0);
    const last = await resolveCheckpoint(out);
    expect((await readCheckpoint(last, 'pretrainer')).state.step).toBe(names.length);
    trainer.dispose();
  });

  it('a process killed while writing a checkpoint leaves a complete, loadable one', async () => {
    const script = fileURLToPath(new URL('./fixtures/checkpoint-writer.ts', import.meta.url));
    for (const delayMs of [10, 80]) {
      const out = join(dir, `killed-${delayMs}`);
      const child = spawn(process.execPath, ['--conditions=source', '--import', 'tsx', script, out], { stdio: ['ignore', 'pipe', 'pipe'] });
      let stderr = '';
      child.stderr.on('data', (d: Buffer) => { stderr += d.toString(); });
      const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
      await new Promise<void>((resolve, reject) => {
        child.stdout.on('data', (d: Buffer) => {
          if (d.toString().includes('saved 1')) setTimeout(() => { child.kill('SIGKILL'); resolve(); }, delayMs);
        });
        child.on('exit', (code) => reject(new Error(`writer exited early (${code}): ${stderr}`)));
      });
      await exited;
      const checkpoint = await resolveCheckpoint(out);
      const loaded = await readCheckpoint(checkpoint, 'pretrainer');
      expect(loaded.state.step).toBe(1);
      const { model } = await loadPretrained(checkpoint);
      expect(model.numParams).toBeGreaterThan(1_000_000);
      for (const [name, moment] of loaded.tensors) expect(moment.data.length, name).toBe(moment.shape.reduce((a, b) => a * b, 1));
      model.dispose();
    }
  }, 120_000);
});
