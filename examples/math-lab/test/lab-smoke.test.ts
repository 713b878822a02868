import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useBackend } from '@stagecoach/core';
import { node } from '@stagecoach/backend-node';
import { runLab } from '../src/lab.js';
import { parseLabArgs } from '../src/options.js';
import { LabProgress } from '../src/progress.js';
import type { LabReport } from '../src/report/lab-report.js';

const quiet = () => new LabProgress({ write: () => {}, isTTY: false });
const root = mkdtempSync(join(tmpdir(), 'math-lab-'));

/** The report's figures without what legitimately changes between runs (times, dates, load). */
function figures(report: LabReport): unknown {
  return Object.fromEntries(Object.entries(report.models).map(([name, m]) => [name, { ...m, stageWallSeconds: null }]));
}

describe('pnpm lab --preset smoke', () => {
  let first: LabReport | undefined;
  beforeAll(async () => {
    await useBackend(node());
    first = await runLab(parseLabArgs(['--preset', 'smoke', '--out', join(root, 'a'), '--seed', '3']), new AbortController().signal, quiet());
  }, 300_000);
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('runs every stage and writes report.json and report.html', () => {
    expect(first).toBeDefined();
    const report = JSON.parse(readFileSync(join(root, 'a', 'report.json'), 'utf8')) as LabReport;
    expect(report.schema).toBe('stagecoach/math-lab-report');
    const stages = report.stages.map((s) => s.stage);
    for (const stage of ['base', 'mid', 'sft', 'reward', 'rl', 'eval']) expect(stages).toContain(stage);
    expect(report.stages.every((s) => s.completed && s.wallSeconds > 0)).toBe(true);
    for (const name of ['base', 'mid', 'sft', 'rl'] as const) {
      const m = report.models[name];
      expect(m, name).toBeDefined();
      expect(m!.accuracy.total).toBe(12);
      expect(m!.accuracy.lower).toBeLessThanOrEqual(m!.accuracy.value);
      expect(m!.accuracy.upper).toBeGreaterThanOrEqual(m!.accuracy.value);
      expect(m!.byDifficulty.map((d) => d.difficulty)).toEqual([1, 2, 3]);
      expect(typeof m!.helpfulness).toBe('number');
      expect(Number.isFinite(m!.meanReward)).toBe(true);
      expect(m!.stageWallSeconds).toBeGreaterThan(0);
    }
    for (const stage of ['base', 'mid', 'sft', 'rl']) expect(existsSync(join(root, 'a', stage)), stage).toBe(true);
    const html = readFileSync(join(root, 'a', 'report.html'), 'utf8');
    expect(html).toContain('The lab: what each stage changed');
    expect(html).toContain('id="stagecoach-report"');
  });

  it('gives the same numbers for the same seed and backend', async () => {
    const again = await runLab(parseLabArgs(['--preset', 'smoke', '--out', join(root, 'b'), '--seed', '3']), new AbortController().signal, quiet());
    expect(figures(again!)).toEqual(figures(first!));
  }, 300_000);

  it('stops cleanly on abort and --resume continues to the same numbers', async () => {
    const controller = new AbortController();
    // Abort at the first SFT step: the stage saves a checkpoint and the lab returns without a report.
    const stopAtSft = new LabProgress({ write: (text) => { if (text.includes('sft ') && text.includes('1/')) controller.abort(); }, isTTY: false });
    const out = join(root, 'c');
    expect(await runLab(parseLabArgs(['--preset', 'smoke', '--out', out, '--seed', '3']), controller.signal, stopAtSft)).toBeUndefined();
    const state = JSON.parse(readFileSync(join(out, 'lab-state.json'), 'utf8')) as { stages: { stage: string; completed: boolean }[] };
    expect(state.stages.find((s) => s.stage === 'sft')?.completed).toBe(false);
    expect(existsSync(join(out, 'report.json'))).toBe(false);
    const resumed = await runLab(parseLabArgs(['--out', out, '--resume']), new AbortController().signal, quiet());
    expect(figures(resumed!)).toEqual(figures(first!));
  }, 300_000);

  it('re-runs from a stage, keeping the earlier stages', async () => {
    const rerun = await runLab(parseLabArgs(['--out', join(root, 'a'), '--from', 'rl']), new AbortController().signal, quiet());
    expect(rerun!.stages.map((s) => s.stage)).toEqual(['base', 'mid', 'sft', 'reward', 'rl', 'eval']);
    expect(figures(rerun!)).toEqual(figures(first!));
  }, 300_000);
});
