import type { Accuracy, EvalReport, ReasoningSummary, TaskResult } from '@stagecoach/eval';
import { itemReward } from '../problems/answer-reward.js';
import type { LabOptions, StageName } from '../options.js';

export const LAB_REPORT_SCHEMA = 'stagecoach/math-lab-report';

/** One stage's record: how long it ran and what it reported. */
export interface StageRecord {
  stage: StageName;
  completed: boolean;
  steps: number;
  wallSeconds: number;
  /** 1-minute load average when the stage ended (the machine may be shared). */
  loadAverage: number;
  metrics: Record<string, number>;
}

/** One model's figures on the held-out problems. */
export interface LabModelResult {
  /** Flexible accuracy (the `####` answer, else the last number) with its 95% Wilson interval. */
  accuracy: Accuracy;
  /** Only `#### <n>` answers count. */
  strictAccuracy: Accuracy | null;
  byDifficulty: { difficulty: number; accuracy: Accuracy }[];
  reasoning: ReasoningSummary | null;
  /** Share of responses in the `#### <answer>` format. */
  formatAdherence: number | null;
  /** Mean helpfulness reward-model score of its responses (null when no reward model was trained). */
  helpfulness: number | null;
  /** Mean of the RL stage's answer reward over the held-out problems. */
  meanReward: number;
  gsm8k: Accuracy | null;
  /** Wall time of the stage that made this model. */
  stageWallSeconds: number | null;
}

/** `<out>/report.json`. */
export interface LabReport {
  schema: typeof LAB_REPORT_SCHEMA;
  createdAt: string;
  options: { preset: string; seed: number; backend: string; rl: string };
  stages: StageRecord[];
  totalWallSeconds: number;
  models: Partial<Record<'base' | 'mid' | 'sft' | 'rl', LabModelResult>>;
  notes: string[];
  /** The full comparison (every item, samples, curves), as `@stagecoach/eval` writes it. */
  comparison: string;
}

function result(report: EvalReport, model: string, task: string): TaskResult | undefined {
  return report.results.find((r) => r.model === model && r.task === task);
}

function separated(a: Accuracy, b: Accuracy): boolean {
  return a.lower > b.upper || b.lower > a.upper;
}

function pct(a: Accuracy): string {
  return `${(100 * a.value).toFixed(1)}% [${(100 * a.lower).toFixed(1)}, ${(100 * a.upper).toFixed(1)}]`;
}

/** Plain statements of what the numbers say (the report and the terminal print them). */
function notesFor(models: LabReport['models'], gsm8k: boolean): string[] {
  const notes: string[] = [];
  const { base, sft, rl } = models;
  if (base !== undefined && sft !== undefined) {
    notes.push(`SFT vs base: ${pct(sft.accuracy)} vs ${pct(base.accuracy)} — ${separated(sft.accuracy, base.accuracy) ? 'the 95% intervals do not overlap' : 'the 95% intervals overlap'}.`);
  }
  if (sft !== undefined && rl !== undefined) {
    const gain = 100 * (rl.accuracy.value - sft.accuracy.value);
    const verdict = !separated(rl.accuracy, sft.accuracy) ? 'the intervals overlap' : gain > 0 ? 'RL is above SFT, intervals separated' : 'RL is below SFT, intervals separated';
    notes.push(`RL vs SFT: ${gain >= 0 ? '+' : ''}${gain.toFixed(1)} points (${pct(rl.accuracy)} vs ${pct(sft.accuracy)}) — ${verdict}.`);
    if (sft.meanReward < 0.1) {
      notes.push('RL had almost nothing to learn from: the SFT model\'s answers are rarely right, so nearly every sampled answer scores the same '
        + '(GRPO\'s group-relative advantages are zero; PPO\'s advantages are only the value head\'s noise). RL sharpens what SFT can sometimes do; '
        + 'train the earlier stages longer (--preset large) first.');
    }
  }
  if (gsm8k) {
    notes.push('GSM8K: a model this small, trained minutes on additions, scores about zero on grade-school word problems — they need reading and '
      + 'multi-operation reasoning it has never seen. The same evaluation run on a real checkpoint is the next lab.');
  }
  return notes;
}

/** The lab's report from the comparison and the stage records. */
export function labReport(options: LabOptions, stages: StageRecord[], comparison: EvalReport, helpfulness: boolean): LabReport {
  const models: LabReport['models'] = {};
  const hasGsm8k = comparison.tasks.some((t) => t.name === 'gsm8k');
  for (const info of comparison.models) {
    const name = info.name as 'base' | 'mid' | 'sft' | 'rl';
    const main = result(comparison, name, 'addition');
    if (main === undefined) continue;
    const stage = stages.find((s) => s.stage === name);
    models[name] = {
      accuracy: main.accuracy,
      strictAccuracy: main.strictAccuracy,
      byDifficulty: main.byDifficulty,
      reasoning: main.reasoning,
      formatAdherence: main.helpfulness?.formatAdherence ?? null,
      helpfulness: helpfulness ? main.helpfulness?.meanReward ?? null : null,
      meanReward: main.items.reduce((sum, item) => sum + itemReward(item), 0) / Math.max(1, main.items.length),
      gsm8k: result(comparison, name, 'gsm8k')?.accuracy ?? null,
      stageWallSeconds: stage?.wallSeconds ?? null,
    };
  }
  return {
    schema: LAB_REPORT_SCHEMA,
    createdAt: comparison.createdAt,
    options: { preset: options.preset, seed: options.seed, backend: options.backend, rl: options.rl },
    stages,
    totalWallSeconds: stages.reduce((sum, s) => sum + s.wallSeconds, 0),
    models,
    notes: notesFor(models, hasGsm8k),
    comparison: 'eval/comparison.json',
  };
}
