import { MidTrainer } from '@stagecoach/core';
import { textbookCorpus } from '../corpus/textbook-corpus.js';
import { runOptions, runTrainer, writeJsonl, type LabContext, type StageOutcome } from './context.js';

/**
 * Stage 2, "advanced textbooks": continued pre-training on longer, multi-step worked sums, with the
 * context window doubled by RoPE position interpolation (linear scaling) and a replay share of
 * stage 1's library so the model does not forget what it read there.
 */
export async function midStage(ctx: LabContext): Promise<StageOutcome> {
  const { preset, options } = ctx;
  const textbook = ctx.dataFile('textbook.jsonl');
  await writeJsonl(textbook, textbookCorpus(options.seed, preset.mid.documents).map((text) => ({ text })));
  const contextLength = 2 * preset.contextLength;
  const trainer = new MidTrainer({
    initFrom: ctx.dir('base'),
    data: [
      { source: textbook, weight: 1 - preset.mid.replay, name: 'textbook' },
      { source: ctx.dataFile('library.jsonl'), weight: preset.mid.replay, name: 'replay' },
    ],
    extendContext: { length: contextLength, method: 'linear' },
    seqLen: contextLength,
    steps: preset.mid.steps,
    batchSize: preset.mid.batchSize,
    lr: preset.mid.lr,
    evalEvery: 0,
    checkpointEvery: Math.max(10, Math.round(preset.mid.steps / 4)),
    ...(await runOptions(ctx, 'mid')),
  });
  return runTrainer(ctx, 'mid', trainer);
}
