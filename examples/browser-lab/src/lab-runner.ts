/**
 * The lab's stages in the worker: the math lab's stage settings (imported, not copied), with data
 * in memory and checkpoints in OPFS. A stage with a checkpoint continues from it (after a reload or
 * a stop); a finished stage is skipped. Each stage's loss curve and samples go to the page as they
 * come, and into `lab-state.json` at every checkpoint.
 */
import { arraySource, MidTrainer, Pretrainer, type DoneEvent, type TrainEvents } from '@stagecoach/core';
import { compareModels, generateResponses, QUESTION_STOP_SEQUENCES, type EvalReport, type ModelEntry } from '@stagecoach/eval';
import {
  additionTask, helpfulness, LAB_MODELS, labTokenizer, libraryDocuments, loadStageModel, midConfig, pretrainConfig, rewardConfig,
  rewardPairs, rlConfig, sftConfig, sftRecords, testProblems, textbookDocuments, userTurn, type LabPreset,
} from '@stagecoach/example-math-lab/browser';
import { SFTTrainer } from '@stagecoach/lora';
import { GRPOTrainer, PPOTrainer, RewardModel, RewardTrainer } from '@stagecoach/rlhf';
import { browserCheckpointEvery } from './browser-presets.js';
import { labStorage, latestCheckpoint, pruneCheckpoints, stageLocation } from './opfs-folders.js';
import type { FromWorker, LabStage, LabState } from './protocol.js';

/** The trainer interface the runner drives (every Stagecoach trainer has it). */
interface StageTrainer {
  on<K extends keyof TrainEvents>(name: K, listener: (event: TrainEvents[K]) => void): () => void;
  train(options?: { signal?: AbortSignal }): Promise<DoneEvent>;
  dispose(): void;
}

type TrainingStage = Exclude<LabStage, 'eval'>;
const TRAINING_STAGES: readonly TrainingStage[] = ['base', 'mid', 'sft', 'reward', 'rl'];

export const STATE_FILE = 'lab-state.json';
export const REPORT_FILE = 'report.json';

/** A new lab's state. */
export function newLabState(preset: string, seed: number): LabState {
  return { preset, seed, finished: [], curves: {}, checkpoints: {}, samples: [], stopped: false, done: false };
}

export async function readLabState(): Promise<LabState | undefined> {
  const storage = labStorage();
  if (!(await storage.exists(STATE_FILE))) return undefined;
  return JSON.parse(await storage.readText(STATE_FILE)) as LabState;
}

export async function readLabReport(): Promise<EvalReport | undefined> {
  const storage = labStorage();
  return (await storage.exists(REPORT_FILE)) ? (JSON.parse(await storage.readText(REPORT_FILE)) as EvalReport) : undefined;
}

export function saveLabState(state: LabState): Promise<void> {
  return labStorage().writeFiles!({ [STATE_FILE]: JSON.stringify(state) });
}

/** Runs every stage not yet finished, then the evaluation. Resolves false when stopped. */
export async function runLab(state: LabState, preset: LabPreset, backend: string, signal: AbortSignal, post: (message: FromWorker) => void): Promise<boolean> {
  const library = libraryDocuments(preset, state.seed);
  for (const stage of TRAINING_STAGES) {
    if (state.finished.some((f) => f.stage === stage)) continue;
    const completed = await runStage(stage, state, preset, library, signal, post);
    if (!completed) return false;
  }
  post({ type: 'stage', stage: 'eval', status: 'running' });
  const started = performance.now();
  const report = await evaluate(state, preset, backend, signal, post);
  if (report === undefined) return false;
  await labStorage().writeFiles!({ [REPORT_FILE]: JSON.stringify(report) });
  state.finished.push({ stage: 'eval', steps: 0, seconds: (performance.now() - started) / 1000, metrics: {} });
  state.done = true;
  await saveLabState(state);
  post({ type: 'stage', stage: 'eval', status: 'finished' });
  post({ type: 'report', report });
  return true;
}

/** The latest checkpoint of an earlier stage, to start the next one from. */
async function modelOf(stage: TrainingStage): Promise<string> {
  const latest = await latestCheckpoint(stage);
  if (latest === undefined) throw new Error(`the ${stage} stage has no checkpoint in OPFS; press Reset to start the lab again.`);
  return latest.location;
}

/** The question every stage's model answers after the stage, to watch the answers improve. */
function sampleQuestion(state: LabState): string {
  return userTurn(testProblems(state.seed, 1)[0]!);
}

/** Builds a stage's trainer: the math lab's settings, in-memory data, OPFS folders, frequent checkpoints. */
async function stageTrainer(stage: TrainingStage, state: LabState, preset: LabPreset, library: string[]): Promise<{ trainer: StageTrainer; resumedFrom?: number }> {
  const resume = await latestCheckpoint(stage);
  const run = (steps: number) => ({
    outDir: stageLocation(stage), seed: state.seed, checkpointEvery: browserCheckpointEvery(steps),
    ...(resume === undefined ? {} : { resumeFrom: resume.location }),
  });
  // The base and mid models continue the sample question as they train.
  const samples = (steps: number) => ({ samplePrompts: [sampleQuestion(state)], sampleEvery: browserCheckpointEvery(steps), sampleTokens: 24, sampleTemperature: 0 });
  const resumed = resume === undefined ? {} : { resumedFrom: resume.step };
  switch (stage) {
    case 'base': {
      const tokenizer = await labTokenizer(preset, state.seed, library);
      const config = pretrainConfig(preset, { data: arraySource(library, 'library'), tokenizer });
      return { trainer: new Pretrainer({ ...config, ...samples(config.steps), ...run(config.steps) }), ...resumed };
    }
    case 'mid': {
      const textbook = arraySource(textbookDocuments(preset, state.seed), 'textbook');
      const config = midConfig(preset, { initFrom: await modelOf('base'), textbook, library: arraySource(library, 'library') });
      return { trainer: new MidTrainer({ ...config, ...samples(config.steps), ...run(config.steps) }), ...resumed };
    }
    case 'sft': {
      const config = sftConfig(preset, { initFrom: await modelOf('mid'), data: sftRecords(preset, state.seed) });
      return { trainer: new SFTTrainer({ ...config, ...run(config.steps) }), ...resumed };
    }
    case 'reward': {
      const config = rewardConfig(preset, { initFrom: await modelOf('mid'), data: rewardPairs(preset, state.seed) });
      return { trainer: new RewardTrainer({ ...config, ...run(config.steps) }), ...resumed };
    }
    case 'rl': {
      const rl = rlConfig(preset, state.seed, 'grpo', { initFrom: await modelOf('sft') });
      const trainer = rl.method === 'ppo' ? new PPOTrainer({ ...rl.config, ...run(rl.config.steps) }) : new GRPOTrainer({ ...rl.config, ...run(rl.config.steps) });
      return { trainer, ...resumed };
    }
  }
}

/** Trains one stage to its end (true) or until stopped (false; its checkpoint is saved). */
async function runStage(stage: TrainingStage, state: LabState, preset: LabPreset, library: string[], signal: AbortSignal, post: (message: FromWorker) => void): Promise<boolean> {
  const started = performance.now();
  const { trainer, resumedFrom } = await stageTrainer(stage, state, preset, library);
  post({ type: 'stage', stage, status: resumedFrom === undefined ? 'running' : 'resumed', ...(resumedFrom === undefined ? {} : { fromStep: resumedFrom }) });
  // The curve is kept up to the last checkpoint: a resumed run repeats nothing after it.
  const curve = (state.curves[stage] ?? []).filter((p) => p.step <= (resumedFrom ?? 0));
  let saving = Promise.resolve();
  trainer.on('step', (e) => {
    curve.push({ step: e.step, loss: e.loss });
    post({ type: 'step', stage, step: e.step, totalSteps: e.totalSteps, loss: e.loss, metrics: e.metrics });
  });
  trainer.on('sample', (e) => {
    for (const s of e.samples) {
      const sample = { stage, step: e.step, prompt: s.prompt, text: s.text };
      state.samples = [...state.samples.filter((k) => k.stage !== stage || k.step !== e.step), sample]; // saved with the next checkpoint
      post({ type: 'sample', sample });
    }
  });
  trainer.on('checkpoint', (e) => {
    state.curves[stage] = curve.filter((p) => p.step <= e.step);
    state.checkpoints[stage] = e.step;
    saving = saving.then(async () => {
      await saveLabState(state);
      await pruneCheckpoints(stage, 2);
    });
    post({ type: 'checkpoint', stage, step: e.step });
  });
  let done: DoneEvent;
  try {
    done = await trainer.train({ signal });
  } finally {
    trainer.dispose();
  }
  await saving;
  if (done.aborted) {
    post({ type: 'stage', stage, status: 'stopped' });
    return false;
  }
  state.finished.push({ stage, steps: done.step, seconds: (performance.now() - started) / 1000, metrics: { finalLoss: done.finalLoss } });
  if (stage !== 'reward') {
    const sample = await stageSample(stage, state);
    state.samples.push(sample);
    post({ type: 'sample', sample });
  }
  await saveLabState(state);
  post({ type: 'stage', stage, status: 'finished' });
  return true;
}

/** The finished stage's model answering the sample question (greedy), in the format it is evaluated in. */
async function stageSample(stage: Exclude<TrainingStage, 'reward'>, state: LabState): Promise<LabState['samples'][number]> {
  const loaded = await loadStageModel(await modelOf(stage));
  try {
    const format = LAB_MODELS.find((m) => m.name === stage)!.promptFormat;
    const prompt = sampleQuestion(state);
    const [response] = await generateResponses(
      { model: loaded.model, tokenizer: loaded.tokenizer, promptFormat: format }, [prompt],
      { maxNewTokens: 40, temperature: 0, topK: null, topP: null, batchSize: 1, seed: state.seed }, QUESTION_STOP_SEQUENCES,
    );
    return { stage, step: state.checkpoints[stage] ?? 0, prompt, text: response!.text };
  } finally {
    loaded.model.dispose();
  }
}

/** Every stage's model on the held-out problems, scored by the helpfulness reward model. Undefined when stopped. */
async function evaluate(state: LabState, preset: LabPreset, backend: string, signal: AbortSignal, post: (message: FromWorker) => void): Promise<EvalReport | undefined> {
  const models: Record<string, ModelEntry> = {};
  const disposers: (() => void)[] = [];
  const rewardModel = await RewardModel.load(await modelOf('reward'));
  disposers.push(() => rewardModel.dispose());
  try {
    for (const m of LAB_MODELS) {
      const loaded = await loadStageModel(await modelOf(m.name as TrainingStage));
      disposers.push(() => loaded.model.dispose());
      models[m.name] = { model: loaded.model, tokenizer: loaded.tokenizer, source: loaded.checkpoint, description: m.description, promptFormat: m.promptFormat };
    }
    let current = '';
    return await compareModels({
      models, tasks: [additionTask(state.seed, preset.eval.problems)],
      title: `Stagecoach browser lab (${state.preset} preset, seed ${state.seed})`, seed: state.seed,
      maxNewTokens: preset.eval.maxNewTokens, batchSize: preset.eval.batchSize, sampleCount: 4, klProblems: Math.min(8, preset.eval.problems),
      backend, signal, rewardModel: (prompt, response) => helpfulness(rewardModel, prompt, response),
      trainingCurves: TRAINING_STAGES.map((stage) => ({ model: stage, metric: 'loss', points: (state.curves[stage] ?? []).map((p) => ({ step: p.step, value: p.loss })) })),
      onProgress: (e) => {
        const label = `Evaluating ${e.model} on ${e.task}${e.phase === 'kl' ? ' (KL against base)' : ''}`;
        if (label !== current) post({ type: 'progress', message: label });
        current = label;
      },
    });
  } catch (error) {
    if (signal.aborted) return undefined;
    throw error;
  } finally {
    for (const dispose of disposers) dispose();
  }
}
