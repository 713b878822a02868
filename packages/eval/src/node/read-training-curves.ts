import { readFile } from 'node:fs/promises';
import { DataError } from '@stagecoach/core';
import type { TrainingCurve } from '../report/eval-report.js';

export interface ReadTrainingCurvesOptions {
  /** Only these fields become curves, e.g. `['loss', 'valLoss']`. Default: every numeric field except `PROGRESS_FIELDS`. */
  metrics?: readonly string[];
}

/**
 * Fields of Stagecoach's own metrics JSONL (`stagecoach pretrain --metrics`) that track progress
 * rather than learning (step totals, token counts, speed, clock time); left out unless asked for.
 */
export const PROGRESS_FIELDS: readonly string[] = ['totalSteps', 'tokens', 'tokensPerSec', 'elapsedMs', 'etaMs'];

/**
 * Training curves from a metrics JSONL file (one object per line with a numeric `step`): each numeric
 * field becomes a curve, e.g. `{"step": 10, "loss": 2.3}` → a `loss` curve. Reads the file that
 * `stagecoach pretrain --metrics` writes: its `done` line (a summary, not a point on a curve) and
 * its progress fields (`PROGRESS_FIELDS`) are skipped unless `options.metrics` names them.
 */
export async function readTrainingCurves(path: string, model: string, options: ReadTrainingCurvesOptions = {}): Promise<TrainingCurve[]> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new DataError(`Could not read training metrics from ${path}: ${(error as Error).message}.`, { cause: error });
  }
  const wanted = options.metrics === undefined ? null : new Set(options.metrics);
  const keep = (metric: string): boolean => (wanted === null ? !PROGRESS_FIELDS.includes(metric) : wanted.has(metric));
  const curves = new Map<string, TrainingCurve>();
  const seen = new Set<string>();
  text.split('\n').forEach((line, i) => {
    if (line.trim() === '') return;
    let row: Record<string, unknown>;
    try {
      row = JSON.parse(line) as Record<string, unknown>;
    } catch (error) {
      throw new DataError(`${path}, line ${i + 1}: not valid JSON (${(error as Error).message}).`, { cause: error });
    }
    if (typeof row.step !== 'number' || row.event === 'done') return;
    for (const [metric, value] of Object.entries(row)) {
      if (metric === 'step' || typeof value !== 'number' || !Number.isFinite(value)) continue;
      seen.add(metric);
      if (!keep(metric)) continue;
      let curve = curves.get(metric);
      if (curve === undefined) curves.set(metric, (curve = { model, metric, points: [] }));
      curve.points.push({ step: row.step, value });
    }
  });
  const missing = [...(wanted ?? [])].filter((metric) => !curves.has(metric));
  if (missing.length > 0) {
    throw new DataError(`${path}: no numeric "${missing.join('", "')}" on any line with a "step"; metrics in this file: ${[...seen].join(', ') || 'none'}.`);
  }
  if (curves.size === 0) throw new DataError(`${path}: no lines with a numeric "step" and numeric metrics; expected JSONL like {"step": 1, "loss": 2.5}.`);
  return [...curves.values()];
}
