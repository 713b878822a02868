import { existsSync } from 'node:fs';
import { writeFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Transformer } from '@stagecoach/core';
import { compareModels, gsm8kTask, type EvalReport, type ModelEntry, type Task, type TrainingCurve } from '@stagecoach/eval';
import { readGsm8k, readTrainingCurves } from '@stagecoach/eval/node';
import { loadStageModel } from './load-model.js';
import type { LabContext, StageOutcome } from './context.js';
import { additionTask, LAB_MODELS } from './eval-setup.js';

export { additionTask, LAB_MODELS } from './eval-setup.js';

/** GSM8K's test split beside the repository (`../shared/data/gsm8k/`), when it is there. */
export const GSM8K_TEST = fileURLToPath(new URL('../../../../../shared/data/gsm8k/test.jsonl', import.meta.url));

/** Every stage's training curves (loss, and each trainer's own metrics such as reward). */
async function trainingCurves(ctx: LabContext): Promise<TrainingCurve[]> {
  const curves: TrainingCurve[] = [];
  for (const stage of ['base', 'mid', 'sft', 'reward', 'rl'] as const) {
    const file = join(ctx.dir(stage), 'metrics.jsonl');
    if (!existsSync(file)) continue;
    const wanted = ['loss', 'rewardMean', 'kl', 'accuracy'];
    for (const curve of await readTrainingCurves(file, stage)) if (wanted.includes(curve.metric)) curves.push(curve);
  }
  return curves;
}

/**
 * Stage 6: every model on the same held-out problems (and GSM8K test questions when the data is
 * there), with the helpfulness reward model scoring every response. Writes `<out>/eval/comparison.json`.
 */
export async function evaluateStage(ctx: LabContext, helpfulness?: (prompt: string, response: string) => Promise<number>): Promise<StageOutcome & { report: EvalReport }> {
  const { preset, options } = ctx;
  const tasks: Task[] = [additionTask(options.seed, preset.eval.problems)];
  if (existsSync(GSM8K_TEST) && preset.eval.gsm8k > 0) {
    tasks.push(gsm8kTask(await readGsm8k(GSM8K_TEST), { limit: preset.eval.gsm8k, source: 'shared/data/gsm8k/test.jsonl' }));
  }
  const models: Record<string, ModelEntry> = {};
  const loadedModels: Transformer[] = [];
  for (const m of LAB_MODELS) {
    if (!existsSync(ctx.dir(m.name))) continue;
    const loaded = await loadStageModel(ctx.dir(m.name));
    loadedModels.push(loaded.model);
    models[m.name] = { model: loaded.model, tokenizer: loaded.tokenizer, source: loaded.checkpoint, description: m.description, promptFormat: m.promptFormat };
  }
  let current = '';
  try {
    const report = await compareModels({
      models, tasks, title: `Stagecoach math lab (${options.preset} preset, seed ${options.seed})`, seed: options.seed,
      maxNewTokens: preset.eval.maxNewTokens, batchSize: preset.eval.batchSize, sampleCount: 6, klProblems: 16,
      backend: options.backend, trainingCurves: await trainingCurves(ctx), signal: ctx.signal,
      ...(helpfulness === undefined ? {} : { rewardModel: helpfulness }),
      onProgress: (e) => {
        const label = `eval: ${e.model} on ${e.task} (${e.phase === 'kl' ? 'KL against base' : `${e.total} prompts`})`;
        if (label !== current) ctx.progress.message(label);
        current = label;
      },
    });
    await mkdir(ctx.dir('eval'), { recursive: true });
    await writeFile(join(ctx.dir('eval'), 'comparison.json'), `${JSON.stringify(report, null, 2)}\n`);
    return { completed: true, steps: 0, metrics: {}, report };
  } finally {
    for (const model of loadedModels) model.dispose();
  }
}
