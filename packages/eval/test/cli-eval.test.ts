import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { savePretrained, tf } from '@stagecoach/core';
import { tinyModel } from '@stagecoach/core/testing';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { evalCommand } from '../../cli/src/commands/eval.js';
import type { EvalReport } from '../src/index.js';
import { schemaErrors } from './report-fixture.js';

describe('stagecoach eval', () => {
  let dir: string;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'stagecoach-eval-cli-'));
    for (const [name, seed] of [['base', 1], ['sft', 2]] as const) {
      const { model, tokenizer } = tinyModel({ seed });
      await savePretrained(model, tokenizer, join(dir, name));
      model.dispose();
    }
    await writeFile(join(dir, 'gsm8k.jsonl'), [
      { question: 'Tom has 3 apples and buys 2 more. How many apples does he have?', answer: 'He has 3 + 2 = <<3+2=5>>5 apples.\n#### 5' },
      { question: 'A box holds 4 pens. How many pens are in 2 boxes?', answer: '2 * 4 = <<2*4=8>>8\n#### 8' },
    ].map((r) => JSON.stringify(r)).join('\n'));
    await writeFile(join(dir, 'sft-metrics.jsonl'), '{"step": 0, "loss": 3.1}\n{"step": 10, "loss": 2.2}\n');
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('loads checkpoints, evaluates both models and writes HTML and JSON reports', async () => {
    const log = vi.spyOn(console, 'log').mockImplementation(() => {});
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      const code = await evalCommand.run([
        '--models', `base=${join(dir, 'base')},sft=${join(dir, 'sft')}`, '--task', 'gsm8k,arithmetic', '--data', join(dir, 'gsm8k.jsonl'),
        '--limit', '2', '--max-new-tokens', '8', '--seed', '3', '--curves', `sft=${join(dir, 'sft-metrics.jsonl')}`,
        '--out', join(dir, 'report.html'), '--out', join(dir, 'report.json'),
      ]);
      expect(code).toBe(0);
      const printed = log.mock.calls.map((c) => String(c[0])).join('\n');
      expect(printed).toContain('gsm8k — 2 problems, generative');
      expect(printed).toMatch(/│ model +│ +accuracy │ +95% CI │ +strict │/);
      expect(printed).toMatch(/backend node \(tfjs [\w-]+\)/);
      expect(printed).toContain(`wrote ${join(dir, 'report.html')}`);
    } finally {
      log.mockRestore();
      error.mockRestore();
    }
    const report = JSON.parse(await readFile(join(dir, 'report.json'), 'utf8')) as EvalReport;
    expect(schemaErrors(report)).toEqual([]);
    expect(report.models.map((m) => [m.name, m.source])).toEqual([['base', join(dir, 'base')], ['sft', join(dir, 'sft')]]);
    expect(report.tasks.map((t) => t.name)).toEqual(['gsm8k', 'arithmetic']);
    expect(report.settings).toMatchObject({ seed: 3, maxNewTokens: 8 });
    // The backend the command started (the default, node), and the tfjs backend it runs on.
    expect(report.settings.backend).toEqual({ tfjs: tf.getBackend(), stagecoach: 'node' });
    const gsm8k = report.results.find((r) => r.task === 'gsm8k')!;
    expect(gsm8k.strictAccuracy!.total).toBe(2);
    expect(gsm8k.strictAccuracy!.correct).toBeLessThanOrEqual(gsm8k.accuracy.correct);
    expect(report.trainingCurves).toEqual([{ model: 'sft', metric: 'loss', points: [{ step: 0, value: 3.1 }, { step: 10, value: 2.2 }] }]);
    const html = await readFile(join(dir, 'report.html'), 'utf8');
    expect(html).toContain('<canvas data-chart="gsm8k-accuracy"');
    expect(html).toContain('strict<br>(95% CI)');
  });

  it('runs with default generation settings on a tiny model, records the data source, charts the chosen curve metrics and creates the output folder', async () => {
    const log = vi.spyOn(console, 'log').mockImplementation(() => {});
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    await writeFile(join(dir, 'pretrain-metrics.jsonl'), [
      { event: 'step', step: 1, totalSteps: 2, loss: 5.5, tokens: 512, tokensPerSec: 6500 },
      { event: 'step', step: 2, totalSteps: 2, loss: 5.2, tokens: 512, tokensPerSec: 8400 },
      { event: 'eval', step: 2, valLoss: 5.3, tokens: 2048 },
    ].map((r) => JSON.stringify(r)).join('\n'));
    const out = join(dir, 'new', 'folder', 'report.json');
    try {
      expect(await evalCommand.run([
        '--models', `base=${join(dir, 'base')}`, '--task', 'gsm8k', '--data', join(dir, 'gsm8k.jsonl'), '--limit', '1',
        '--curves', `base=${join(dir, 'pretrain-metrics.jsonl')}`, '--curve-metrics', 'loss,valLoss', '--out', out,
      ])).toBe(0);
    } finally {
      log.mockRestore();
      error.mockRestore();
    }
    const report = JSON.parse(await readFile(out, 'utf8')) as EvalReport;
    expect(schemaErrors(report)).toEqual([]);
    expect(report.tasks[0]!.settings.source).toBe(join(dir, 'gsm8k.jsonl'));
    // No --max-new-tokens: the default fits the tiny model's 64-token context.
    expect(report.settings.maxNewTokens).toBe(32);
    expect(report.trainingCurves.map((c) => `${c.model}/${c.metric}/${c.points.length}`)).toEqual(['base/loss/2', 'base/valLoss/1']);
  });

  it('reads a training run folder as its latest checkpoint (by step number)', async () => {
    for (const step of [3, 12]) {
      const { model, tokenizer } = tinyModel({ seed: step });
      await savePretrained(model, tokenizer, join(dir, 'run', `checkpoint-${step}`));
      model.dispose();
    }
    const log = vi.spyOn(console, 'log').mockImplementation(() => {});
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const out = join(dir, 'run-report.json');
    try {
      expect(await evalCommand.run(['--models', `run=${join(dir, 'run')}`, '--task', 'arithmetic', '--limit', '1', '--max-new-tokens', '2', '--out', out])).toBe(0);
      expect(error.mock.calls.map((c) => String(c[0]))).toContain(`loading run from ${join(dir, 'run', 'checkpoint-12')} (the latest checkpoint in ${join(dir, 'run')})`);
    } finally {
      log.mockRestore();
      error.mockRestore();
    }
    const report = JSON.parse(await readFile(out, 'utf8')) as EvalReport;
    expect(report.models[0]!.source).toBe(join(dir, 'run', 'checkpoint-12'));
  });

  it('rejects bad flags, model names, --out, --temperature, --top-p or --limit before loading any model', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const models = `base=${join(dir, 'base')}`;
    try {
      await expect(evalCommand.run(['--models', models, '--task', 'arithmetic', '--out', join(dir, 'report.txt')])).rejects.toThrow(/must end in \.html .* or \.json/);
      await expect(evalCommand.run(['--models', models, '--task', 'arithmetic', '--temperature', 'warm', '--out', 'x.json'])).rejects.toThrow(/--temperature must be a number, got "warm"/);
      await expect(evalCommand.run(['--models', models, '--task', 'arithmetic', '--top-p', '', '--out', 'x.json'])).rejects.toThrow(/--top-p must be a number/);
      await expect(evalCommand.run(['--models', models, '--task', 'arithmetic', '--limit', '0', '--out', 'x.json'])).rejects.toThrow(/--limit must be a positive integer/);
      await expect(evalCommand.run(['--models', models, '--tasks', 'arithmetic', '--out', 'x.json'])).rejects.toThrow(/Unknown option '--tasks'.*`stagecoach eval --help`/);
      await expect(evalCommand.run(['--models', `${models},base=${join(dir, 'sft')}`, '--task', 'arithmetic', '--out', 'x.json'])).rejects.toThrow(/--models names "base" twice/);
      await expect(evalCommand.run(['--models', models, '--chat', 'sft', '--task', 'arithmetic', '--out', 'x.json'])).rejects.toThrow(/--chat names "sft", which is not in --models \(base\)/);
      await expect(evalCommand.run(['--models', models, '--baseline', 'sft', '--task', 'arithmetic', '--out', 'x.json'])).rejects.toThrow(/--baseline "sft" is not in --models \(base\)/);
      expect(error.mock.calls.map((c) => String(c[0])).filter((line) => line.startsWith('loading'))).toEqual([]);
    } finally {
      error.mockRestore();
    }
    expect(existsSync('x.json')).toBe(false);
  });

  it('explains what is missing or wrong', async () => {
    await expect(evalCommand.run(['--task', 'arithmetic', '--out', 'x.html'])).rejects.toThrow(/--models is required/);
    await expect(evalCommand.run(['--models', 'base', '--task', 'arithmetic', '--out', 'x.html'])).rejects.toThrow(/not NAME=VALUE/);
    await expect(evalCommand.run(['--models', `base=${join(dir, 'base')}`, '--task', 'mmlu', '--out', 'x.html'])).rejects.toThrow(/valid tasks: gsm8k, arithmetic, arithmetic-choice/);
    await expect(evalCommand.run(['--models', `base=${join(dir, 'base')}`, '--task', 'gsm8k', '--out', 'x.html'])).rejects.toThrow(/needs --data/);
    expect(existsSync('x.html')).toBe(false);
  });
});
