import { MidTrainer } from '@stagecoach/core';
import { runOptions, runTrainer, writeJsonl, type LabContext, type StageOutcome } from './context.js';
import { midConfig, textbookDocuments } from './stage-configs.js';

/**
 * Stage 2, "advanced textbooks": continued pre-training on longer, multi-step worked sums, with the
 * context window doubled by RoPE position interpolation (linear scaling) and a replay share of
 * stage 1's library so the model does not forget what it read there.
 */
export async function midStage(ctx: LabContext): Promise<StageOutcome> {
  const { preset, options } = ctx;
  const textbook = ctx.dataFile('textbook.jsonl');
  await writeJsonl(textbook, textbookDocuments(preset, options.seed).map((text) => ({ text })));
  const config = midConfig(preset, { initFrom: ctx.dir('base'), textbook, library: ctx.dataFile('library.jsonl') });
  const trainer = new MidTrainer({ ...config, ...(await runOptions(ctx, 'mid')) });
  return runTrainer(ctx, 'mid', trainer);
}
