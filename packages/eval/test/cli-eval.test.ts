import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { savePretrained } from '@stagecoach/core';
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
    expect(report.trainingCurves).toEqual([{ model: 'sft', metric: 'loss', points: [{ step: 0, value: 3.1 }, { step: 10, value: 2.2 }] }]);
    const html = await readFile(join(dir, 'report.html'), 'utf8');
    expect(html).toContain('<canvas data-chart="gsm8k-accuracy"');
  });

  it('explains what is missing or wrong', async () => {
    await expect(evalCommand.run(['--task', 'arithmetic', '--out', 'x.html'])).rejects.toThrow(/--models is required/);
    await expect(evalCommand.run(['--models', 'base', '--task', 'arithmetic', '--out', 'x.html'])).rejects.toThrow(/not NAME=VALUE/);
    await expect(evalCommand.run(['--models', `base=${join(dir, 'base')}`, '--task', 'mmlu', '--out', 'x.html'])).rejects.toThrow(/valid tasks: gsm8k, arithmetic, arithmetic-choice/);
    await expect(evalCommand.run(['--models', `base=${join(dir, 'base')}`, '--task', 'gsm8k', '--out', 'x.html'])).rejects.toThrow(/needs --data/);
    expect(existsSync('x.html')).toBe(false);
  });
});
