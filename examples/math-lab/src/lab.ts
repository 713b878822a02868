import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { ConfigError } from '@stagecoach/core';
import type { EvalReport } from '@stagecoach/eval';
import { STAGES, type LabOptions, type StageName } from './options.js';
import { LAB_PRESETS } from './presets.js';
import { LabProgress } from './progress.js';
import { labReport, type LabReport, type StageRecord } from './report/lab-report.js';
import { labSummaryLines, renderLabHtml } from './report/render.js';
import { labContext, type LabContext, type StageOutcome } from './stages/context.js';
import { evaluateStage } from './stages/evaluate.js';
import { midStage } from './stages/mid.js';
import { pretrainStage } from './stages/pretrain.js';
import { helpfulness, loadHelpfulnessModel, rewardStage } from './stages/reward.js';
import { rlStage } from './stages/rl.js';
import { sftStage } from './stages/sft.js';

/** What `<out>/lab-state.json` holds: the options the run was started with and each finished (or stopped) stage. */
interface LabState {
  options: LabOptions;
  stages: StageRecord[];
}

const STATE_FILE = 'lab-state.json';

/** The stage trainers, by stage. */
const TRAINING_STAGES: Partial<Record<StageName, (ctx: LabContext) => Promise<StageOutcome>>> = {
  base: pretrainStage,
  mid: midStage,
  sft: sftStage,
  reward: rewardStage,
  rl: rlStage,
};

async function readState(out: string): Promise<LabState | undefined> {
  const file = join(out, STATE_FILE);
  if (!existsSync(file)) return undefined;
  return JSON.parse(await readFile(file, 'utf8')) as LabState;
}

/**
 * The options to run with: a new run's own; for `--resume` and `--from`, the run's recorded preset
 * and seed (a stage must continue the data and sizes the earlier ones used).
 */
async function startState(options: LabOptions): Promise<LabState> {
  const saved = await readState(options.out);
  if (!options.resume && options.from === undefined) return { options, stages: [] };
  if (saved === undefined) {
    throw new ConfigError(`--${options.resume ? 'resume' : 'from'} needs an earlier lab run in --out; ${join(options.out, STATE_FILE)} does not exist. Pass --out <that run's folder>.`);
  }
  // The folder is where it is now (it may have been moved); the backend is this machine's choice.
  const merged: LabOptions = { ...saved.options, out: options.out, backend: options.backend, rl: options.resume ? saved.options.rl : options.rl, resume: options.resume };
  if (options.from !== undefined) {
    merged.from = options.from;
    const keep = STAGES.slice(0, STAGES.indexOf(options.from));
    return { options: merged, stages: saved.stages.filter((s) => keep.includes(s.stage) && s.completed) };
  }
  return { options: merged, stages: saved.stages.filter((s) => s.completed) };
}

/** Runs the lab: every stage not yet done, then the report. Resolves with the report, or undefined when stopped by Ctrl-C. */
export async function runLab(requested: LabOptions, signal: AbortSignal, progress = new LabProgress()): Promise<LabReport | undefined> {
  const state = await startState(requested);
  const { options } = state;
  const preset = LAB_PRESETS[options.preset]!;
  const ctx = labContext(options, preset, signal, progress);
  await mkdir(options.out, { recursive: true });
  const save = () => writeFile(join(options.out, STATE_FILE), `${JSON.stringify(state, null, 2)}\n`);
  const record = async (stage: StageName, started: number, outcome: StageOutcome) => {
    state.stages = state.stages.filter((s) => s.stage !== stage);
    state.stages.push({ stage, completed: outcome.completed, steps: outcome.steps, wallSeconds: (performance.now() - started) / 1000, loadAverage: loadavg()[0]!, metrics: outcome.metrics });
    await save();
  };
  progress.message(`Stagecoach math lab → ${options.out} (preset ${options.preset}, seed ${options.seed}, backend ${options.backend}, RL ${options.rl})`);
  for (const stage of STAGES.filter((s) => s !== 'eval')) {
    if (state.stages.some((s) => s.stage === stage && s.completed)) continue;
    const run = TRAINING_STAGES[stage];
    if (run === undefined) continue;
    progress.message(`— ${stage}`);
    const started = performance.now();
    const outcome = await run(ctx);
    await record(stage, started, outcome);
    if (!outcome.completed) return stopped(progress, options);
  }
  progress.message('— eval');
  const started = performance.now();
  let comparison: EvalReport;
  const rewardModel = await loadHelpfulnessModel(ctx);
  try {
    const evaluated = await evaluateStage(ctx, (prompt, response) => helpfulness(rewardModel, prompt, response));
    comparison = evaluated.report;
    await record('eval', started, evaluated);
  } catch (error) {
    if (signal.aborted) return stopped(progress, options);
    throw error;
  } finally {
    rewardModel.dispose();
  }
  const lab = labReport(options, state.stages, comparison, true);
  await writeFile(join(options.out, 'report.json'), `${JSON.stringify(lab, null, 2)}\n`);
  await writeFile(join(options.out, 'report.html'), await renderLabHtml(lab, comparison));
  for (const line of labSummaryLines(lab)) progress.message(line);
  progress.message(`\nReport: ${join(options.out, 'report.html')} (and report.json)`);
  return lab;
}

function stopped(progress: LabProgress, options: LabOptions): undefined {
  progress.finish();
  progress.message(`Stopped. Continue with: pnpm lab --out ${options.out} --resume`);
  return undefined;
}
