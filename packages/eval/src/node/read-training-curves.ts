import { readFile } from 'node:fs/promises';
import { DataError } from '@stagecoach/core';
import type { TrainingCurve } from '../report/eval-report.js';

/**
 * Training curves from a metrics JSONL file (one object per line with a numeric `step`): every
 * other numeric field becomes a curve, e.g. `{"step": 10, "loss": 2.3}` → a `loss` curve.
 */
export async function readTrainingCurves(path: string, model: string): Promise<TrainingCurve[]> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new DataError(`Could not read training metrics from ${path}: ${(error as Error).message}.`, { cause: error });
  }
  const curves = new Map<string, TrainingCurve>();
  text.split('\n').forEach((line, i) => {
    if (line.trim() === '') return;
    let row: Record<string, unknown>;
    try {
      row = JSON.parse(line) as Record<string, unknown>;
    } catch (error) {
      throw new DataError(`${path}, line ${i + 1}: not valid JSON (${(error as Error).message}).`, { cause: error });
    }
    if (typeof row.step !== 'number') return;
    for (const [metric, value] of Object.entries(row)) {
      if (metric === 'step' || typeof value !== 'number' || !Number.isFinite(value)) continue;
      let curve = curves.get(metric);
      if (curve === undefined) curves.set(metric, (curve = { model, metric, points: [] }));
      curve.points.push({ step: row.step, value });
    }
  });
  if (curves.size === 0) throw new DataError(`${path}: no lines with a numeric "step" and numeric metrics; expected JSONL like {"step": 1, "loss": 2.5}.`);
  return [...curves.values()];
}
