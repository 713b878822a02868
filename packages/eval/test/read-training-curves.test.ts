import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataError } from '@stagecoach/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reportCharts } from '../src/index.js';
import { PROGRESS_FIELDS, readTrainingCurves } from '../src/node/index.js';
import { demoReport } from './demo-report.js';

// Lines as `stagecoach pretrain --metrics` writes them: step, eval, checkpoint and done events.
const PRETRAIN_METRICS = [
  { event: 'step', step: 1, totalSteps: 2, loss: 5.5, lr: 0.0001, gradNorm: 2.1, tokens: 512, tokensPerSec: 6500, elapsedMs: 78, etaMs: 80, time: '2026-01-01T00:00:00.000Z' },
  { event: 'step', step: 2, totalSteps: 2, loss: 5.2, lr: 0.0002, gradNorm: 1.9, tokens: 512, tokensPerSec: 8400, elapsedMs: 130, etaMs: 0, time: '2026-01-01T00:00:00.100Z' },
  { event: 'eval', step: 2, valLoss: 5.3, perplexity: 200.3, bitsPerByte: 7.6, tokens: 2048, time: '2026-01-01T00:00:00.200Z' },
  { event: 'checkpoint', step: 2, path: '/tmp/x/checkpoint-2', reason: 'end', time: '2026-01-01T00:00:00.300Z' },
  { event: 'done', step: 2, aborted: false, elapsedMs: 300, finalLoss: 5.2, lastEval: { step: 2, valLoss: 5.3 }, time: '2026-01-01T00:00:00.300Z' },
].map((row) => JSON.stringify(row)).join('\n');

describe('readTrainingCurves', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'stagecoach-curves-'));
    await writeFile(join(dir, 'metrics.jsonl'), `${PRETRAIN_METRICS}\n`);
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('charts what was learned from a pretrain --metrics file, not its progress bookkeeping or summary line', async () => {
    const curves = await readTrainingCurves(join(dir, 'metrics.jsonl'), 'base');
    expect(curves.map((c) => c.metric)).toEqual(['loss', 'lr', 'gradNorm', 'valLoss', 'perplexity', 'bitsPerByte']);
    expect(curves.find((c) => c.metric === 'loss')!.points).toEqual([{ step: 1, value: 5.5 }, { step: 2, value: 5.2 }]);
    expect(curves.every((c) => c.model === 'base' && !PROGRESS_FIELDS.includes(c.metric))).toBe(true);
  });

  it('keeps only the metrics asked for, and names the ones a file lacks', async () => {
    const curves = await readTrainingCurves(join(dir, 'metrics.jsonl'), 'sft', { metrics: ['loss', 'valLoss', 'tokensPerSec'] });
    expect(curves.map((c) => [c.metric, c.points.length])).toEqual([['loss', 2], ['tokensPerSec', 2], ['valLoss', 1]]);
    const error = await readTrainingCurves(join(dir, 'metrics.jsonl'), 'sft', { metrics: ['loss', 'reward'] }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DataError);
    expect((error as Error).message).toMatch(/metrics\.jsonl: no numeric "reward".*metrics in this file: .*valLoss/);
  });

  it('draws a one-point curve as a visible point', () => {
    const report = demoReport();
    report.trainingCurves = [{ model: 'rl', metric: 'valLoss', points: [{ step: 5, value: 2.5 }] }, ...report.trainingCurves];
    const charts = reportCharts(report);
    expect(charts['curve-valloss']!.data.datasets[0]!.pointRadius).toBeGreaterThan(0);
    expect(charts['curve-loss']!.data.datasets[0]!.pointRadius).toBe(0);
  });
});
