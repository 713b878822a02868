import { Pretrainer } from '@stagecoach/core';
import { runOptions, runTrainer, writeJsonl, type LabContext, type StageOutcome } from './context.js';
import { labTokenizer, libraryDocuments, pretrainConfig } from './stage-configs.js';

/**
 * Stage 1, "reading the library": a small Llama-style model from random weights learns to predict
 * the next token of plain text about numbers, with a BPE tokenizer trained on that text.
 */
export async function pretrainStage(ctx: LabContext): Promise<StageOutcome> {
  const { preset, options } = ctx;
  const docs = libraryDocuments(preset, options.seed);
  const data = ctx.dataFile('library.jsonl');
  await writeJsonl(data, docs.map((text) => ({ text })));
  const tokenizer = await labTokenizer(preset, options.seed, docs);
  const trainer = new Pretrainer({ ...pretrainConfig(preset, { data, tokenizer }), ...(await runOptions(ctx, 'base')) });
  return runTrainer(ctx, 'base', trainer);
}
